"""Accounts unused for 45 days are suspended (issue 12, R-OPS-6): `manage.py suspend_inactive_accounts`, run daily by
the scheduler. An account is unused when its last login — or, never having logged in, its creation, or the last time
an administrator reopened it — is older than 45 days. Accounts with a running exemption (InactivityExemption, kept by
the IT administrators) are left alone. A suspension is a lock with its reason (accounts/locking.py): the account is
reopened like any locked account, with a reason, on the lock screen; each suspension is logged (`moj.account_suspend`)."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Max
from django.db.models.functions import Greatest
from django.utils import timezone
from wagtail.log_actions import log

from accounts.models import AccountLock, InactivityExemption

SUSPEND_ACTION = "moj.account_suspend"
INACTIVE_DAYS = 45
SUSPEND_REASON = "Không sử dụng quá 45 ngày (tạm ngừng tự động)"


def inactive_accounts(now=None):
    now = now or timezone.now()
    threshold = now - timedelta(days=INACTIVE_DAYS)
    exempt = InactivityExemption.objects.filter(expires_on__gte=timezone.localdate(now)).values("user_id")
    accounts = get_user_model().objects.filter(is_active=True).exclude(pk__in=exempt)
    # PostgreSQL's GREATEST skips NULLs: a never-used account counts from its creation.
    last_activity = Greatest("last_login", Max("account_locks__released_at"), "date_joined")
    return accounts.annotate(last_activity=last_activity).filter(last_activity__lt=threshold)


@transaction.atomic
def suspend_inactive_accounts(now=None) -> list:
    suspended = []
    for account in inactive_accounts(now):
        if AccountLock.objects.filter(user=account, released_at__isnull=True).exists():
            continue
        AccountLock.objects.create(user=account, reason=SUSPEND_REASON)
        get_user_model().objects.filter(pk=account.pk).update(is_active=False)
        last = account.last_login or account.date_joined
        log(instance=account, action=SUSPEND_ACTION, data={"reason": SUSPEND_REASON, "last_activity": last.isoformat()})
        suspended.append(account)
    return suspended

"""Logins, failed logins and logouts in Wagtail's audit log (R-OPS-3, Art 6.2): who, when, from which address.

A failed login keeps the user name that was typed — never the password — and is filed under the account when
that name exists, else under the site the attempt was made on."""

from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models.signals import pre_delete
from django.dispatch import receiver
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry, Site

from defence.clients import client_ip

LOGIN = "moj.login"
LOGIN_FAILED = "moj.login_failed"
LOGOUT = "moj.logout"
ACCOUNT_DELETED = "moj.account_deleted"
NAMES_KEPT = 10  # names that match no account, kept per address and hour


@receiver(user_logged_in)
def log_login(sender, request, user, **kwargs):
    log(instance=user, action=LOGIN, user=user, data={"ip": client_ip(request)})


@receiver(user_logged_out)
def log_logout(sender, request, user, **kwargs):
    if user is not None:
        log(instance=user, action=LOGOUT, user=user, data={"ip": client_ip(request)})


@receiver(user_login_failed)
def log_failed_login(sender, credentials, request=None, **kwargs):
    """One entry per account and address per hour, counting the failures (issue 12): a password-guessing run no longer
    fills the log one row per try, and the count keeps the signal. Names that match no account are counted per address
    and hour, keeping the first few names tried, so that trying random names cannot add rows without bound either."""
    User = get_user_model()
    username = str(credentials.get(User.USERNAME_FIELD) or credentials.get("username") or "")[:150]
    ip = client_ip(request)
    account = User._default_manager.filter(**{User.USERNAME_FIELD: username}).first() if username else None
    now = timezone.now()
    hour = now.replace(minute=0, second=0, microsecond=0)
    with transaction.atomic():
        same_hour = ModelLogEntry.objects.select_for_update().filter(action=LOGIN_FAILED, timestamp__gte=hour, data__ip=ip)
        if account is not None:
            same_hour = same_hour.filter(content_type=ContentType.objects.get_for_model(User), object_id=str(account.pk))
        else:
            same_hour = same_hour.filter(data__unknown_account=True)
        entry = same_hour.order_by("pk").first()
        if entry is not None:
            entry.data["count"] = entry.data.get("count", 1) + 1
            entry.data["last"] = now.isoformat()
            names = entry.data.setdefault("usernames", [entry.data.get("username", "")])
            if account is None and username not in names and len(names) < NAMES_KEPT:
                names.append(username)
            entry.save(update_fields=["data"])
            return
        data = {"username": username, "ip": ip, "count": 1, "hour": hour.isoformat()}
        if account is not None:
            log(instance=account, action=LOGIN_FAILED, user=account, data=data)
            return
        site = _site_of(request) or Site.objects.order_by("-is_default_site").first()
        if site is not None:
            log(instance=site, action=LOGIN_FAILED, title=username or "—", data={**data, "unknown_account": True})


def _site_of(request):
    if request is None:
        return None
    try:
        return Site.find_for_request(request)
    except Exception:  # noqa: BLE001 — a request without a usable host name: file the attempt under the default site
        return None


@receiver(pre_delete, sender=get_user_model(), dispatch_uid="audit_keep_deleted_account_names")
def keep_the_name_of_a_deleted_account(sender, instance, **kwargs):
    """Log entries point to their author by id: once the account is deleted, the report reads its name from here."""
    log(instance=instance, action=ACCOUNT_DELETED, data={"username": instance.get_username(), "full_name": instance.get_full_name()})


def names_of_deleted_accounts(user_ids) -> dict[int, tuple[str, str]]:
    """(user name, full name) of accounts deleted since, by id."""
    entries = ModelLogEntry.objects.filter(action=ACCOUNT_DELETED, object_id__in=[str(pk) for pk in user_ids])
    return {int(entry.object_id): (entry.data.get("username", ""), entry.data.get("full_name", "")) for entry in entries}

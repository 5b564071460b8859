"""Locking and unlocking accounts (R-OPS-6, Art 7.3): one account, or every account of a component site at once.

A lock makes the account inactive (it can no longer log in, its sessions stop working) and is kept with
its reason; every action lands in Wagtail's audit log with who and why (R-OPS-3)."""

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log

from accounts.models import AccountLock

LOCK_ACTION = "moj.account_lock"
UNLOCK_ACTION = "moj.account_unlock"


class LockRefused(Exception):
    pass


@transaction.atomic
def lock_account(user, *, by, reason: str, portal_site=None) -> AccountLock:
    if user.pk == by.pk:
        raise LockRefused("Không thể tự khoá tài khoản của mình.")
    if AccountLock.objects.filter(user=user, released_at__isnull=True).exists():
        raise LockRefused(f"Tài khoản {user.get_username()} đang bị khoá.")
    lock = AccountLock.objects.create(user=user, reason=reason, locked_by=by, portal_site=portal_site)
    get_user_model().objects.filter(pk=user.pk).update(is_active=False)
    log(instance=user, action=LOCK_ACTION, user=by, data={"reason": reason, "site": portal_site.slug if portal_site else None})
    return lock


@transaction.atomic
def unlock_account(user, *, by, reason: str) -> AccountLock:
    lock = AccountLock.objects.select_for_update().filter(user=user, released_at__isnull=True).first()
    if lock is None:
        raise LockRefused(f"Tài khoản {user.get_username()} không bị khoá.")
    _release(lock, by=by, reason=reason)
    return lock


def site_accounts(portal_site):
    """The accounts of a component site's team: its editors and approvers, never superusers."""
    return (
        get_user_model().objects.filter(groups__in=[portal_site.editors_group, portal_site.approvers_group], is_superuser=False).distinct()
    )


@transaction.atomic
def lock_site_accounts(portal_site, *, by, reason: str) -> list:
    """Emergency lock of every account of one component site (Art 7.3)."""
    locked = []
    for user in site_accounts(portal_site).filter(is_active=True).exclude(pk=by.pk):
        locked.append(lock_account(user, by=by, reason=reason, portal_site=portal_site))
    log(
        instance=portal_site,
        action=LOCK_ACTION,
        user=by,
        data={"reason": reason, "accounts": [lock.user.get_username() for lock in locked]},
    )
    return locked


@transaction.atomic
def unlock_site_accounts(portal_site, *, by, reason: str) -> list:
    """Undo the emergency lock: reopen exactly the accounts it closed, not those locked for other reasons."""
    locks = list(AccountLock.objects.select_for_update().filter(portal_site=portal_site, released_at__isnull=True).select_related("user"))
    for lock in locks:
        _release(lock, by=by, reason=reason)
    log(
        instance=portal_site,
        action=UNLOCK_ACTION,
        user=by,
        data={"reason": reason, "accounts": [lock.user.get_username() for lock in locks]},
    )
    return locks


def _release(lock: AccountLock, *, by, reason: str) -> None:
    lock.released_at = timezone.now()
    lock.released_by = by
    lock.release_reason = reason
    lock.save(update_fields=["released_at", "released_by", "release_reason"])
    get_user_model().objects.filter(pk=lock.user_id).update(is_active=True)
    log(instance=lock.user, action=UNLOCK_ACTION, user=by, data={"reason": reason})

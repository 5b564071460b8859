"""Login lockout (issue 12, R-OPS-2) on django-axes: 5 failures for one account from one address lock that pair out for
15 minutes; each later lockout of the same pair within a day doubles it (30, 60 … at most a day).

django-axes counts the failures and refuses the locked pairs; this module says how long (AXES_COOLOFF_TIME), what the
person sees (AXES_LOCKOUT_CALLABLE: a Vietnamese page saying when to try again), and records each lockout once, with
its end, as a security event in the audit log (`moj.lockout`); an IT administrator's reset is one too
(`moj.lockout_reset`). Attempts during a lockout are counted on its entry, not logged one by one."""

import math
from datetime import timedelta

from axes.backends import AxesStandaloneBackend
from axes.helpers import get_client_username
from axes.models import AccessAttempt, AccessAttemptExpiration
from axes.signals import user_locked_out
from axes.utils import reset
from django.contrib.auth import get_user_model
from django.db import transaction
from django.dispatch import receiver
from django.shortcuts import render
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry, Site

from defence.clients import client_ip

LOCKOUT = "moj.lockout"
LOCKOUT_RESET = "moj.lockout_reset"
FIRST_LOCKOUT = timedelta(minutes=15)
LONGEST_LOCKOUT = timedelta(days=1)
GROWTH_WINDOW = timedelta(days=1)


def lockouts_of(username: str, ip: str | None):
    return ModelLogEntry.objects.filter(action=LOCKOUT, data__username=username, data__ip=ip)


def ended_lockouts(username: str, ip: str | None, now) -> int:
    """Lockouts of this pair over the last day that have ended: the current one, still running, does not count,
    so that the length stays the same for the whole lockout whenever it is asked."""
    entries = lockouts_of(username, ip).filter(timestamp__gte=now - GROWTH_WINDOW)
    return sum(1 for data in entries.values_list("data", flat=True) if parse_datetime(data["until"]) <= now)


def cool_off(request=None) -> timedelta:
    """AXES_COOLOFF_TIME: 15 minutes, doubled for each lockout of the same account and address in the last day."""
    if request is None:
        return FIRST_LOCKOUT
    username = get_client_username(request) or ""
    ended = ended_lockouts(username, getattr(request, "axes_ip_address", None) or client_ip(request), timezone.now())
    return min(FIRST_LOCKOUT * 2**ended, LONGEST_LOCKOUT)


def current_lockout(username: str, ip: str | None):
    now = timezone.now()
    entries = lockouts_of(username, ip).filter(timestamp__gte=now - LONGEST_LOCKOUT).order_by("-pk")
    return next((entry for entry in entries if parse_datetime(entry.data["until"]) > now), None)


@receiver(user_locked_out)
def log_lockout(sender, request, username, ip_address, **kwargs):
    """Sent by django-axes on the failure that locks, and again on each attempt while locked: one entry per lockout."""
    username = str(username or "")[:150]
    with transaction.atomic():
        entry = current_lockout(username, ip_address)
        if entry is not None:
            ModelLogEntry.objects.filter(pk=entry.pk).update(data={**entry.data, "blocked": entry.data.get("blocked", 0) + 1})
            return
        length = cool_off(request)
        data = {"username": username, "ip": ip_address, "minutes": int(length.total_seconds() // 60)}
        data["until"] = (timezone.now() + length).isoformat()
        account = get_user_model()._default_manager.filter(username=username).first() if username else None
        if account is not None:
            log(instance=account, action=LOCKOUT, user=account, data=data)
        elif not counted_with_unknown_names(username, ip_address):
            site = Site.objects.order_by("-is_default_site").first()
            if site is not None:
                log(instance=site, action=LOCKOUT, title=username or "—", data={**data, "unknown_account": True, "usernames": [username]})
    # The attempts must be remembered as long as the lockout lasts, whatever length axes computed when they were saved.
    AccessAttemptExpiration.objects.filter(access_attempt__username=username, access_attempt__ip_address=ip_address).update(
        expires_at=parse_datetime(data["until"])
    )


def counted_with_unknown_names(username: str, ip) -> bool:
    """Names matching no account, locked from one address within an hour, share one entry (names kept: the first 10),
    so that trying random names cannot fill the log with lockouts either; the pairs are still locked by axes."""
    entry = (
        ModelLogEntry.objects.select_for_update()
        .filter(action=LOCKOUT, data__ip=ip, data__unknown_account=True, timestamp__gte=timezone.now() - timedelta(hours=1))
        .order_by("-pk")
        .first()
    )
    if entry is None:
        return False
    names = entry.data.get("usernames", [])
    if username not in names and len(names) < 10:
        names.append(username)
    entry.data.update(usernames=names, count=entry.data.get("count", 1) + 1, last_seen=timezone.now().isoformat())
    entry.save(update_fields=["data"])
    return True


def lockout_response(request, original_response=None, credentials=None):
    """AXES_LOCKOUT_CALLABLE: the login page's place, saying in Vietnamese how long to wait (HTTP 429)."""
    username = get_client_username(request, credentials) or ""
    entry = current_lockout(username, getattr(request, "axes_ip_address", None) or client_ip(request))
    until = parse_datetime(entry.data["until"]) if entry else timezone.now() + cool_off(request)
    minutes = max(1, math.ceil((until - timezone.now()).total_seconds() / 60))
    context = {"minutes": minutes, "until": timezone.localtime(until)}
    # Rendered now: the middleware that calls this is the last one, after the others have rendered theirs.
    return render(request, "accounts/locked_out.html", context, status=429)


@transaction.atomic
def reset_lockout(username: str, ip: str | None, *, by) -> int:
    """An IT administrator lets the pair try again now (the security events report)."""
    removed = reset(ip=ip, username=username)
    now = timezone.now()
    entry = current_lockout(username, ip)
    if entry is not None:
        ModelLogEntry.objects.filter(pk=entry.pk).update(data={**entry.data, "until": now.isoformat(), "reset_by": by.get_username()})
    account = get_user_model()._default_manager.filter(username=username).first()
    log(instance=account or by, action=LOCKOUT_RESET, user=by, data={"username": username, "ip": ip, "attempts_removed": removed})
    return removed


class LockoutBackend(AxesStandaloneBackend):
    """django-axes's check, first of the authentication backends. A login without a request (a management command,
    a test client's login()) has no address to count by, so it is left to the next backend instead of refused."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        # Attempts are forgotten when their lockout ends (their own expiry), before the lockout is checked: the
        # check's window is the pair's *next* length, which would otherwise hold the pair locked longer than said.
        AccessAttempt.objects.filter(expiration__expires_at__lte=timezone.now()).delete()
        return super().authenticate(request, username, password, **kwargs)

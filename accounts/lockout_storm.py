"""A lockout storm — 10 or more lockouts within 10 minutes, e.g. password spraying across accounts — is e-mailed to the
IT administrators (issue 12, R-OPS-2) once per storm: the storm lasts while lockouts keep coming less than 10 minutes
apart, and its alert (`moj.lockout_storm` in the audit log) counts them as they come."""

from datetime import timedelta

from axes.signals import user_locked_out
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q
from django.dispatch import receiver
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry, Site

from accounts import roles
from accounts.lockout import LOCKOUT

LOCKOUT_STORM = "moj.lockout_storm"
STORM_LOCKOUTS = 10
STORM_WINDOW = timedelta(minutes=10)


def it_administrators_addresses() -> list[str]:
    users = get_user_model().objects.filter(is_active=True).exclude(email="")
    addresses = sorted(set(users.filter(groups__name=roles.IT_ADMINS).values_list("email", flat=True)))
    return addresses or sorted(set(users.filter(is_superuser=True).values_list("email", flat=True)))


def lockouts_since(moment) -> tuple[int, list]:
    """How many lockouts began since `moment`, and their entries: names matching no account, locked from one address
    within an hour, share one entry that counts them and says when it last grew (accounts.lockout); such an entry counts
    whole while it grows."""
    since = Q(timestamp__gte=moment) | Q(data__last_seen__gte=moment.isoformat())
    entries = list(ModelLogEntry.objects.filter(since, action=LOCKOUT))
    return sum(entry.data.get("count", 1) for entry in entries), entries


@receiver(user_locked_out, dispatch_uid="lockout_storm")
def alert_on_storm(sender, **kwargs):
    now = timezone.now()
    with transaction.atomic():
        alert = ModelLogEntry.objects.select_for_update().filter(action=LOCKOUT_STORM).order_by("-timestamp").first()
        if alert is not None and parse_datetime(alert.data["last_seen"]) >= now - STORM_WINDOW:
            lockouts, _entries = lockouts_since(alert.timestamp - STORM_WINDOW)
            ModelLogEntry.objects.filter(pk=alert.pk).update(data={**alert.data, "last_seen": now.isoformat(), "lockouts": lockouts})
            return
        count, entries = lockouts_since(now - STORM_WINDOW)
        if count < STORM_LOCKOUTS:
            return
        addresses = it_administrators_addresses()
        site = Site.objects.order_by("-is_default_site").first()
        data = {"lockouts": count, "last_seen": now.isoformat(), "recipients": addresses}
        if site is not None:
            log(instance=site, action=LOCKOUT_STORM, data=data)
    if addresses:
        send_storm_mail(addresses, count, entries)


def send_storm_mail(addresses, count, entries) -> None:
    pairs = sorted(
        (name, entry.data.get("ip") or "?") for entry in entries for name in entry.data.get("usernames") or [entry.data.get("username", "")]
    )
    lines = "\n".join(f"- {username} — {ip}" for username, ip in pairs)
    body = _(
        "Trong 10 phút qua đã có %(count)d lần khoá đăng nhập do nhập sai mật khẩu nhiều lần:\n%(lines)s\n\n"
        "Xem báo cáo “Sự kiện an ninh” trên trang quản trị: %(url)s"
    ) % {"count": count, "lines": lines, "url": f"{settings.WAGTAILADMIN_BASE_URL}/admin/reports/security/"}
    send_mail(_("[Cảnh báo an ninh] Nhiều tài khoản bị khoá đăng nhập"), body, None, addresses, fail_silently=True)

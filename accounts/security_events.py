"""The security events of R-OPS-2, read from the audit log where each is written: failed logins (one entry per account
or address and hour, with its count: accounts/logins.py), lockouts and their resets (accounts/lockout.py), two-factor
failures, recoveries and resets (accounts/two_factor.py), refused actions (`moj.refused` of the editorial rules,
`moj.account_refused` of accounts/privilege.py), and changes of roles, passwords and account states. Unusual activity
is derived from them: many failures from one address in an hour, logins at night (Vietnam time)."""

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.utils import timezone
from django.utils.encoding import force_str
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import registry as log_action_registry

from accounts import two_factor
from accounts.changes import GROUP_PERMISSIONS_ACTION, USER_ROLES_ACTION
from accounts.inactivity import SUSPEND_ACTION
from accounts.locking import LOCK_ACTION, UNLOCK_ACTION
from accounts.lockout import LOCKOUT, LOCKOUT_RESET
from accounts.lockout_storm import LOCKOUT_STORM
from accounts.logins import LOGIN, LOGIN_FAILED
from accounts.passwords import PASSWORD_CHANGE
from accounts.privilege import ACCOUNT_REFUSED

CATEGORIES = {
    "login_failed": (_("Đăng nhập thất bại"), [LOGIN_FAILED]),
    "lockout": (_("Khoá đăng nhập"), [LOCKOUT, LOCKOUT_RESET, LOCKOUT_STORM]),
    "two_factor": (
        _("Xác thực hai bước"),
        [two_factor.OTP_FAILURE, two_factor.OTP_RECOVERY, two_factor.OTP_RESET, two_factor.OTP_ENROL, two_factor.OTP_BACKUP_CODES],
    ),
    "refused": (_("Thao tác bị từ chối"), ["moj.refused", ACCOUNT_REFUSED]),
    "accounts": (
        _("Vai trò, mật khẩu, trạng thái tài khoản"),
        [USER_ROLES_ACTION, GROUP_PERMISSIONS_ACTION, PASSWORD_CHANGE, LOCK_ACTION, UNLOCK_ACTION, SUSPEND_ACTION],
    ),
}
CATEGORY_OF = {action: key for key, (_label, actions) in CATEGORIES.items() for action in actions}
MANY_FAILURES_PER_ADDRESS = 10  # failed logins from one address within one hour, whatever the accounts
NIGHT_START, NIGHT_END = 22, 6  # logins between 22:00 and 06:00, Vietnam time (TIME_ZONE)
MAX_EVENTS = 5000


@dataclass
class Event:
    time: datetime
    category: str
    action: str
    account: str
    ip: str
    count: int
    message: str
    data: dict

    @property
    def category_label(self) -> str:
        return force_str(CATEGORIES[self.category][0])

    @property
    def local_time(self) -> str:
        return timezone.localtime(self.time).strftime("%d/%m/%Y %H:%M")


def entries(actions, since, until):
    """The log entries of these actions in the period, from every log model (refusals of page actions are page logs)."""
    found = []
    for log_model in log_action_registry.get_log_entry_models():
        queryset = log_model.objects.filter(action__in=actions, timestamp__gte=since, timestamp__lt=until).select_related("user")
        found.extend(queryset.order_by("-timestamp")[:MAX_EVENTS])
    return sorted(found, key=lambda entry: entry.timestamp, reverse=True)[:MAX_EVENTS]


def account_of(entry) -> str:
    data = entry.data or {}
    if data.get("usernames"):
        return ", ".join(data["usernames"])
    if data.get("username"):
        return data["username"]
    if entry.user_id and entry.user is not None:
        return entry.user.get_username()
    return entry.label or ""


def events(since, until, category: str = "") -> list[Event]:
    actions = CATEGORIES[category][1] if category in CATEGORIES else list(CATEGORY_OF)
    found = []
    for entry in entries(actions, since, until):
        data = entry.data or {}
        message = force_str(entry.message) if entry.formatter else entry.action
        if entry.action in ("moj.refused", ACCOUNT_REFUSED, USER_ROLES_ACTION, GROUP_PERMISSIONS_ACTION, PASSWORD_CHANGE):
            message = f"{message} — {entry.label}"  # the object: which page, account or group
        found.append(
            Event(
                time=entry.timestamp,
                category=CATEGORY_OF[entry.action],
                action=force_str(log_action_registry.get_action_label(entry.action)),
                account=account_of(entry),
                ip=str(data.get("ip") or ""),
                count=int(data.get("count") or 1),
                message=message,
                data=data,
            )
        )
    return found


def failures_by_address(since, until) -> list[dict]:
    """Addresses with many failed logins within one hour: password guessing or spraying across accounts."""
    hours = defaultdict(lambda: {"count": 0, "accounts": set()})
    for entry in entries([LOGIN_FAILED], since, until):
        data = entry.data or {}
        hour = timezone.localtime(entry.timestamp).replace(minute=0, second=0, microsecond=0)
        bucket = hours[(data.get("ip") or "?", hour)]
        bucket["count"] += int(data.get("count") or 1)
        bucket["accounts"] |= set(data.get("usernames") or [data.get("username", "")])
    flagged = [
        {"ip": ip, "hour": hour, "count": bucket["count"], "accounts": sorted(bucket["accounts"])}
        for (ip, hour), bucket in hours.items()
        if bucket["count"] >= MANY_FAILURES_PER_ADDRESS
    ]
    return sorted(flagged, key=lambda row: row["hour"], reverse=True)


def night_logins(since, until) -> list[dict]:
    found = []
    for entry in entries([LOGIN], since, until):
        local = timezone.localtime(entry.timestamp)
        if local.hour >= NIGHT_START or local.hour < NIGHT_END:
            found.append({"time": local, "account": account_of(entry), "ip": (entry.data or {}).get("ip") or ""})
    return found


def default_period():
    until = timezone.now() + timedelta(minutes=1)
    return until - timedelta(days=7), until

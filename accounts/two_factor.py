"""Two-factor authentication for staff (issue 12, R-OPS-6) on django-otp: a TOTP app (Google Authenticator, Microsoft
Authenticator, FreeOTP …) plus ten single-use backup codes for when the phone is lost.

django-otp keeps the devices, checks the codes (with its own throttling: each wrong code doubles the wait before the
next) and marks the session verified; this module enrols, verifies, renews backup codes and resets, and logs each as
a security event (R-OPS-2): enrolment, use of a backup code (recovery), wrong codes (counted per account and hour),
renewal and reset by an IT administrator. The QR code is drawn here as SVG (qrcode): the secret never leaves the
server for a QR service. Who must use it: accounts/two_factor_gate.py."""

from base64 import b32encode
from functools import cache

import qrcode
import qrcode.image.svg
from django.db import connection, transaction
from django.utils import timezone
from django_otp import device_classes
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from defence.clients import client_ip

OTP_ENROL = "moj.otp_enrol"
OTP_FAILURE = "moj.otp_failure"
OTP_RECOVERY = "moj.otp_recovery"
OTP_BACKUP_CODES = "moj.otp_backup_codes"
OTP_RESET = "moj.otp_reset"
BACKUP_CODES = 10
DEVICE_NAME = "Ứng dụng xác thực"


def is_enrolled(user) -> bool:
    """Whether the account has a confirmed device of any kind, in one query: asked on every request of staff not yet
    verified (accounts/two_factor_gate.py), where django-otp's user_has_device looks through every model of every
    app, then asks each kind of device in turn. The query's text is made once (enrolment_sql): building it with the
    ORM on every request cost more than running it."""
    sql = enrolment_sql()
    if not sql:
        return False
    with connection.cursor() as cursor:
        cursor.execute(sql, {"user": user.pk})
        return cursor.fetchone()[0]


@cache
def enrolment_sql() -> str:
    """`SELECT EXISTS (a confirmed device of the first kind) OR EXISTS (…of the next) …` over django-otp's device
    models (each has `user` and `confirmed`, django_otp.models.Device); empty when none is installed."""
    quote = connection.ops.quote_name
    kinds = []
    for kind in device_classes():
        user, confirmed = kind._meta.get_field("user"), kind._meta.get_field("confirmed")
        # The table that holds the fields: a kind inheriting from another concrete kind keeps them in its parent's.
        table = quote(user.model._meta.db_table)
        kinds.append(f"EXISTS (SELECT 1 FROM {table} WHERE {quote(user.column)} = %(user)s AND {quote(confirmed.column)})")
    return f"SELECT {' OR '.join(kinds)}" if kinds else ""


def pending_device(user) -> TOTPDevice:
    """The TOTP secret shown while enrolling: the same one until it is confirmed, so that a reload keeps the QR code."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)


def qr_code_svg(device: TOTPDevice) -> str:
    image = qrcode.make(device.config_url, image_factory=qrcode.image.svg.SvgPathFillImage, box_size=14)
    return image.to_string(encoding="unicode")


def secret_for_typing(device: TOTPDevice) -> str:
    """The secret in base32, in groups of four, for apps where the QR code cannot be scanned."""
    secret = b32encode(device.bin_key).decode()
    return " ".join(secret[index : index + 4] for index in range(0, len(secret), 4))


def new_backup_codes(user) -> list[str]:
    """Replaces the account's backup codes; shown once, to be printed or kept safe."""
    device, _ = StaticDevice.objects.get_or_create(user=user, name="Mã dự phòng", defaults={"confirmed": True})
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(BACKUP_CODES)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


@transaction.atomic
def confirm_enrolment(request, code: str) -> list[str] | None:
    """The first code from the app confirms the device: the session is verified, backup codes are made and returned."""
    device = TOTPDevice.objects.select_for_update().filter(user=request.user, confirmed=False).first()
    if device is None or not device.verify_token("".join(character for character in code or "" if character.isdigit())):
        return None
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    TOTPDevice.objects.filter(user=request.user, confirmed=False).delete()
    otp_login(request, device)
    codes = new_backup_codes(request.user)
    log(instance=request.user, action=OTP_ENROL, user=request.user, data={"ip": client_ip(request)})
    return codes


def verify(request, code: str):
    """Checks a code from the app (6 digits), or else a backup code (8 characters, used up by its use): each only
    against its own device, so that a mistyped one does not slow down the other. Returns the device, or None."""
    user, code = request.user, (code or "").replace(" ", "").replace("-", "").lower()
    model = TOTPDevice if code.isdigit() and len(code) == 6 else StaticDevice
    with transaction.atomic():
        device = model.objects.select_for_update().filter(user=user, confirmed=True).first()
        verified = device is not None and device.verify_token(code)
    if not verified:
        log_failure(request)
        return None
    otp_login(request, device)
    if model is StaticDevice:
        log(instance=user, action=OTP_RECOVERY, user=user, data={"ip": client_ip(request), "remaining": device.token_set.count()})
    return device


def log_failure(request) -> None:
    """One entry per account and hour with the count of wrong codes, as for failed logins (accounts/logins.py)."""
    user, now = request.user, timezone.now()
    hour = now.replace(minute=0, second=0, microsecond=0)
    with transaction.atomic():
        entry = (
            ModelLogEntry.objects.select_for_update()
            .filter(action=OTP_FAILURE, object_id=str(user.pk), timestamp__gte=hour, content_type__model="user")
            .order_by("pk")
            .first()
        )
        if entry is not None:
            entry.data["count"] = entry.data.get("count", 1) + 1
            entry.data["last"] = now.isoformat()
            entry.save(update_fields=["data"])
        else:
            log(instance=user, action=OTP_FAILURE, user=user, data={"ip": client_ip(request), "count": 1, "hour": hour.isoformat()})


def renew_backup_codes(request) -> list[str]:
    codes = new_backup_codes(request.user)
    log(instance=request.user, action=OTP_BACKUP_CODES, user=request.user, data={"ip": client_ip(request)})
    return codes


@transaction.atomic
def reset(account, *, by, reason: str) -> int:
    """An IT administrator removes an account's devices (lost phone and codes): at its next login it enrols again."""
    removed = 0
    for model in (TOTPDevice, StaticDevice):
        count, _ = model.objects.filter(user=account).delete()
        removed += count
    log(instance=account, action=OTP_RESET, user=by, data={"reason": reason})
    return removed


def remaining_backup_codes(user) -> int:
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()

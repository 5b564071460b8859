"""Personal data of people who write to the Ministry (R-IN-2, Art 4.4; Law 91/2025 on personal data protection):
encrypted at rest, masked wherever it is shown to someone who may not read it, and every reading of it logged.
One owner for every register that holds such data: information sent to the portal, citizens' questions,
consultations.

Keys come from the environment: PERSONAL_DATA_KEYS, comma-separated Fernet keys, the first one encrypting, all of
them decrypting. To rotate: put a new key first, keep the old ones after it, run `manage.py rotate_personal_data_keys`
(every value is encrypted again with the first key), then drop the old keys. Without the variable (development,
tests) a key is derived from SECRET_KEY; production refuses to start without it."""

import base64
import hashlib

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.apps import apps
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.files.storage import FileSystemStorage, Storage, storages
from django.db import models
from wagtail.log_actions import log

VIEWED = "moj.personal_data_view"
MASK = "•"


def keys() -> list[str]:
    """PERSONAL_DATA_KEYS, or the development key derived from SECRET_KEY."""
    configured = list(getattr(settings, "PERSONAL_DATA_KEYS", []))
    return configured or [base64.urlsafe_b64encode(hashlib.sha256(f"personal-data:{settings.SECRET_KEY}".encode()).digest()).decode()]


def fernet() -> MultiFernet:
    try:
        return MultiFernet([Fernet(key) for key in keys()])
    except ValueError as error:
        raise ImproperlyConfigured(
            "PERSONAL_DATA_KEYS: each key must be 32 url-safe base64-encoded bytes (Fernet.generate_key())"
        ) from error


def encrypt(value: str) -> str:
    return fernet().encrypt(value.encode()).decode() if value else ""


def decrypt(token: str) -> str:
    if not token:
        return ""
    try:
        return fernet().decrypt(token.encode()).decode()
    except InvalidToken as error:
        raise ImproperlyConfigured("Personal data cannot be decrypted: a key of PERSONAL_DATA_KEYS is missing") from error


class EncryptedTextField(models.TextField):
    """Text stored encrypted (Fernet: AES-128-CBC with HMAC-SHA256); read back as plain text. Never filtered on."""

    def from_db_value(self, value, expression, connection):
        return None if value is None else decrypt(value)

    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        return None if value is None else encrypt(value)


def encrypted_fields(model) -> list[str]:
    return [field.attname for field in model._meta.concrete_fields if isinstance(field, EncryptedTextField)]


def rotate_keys() -> int:
    """Every encrypted value, encrypted again with the first key. Returns how many rows were written."""
    written = 0
    for model in apps.get_models():
        fields = encrypted_fields(model)
        if not fields:
            continue
        for instance in model._base_manager.only("pk", *fields).iterator():
            model._base_manager.filter(pk=instance.pk).update(**{name: getattr(instance, name) for name in fields})
            written += 1
    return written


def private_storage() -> Storage:
    """Where files holding personal data go: PRIVATE_MEDIA_ROOT, never served as public media; with several app
    servers, the private bucket of STORAGES["private"] (moj_site/settings/servers.py)."""
    if "private" in settings.STORAGES:
        return storages["private"]
    return FileSystemStorage(location=settings.PRIVATE_MEDIA_ROOT, base_url=None)


# Masks: enough to tell two people apart in a list, not enough to identify one.


def mask(value: str, keep_end: int = 0) -> str:
    if not value:
        return ""
    kept = value[-keep_end:] if keep_end and len(value) > keep_end * 2 else ""
    return MASK * max(len(value) - len(kept), 3) + kept


def mask_name(value: str) -> str:
    """Nguyễn Văn An → N••• V•• A•: the initials only."""
    return " ".join(word[0] + MASK * max(len(word) - 1, 2) for word in (value or "").split())


def mask_email(value: str) -> str:
    local, _, domain = (value or "").partition("@")
    return f"{local[:1]}{MASK * 3}@{domain}" if domain else mask(value)


def mask_digits(value: str) -> str:
    """A number with its last three digits: 0912•••678 → •••••••678."""
    return mask(value, keep_end=3)


def log_view(instance, user, what: str = "") -> None:
    """Every time a person is shown the personal data of `instance`, an audit entry (R-IN-2)."""
    log(instance=instance, action=VIEWED, user=user, data={"fields": what} if what else None)

"""Receiving a comment (issue 15): stored with its commenter's personal data encrypted, then confirmed by a one-time
link e-mailed to the address given (a signed token; the first use confirms, a later one only says so). Nothing is
published here: moderation (consultations.moderation) does it."""

import base64
import binascii
import hashlib

from django.conf import settings
from django.core import signing
from django.core.mail import send_mail
from django.utils import timezone
from django.utils.translation import gettext as _

from consultations import periods

CONFIRMATION_SALT = "consultations.confirm-email"


def email_digest(address: str) -> str:
    """Keyed with the secret key: the confirmation link carries part of it readable (a signed value is not encrypted),
    and a plain hash of an address is recognised by hashing a list of addresses."""
    return hashlib.sha256(f"consultations:{settings.SECRET_KEY}:{address.strip().lower()}".encode()).hexdigest()


def receive(page, version, cleaned: dict):
    """A new comment from the form's cleaned data, with its confirmation e-mail sent."""
    anchor = cleaned.get("anchor", "")
    upload = cleaned.get("attachment")
    comment = page.comments.create(
        version=version,
        anchor=anchor,
        anchor_label=version.anchors().get(anchor, "") if version and anchor else "",
        text=cleaned["text"],
        attachment=upload or "",
        attachment_name=(upload.name if upload else "")[:255],
        author_kind=cleaned["author_kind"],
        full_name=cleaned["full_name"].strip(),
        email=cleaned["email"].strip(),
        organisation=cleaned.get("organisation", "").strip(),
        email_digest=email_digest(cleaned["email"]),
        show_name=cleaned.get("show_name", False),
        consented_at=periods.now(),
        submitted_at=periods.now(),
    )
    send_confirmation(page, comment)
    return comment


def confirmation_token(comment) -> str:
    """Signed, then base64 again: a page's sub-address takes only letters, digits, "-" and "_" (no ":")."""
    signed = signing.dumps({"c": comment.pk, "e": comment.email_digest[:16]}, salt=CONFIRMATION_SALT)
    return base64.urlsafe_b64encode(signed.encode()).decode().rstrip("=")


def confirmation_link(page, comment) -> str:
    return f"{page.full_url}xac-nhan/{confirmation_token(comment)}/"


def send_confirmation(page, comment) -> None:
    where = comment.anchor_label or _("cả dự thảo")
    body = _(
        "Cổng Thông tin điện tử Bộ Tư pháp đã nhận góp ý của bạn cho %(where)s của “%(title)s”.\n\n"
        "Để xác nhận địa chỉ thư điện tử, hãy mở đường dẫn sau (dùng được một lần, trong %(days)s ngày):\n%(link)s\n\n"
        "Góp ý được đăng sau khi kiểm duyệt. Nếu bạn không gửi góp ý này, hãy bỏ qua thư."
    ) % {"where": where, "title": page.title, "days": settings.CONSULTATION_CONFIRMATION_DAYS, "link": confirmation_link(page, comment)}
    send_mail(_("Xác nhận góp ý dự thảo “%(title)s”") % {"title": page.title}, body, settings.DEFAULT_FROM_EMAIL, [comment.email])


class ConfirmationRefused(Exception):
    pass


def comment_of_token(page, token: str):
    """The comment a confirmation link names, or ConfirmationRefused with the reason to show."""
    max_age = settings.CONSULTATION_CONFIRMATION_DAYS * 24 * 3600
    try:
        unwrapped = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode()
        signed = signing.loads(unwrapped, salt=CONFIRMATION_SALT, max_age=max_age)
        comment = page.comments.filter(pk=int(signed["c"])).first()
        matches = comment is not None and comment.email_digest[:16] == str(signed["e"])
    except signing.SignatureExpired as error:
        raise ConfirmationRefused(_("Đường dẫn xác nhận đã hết hạn. Hãy gửi lại góp ý.")) from error
    except (signing.BadSignature, binascii.Error, KeyError, TypeError, ValueError) as error:
        raise ConfirmationRefused(_("Đường dẫn xác nhận không đúng. Hãy mở đúng đường dẫn trong thư.")) from error
    if not matches:
        raise ConfirmationRefused(_("Đường dẫn xác nhận không đúng. Hãy mở đúng đường dẫn trong thư."))
    return comment


def confirm(comment) -> bool:
    """Confirms the comment's e-mail; False when it was confirmed already (the link is used once)."""
    updated = type(comment).objects.filter(pk=comment.pk, email_confirmed_at__isnull=True).update(email_confirmed_at=timezone.now())
    return bool(updated)

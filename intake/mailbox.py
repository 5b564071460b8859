"""The e-mail channel (R-IN-1): the board's mailbox (banbientap@…) read over IMAP; each new message becomes one
entry with its attachments, once (by Message-ID), its HTML reduced to safe text (nh3), the original kept in private
storage; bounces and auto-replies are left out. Run by `manage.py poll_intake_mailbox` (cron, README)."""

import email
import html
import imaplib
import logging
import re
from dataclasses import dataclass, field
from email import policy
from email.utils import parseaddr

import nh3
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.translation import gettext as _

from intake.attachments import check_file
from intake.models import Channel, Entry, Kind
from intake.register import register

logger = logging.getLogger(__name__)
AUTOMATIC_SENDERS = re.compile(r"^(mailer-daemon|postmaster|no-?reply|bounces?)[@+-]", re.IGNORECASE)
AUTOMATIC_PRECEDENCE = {"bulk", "junk", "list", "auto_reply"}
TITLE_LENGTH = 500


@dataclass
class PollResult:
    registered: list = field(default_factory=list)
    duplicates: int = 0
    ignored: int = 0


def is_automatic(message) -> bool:
    """A bounce (delivery report, from the mailer daemon, empty return path) or an auto-reply (RFC 3834 and the usual
    headers of out-of-office replies)."""
    sender = parseaddr(str(message.get("From", "")))[1]
    return bool(
        message.get_content_type() == "multipart/report"
        or AUTOMATIC_SENDERS.match(sender)
        or str(message.get("Return-Path", "")).strip() == "<>"
        or str(message.get("Auto-Submitted", "no")).strip().lower() != "no"
        or message.get("X-Autoreply")
        or message.get("X-Autorespond")
        or str(message.get("Precedence", "")).strip().lower() in AUTOMATIC_PRECEDENCE
    )


def text_of(message) -> str:
    """The plain text part, or the HTML part reduced to its text: no tag, no script or style content survives."""
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    content = part.get_content()
    if part.get_content_type() == "text/html":
        content = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</li>|</tr>|</h\d>", "\n", content)
        content = html.unescape(nh3.clean(content, tags=set()))
    return re.sub(r"\n{3,}", "\n\n", content.replace("\r\n", "\n")).strip()


def attachments_of(message) -> tuple[list, list[str]]:
    """The files that pass the register's checks, and the refusals of the others (noted on the time line)."""
    accepted, refused = [], []
    for part in message.iter_attachments():
        name = part.get_filename() or "tep-dinh-kem"
        payload = part.get_payload(decode=True) or b""
        upload = SimpleUploadedFile(name, payload)
        try:
            check_file(upload)
        except ValidationError as error:
            refused.extend(error.messages)
            continue
        accepted.append(upload)
    return accepted, refused


def register_message(raw: bytes) -> Entry | bool | None:
    """The entry for one message; None when it is automatic, False when it is registered already."""
    message = email.message_from_bytes(raw, policy=policy.default)
    message_id = str(message.get("Message-ID", "")).strip()[:998] or None
    if message_id and Entry.objects.filter(message_id=message_id).exists():
        return False
    if is_automatic(message):
        return None
    name, address = parseaddr(str(message.get("From", "")))
    files, refused = attachments_of(message)
    data = {"kind": Kind.OTHER, "title": (str(message.get("Subject", "")).strip() or _("(Không có tiêu đề)"))[:TITLE_LENGTH]}
    data |= {"content": text_of(message), "full_name": name, "email": address}
    entry = register(Channel.EMAIL, data, files, note="\n".join(refused), message_id=message_id)
    entry.raw_message.save(f"{entry.pk}.eml", ContentFile(raw))
    return entry


def poll() -> PollResult:
    result = PollResult()
    client_class = imaplib.IMAP4_SSL if settings.INTAKE_IMAP_SSL else imaplib.IMAP4
    with client_class(settings.INTAKE_IMAP_HOST, settings.INTAKE_IMAP_PORT, timeout=30) as client:
        client.login(settings.INTAKE_IMAP_USER, settings.INTAKE_IMAP_PASSWORD)
        client.select(settings.INTAKE_IMAP_FOLDER)
        _status, found = client.uid("SEARCH", None, "UNSEEN")
        for uid in found[0].split():
            _status, parts = client.uid("FETCH", uid, "(BODY.PEEK[])")
            raw = next((part[1] for part in parts if isinstance(part, tuple)), b"")
            outcome = register_message(raw)
            if outcome is None:
                result.ignored += 1
            elif outcome is False:
                result.duplicates += 1
            else:
                result.registered.append(outcome)
            client.uid("STORE", uid, "+FLAGS", "(\\Seen)")
    return result

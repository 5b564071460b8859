"""Writing to the register (R-IN-1): one entry per arrival, with its channel, time, deadline and first event."""

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from intake import deadlines
from intake.models import SENDER_FIELDS, Attachment, Entry, Event

INFORMATION_FIELDS = ["kind", "title", "content", "signed_on", "names_portal"]


@transaction.atomic
def register(channel: str, data: dict, files=(), *, received_at=None, user=None, note: str = "", **extra) -> Entry:
    """An entry from cleaned data (the information and sender fields that are there), with its attachments:
    uploaded files or (name, bytes) pairs."""
    received_at = received_at or timezone.now()
    values = {name: data[name] for name in [*INFORMATION_FIELDS, "organisation", *SENDER_FIELDS] if data.get(name) is not None}
    entry = Entry(channel=channel, received_at=received_at, **values, **extra)
    if data.get("consent"):
        entry.consented_at = received_at
    entry.sending_deadline = deadlines.sending_deadline(entry.kind, entry.signed_on)
    entry.is_late = deadlines.is_late(received_at, entry.sending_deadline)
    entry.save()
    for upload in files:
        add_attachment(entry, upload)
    Event.objects.create(entry=entry, kind=Event.Kind.RECEIVED, at=received_at, user=user, note=note)
    return entry


def add_attachment(entry: Entry, upload, is_scan: bool = False) -> Attachment:
    if isinstance(upload, tuple):
        name, content = upload
        upload = ContentFile(content, name=name)
    attachment = Attachment(entry=entry, name=upload.name[:255], size=upload.size or 0, is_scan=is_scan)
    attachment.file.save(upload.name, upload, save=False)
    attachment.save()
    return attachment

"""`manage.py export_archive --from --to` (R-OPS-7, Art 16): every revision published in the period, as a folder that
opens from disk without the application — index.html, one HTML and one JSON file per published revision (its dates,
author, approvers, the corrections and takedowns of its page from the audit log), the files it shows or links
(documents, images), and manifest.json with the SHA-256 of every file."""

import datetime
import json
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.db import models
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import Page, PageLogEntry
from wagtail.rich_text import expand_db_html

from editorial.publishing import CORRECTION, REMOVAL, RESTORE, TAKEDOWN
from operations import manifest

PUBLISH = "wagtail.publish"
APPROVE = "wagtail.workflow.approve"
# What the archive tells of a page's life besides its publications.
PAGE_EVENTS = [CORRECTION, TAKEDOWN, REMOVAL, RESTORE, "wagtail.unpublish", "wagtail.delete"]
MEDIA_URL = re.compile(r'(?P<attr>src|href)="(?P<url>/media/(?P<path>[^"?#]+))"')
DOCUMENT_URL = re.compile(r'href="(?P<url>/documents/(?P<id>\d+)/[^"?#]*)"')


@dataclass
class Publication:
    entry: PageLogEntry
    page: Page
    html_name: str = ""
    json_name: str = ""
    attachments: list[str] = field(default_factory=list)


def person(user) -> str | None:
    return (user.get_full_name() or user.get_username()) if user else None


def local_day_bounds(start: datetime.date, end: datetime.date) -> tuple[datetime.datetime, datetime.datetime]:
    zone = timezone.get_current_timezone()
    since = datetime.datetime.combine(start, datetime.time.min, tzinfo=zone)
    until = datetime.datetime.combine(end + datetime.timedelta(days=1), datetime.time.min, tzinfo=zone)
    return since, until


def last_month(today: datetime.date) -> tuple[datetime.date, datetime.date]:
    end = today.replace(day=1) - datetime.timedelta(days=1)
    return end.replace(day=1), end


def publications(since, until) -> list[PageLogEntry]:
    return list(
        PageLogEntry.objects.filter(action=PUBLISH, timestamp__gte=since, timestamp__lt=until, revision__isnull=False)
        .select_related("revision", "user", "page")
        .order_by("timestamp", "id")
    )


def content_html(page) -> str:
    """The page's own fields (not Wagtail's): rich text and blocks as HTML, the rest as a list of values."""
    parts, facts = [], []
    for model_field in page._meta.get_fields():
        if not isinstance(model_field, models.Field) or model_field.model in (Page,) or model_field.auto_created:
            continue
        if isinstance(model_field, models.ForeignKey) and model_field.model is not page.__class__ and model_field.name.endswith("_ptr"):
            continue
        value = getattr(page, model_field.name, None)
        if value in (None, "", []):
            continue
        label = escape(str(model_field.verbose_name))
        if isinstance(model_field, StreamField):
            parts.append(f"<section><h2>{label}</h2>{render_blocks(value)}</section>")
        elif isinstance(model_field, RichTextField):
            parts.append(f"<section><h2>{label}</h2>{expand_db_html(value)}</section>")
        elif not isinstance(model_field, models.ForeignKey):
            facts.append(f"<dt>{label}</dt><dd>{escape(readable(page, model_field, value))}</dd>")
    return "".join([f"<dl>{''.join(facts)}</dl>" if facts else "", *parts])


def readable(page, model_field, value) -> str:
    if model_field.choices:
        return str(getattr(page, f"get_{model_field.name}_display")())
    if isinstance(value, bool):
        return str(_("Có") if value else _("Không"))
    return str(value)


def render_blocks(value) -> str:
    try:
        return str(value.__html__())
    except Exception:  # noqa: BLE001 — a block template that needs a request: keep its text, never lose the content
        return "".join(f"<pre>{escape(str(child.value))}</pre>" for child in value)


def page_events(page_id: int) -> list[dict]:
    entries = PageLogEntry.objects.filter(page_id=page_id, action__in=PAGE_EVENTS).select_related("user").order_by("timestamp")
    return [
        {
            "action": entry.action,
            "label": str(entry.message),
            "at": entry.timestamp.isoformat(),
            "by": person(entry.user),
            "data": entry.data,
        }
        for entry in entries
    ]


def approvers(entry: PageLogEntry) -> list[str]:
    previous = (
        PageLogEntry.objects.filter(page_id=entry.page_id, action=PUBLISH, timestamp__lt=entry.timestamp).order_by("-timestamp").first()
    )
    approvals = PageLogEntry.objects.filter(page_id=entry.page_id, action=APPROVE, timestamp__lte=entry.timestamp)
    if previous:
        approvals = approvals.filter(timestamp__gt=previous.timestamp)
    return sorted({person(approval.user) for approval in approvals.select_related("user") if approval.user})


def live_until(entry: PageLogEntry) -> str | None:
    following = (
        PageLogEntry.objects.filter(
            page_id=entry.page_id, action__in=[PUBLISH, "wagtail.unpublish", TAKEDOWN, REMOVAL], timestamp__gt=entry.timestamp
        )
        .order_by("timestamp")
        .first()
    )
    return following.timestamp.isoformat() if following else None


class ArchiveWriter:
    def __init__(self, folder: Path):
        self.folder = folder
        self.copied: dict[str, str] = {}  # source path → archive path

    def copy(self, source: Path, relative: str) -> str | None:
        if str(source) in self.copied:
            return self.copied[str(source)]
        if not source.is_file():
            return None
        destination = self.folder / relative
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, destination)
        self.copied[str(source)] = relative
        return relative

    def with_local_files(self, html: str, depth: int, publication: Publication) -> str:
        """Points the page's media and document links at copies in the archive."""
        up = "../" * depth
        media_root = Path(settings.MEDIA_ROOT)
        documents = get_document_model()

        def media(match):
            relative = self.copy(media_root / match["path"], f"attachments/media/{match['path']}")
            if relative is None:
                return match.group(0)
            publication.attachments.append(relative)
            return f'{match["attr"]}="{up}{relative}"'

        def document(match):
            found = documents.objects.filter(pk=match["id"]).first()
            relative = found and self.copy(media_root / found.file.name, f"attachments/documents/{found.pk}-{Path(found.file.name).name}")
            if not relative:
                return match.group(0)
            publication.attachments.append(relative)
            return f'href="{up}{relative}"'

        return DOCUMENT_URL.sub(document, MEDIA_URL.sub(media, html))

    def linked_files(self, page, publication: Publication) -> None:
        """Documents and images the page points at by its own fields (a legal document's file, a featured image)."""
        media_root = Path(settings.MEDIA_ROOT)
        for model_field in page._meta.get_fields():
            if isinstance(model_field, models.ForeignKey) and model_field.related_model in (get_document_model(), get_image_model()):
                target = getattr(page, model_field.name, None)
                if target is not None and target.file:
                    kind = "documents" if model_field.related_model is get_document_model() else "images"
                    relative = self.copy(media_root / target.file.name, f"attachments/{kind}/{target.pk}-{Path(target.file.name).name}")
                    if relative:
                        publication.attachments.append(relative)


def export(start: datetime.date, end: datetime.date, target: Path) -> Path:
    since, until = local_day_bounds(start, end)
    folder = target / f"moj-archive-{start:%Y%m%d}-{end:%Y%m%d}"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    writer = ArchiveWriter(folder)
    items = []
    for entry in publications(since, until):
        page = entry.revision.as_object()
        publication = Publication(entry=entry, page=page)
        directory = f"pages/{entry.page_id}-{page.slug}"
        publication.html_name = f"{directory}/revision-{entry.revision_id}.html"
        publication.json_name = f"{directory}/revision-{entry.revision_id}.json"
        (folder / directory).mkdir(parents=True, exist_ok=True)
        writer.linked_files(page, publication)
        record = {
            "page_id": entry.page_id,
            "title": page.title,
            "url_path": entry.page.url_path if entry.page else page.url_path,
            "locale": page.locale.language_code,
            "page_type": page._meta.label,
            "revision_id": entry.revision_id,
            "saved_at": entry.revision.created_at.isoformat(),
            "author": person(entry.revision.user),
            "published_at": entry.timestamp.isoformat(),
            "published_by": person(entry.user),
            "approved_by": approvers(entry),
            "live_until": live_until(entry),
            "events": page_events(entry.page_id),
        }
        body = writer.with_local_files(content_html(page), depth=2, publication=publication)
        record["attachments"] = sorted(set(publication.attachments))
        html = render_to_string("operations/archive/revision.html", {"record": record, "body": mark_safe(body)})
        (folder / publication.html_name).write_text(html)
        (folder / publication.json_name).write_text(json.dumps(record, indent=2, ensure_ascii=False, default=str))
        items.append(record | {"html": publication.html_name, "json": publication.json_name})
    context = {"items": items, "start": start, "end": end, "generated_at": timezone.localtime()}
    (folder / "index.html").write_text(render_to_string("operations/archive/index.html", context))
    files = {path.relative_to(folder).as_posix(): manifest.sha256_of(path) for path in sorted(folder.rglob("*")) if path.is_file()}
    contents = {
        "period": [start.isoformat(), end.isoformat()],
        "generated_at": timezone.now().isoformat(),
        "publications": len(items),
        "files": files,
    }
    (folder / manifest.MANIFEST).write_text(json.dumps(contents, indent=2, ensure_ascii=False))
    return folder

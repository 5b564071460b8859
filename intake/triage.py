"""The Standing Board's decisions on an entry (R-IN-5, Art 11.1; refusals Art 14): publish on the main portal (a
draft page pre-filled from the entry, linked both ways), forward to a component site, route to a unit for an answer,
or refuse with a reason of Art 14. Asking for completion is intake.completion's."""

from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model

from editorial.rules import ActionRefused, RefusalReason
from home.models import SectionPage
from intake import notifications
from intake.models import Entry, Event, FocalPoint, State
from news.models import ArticlePage, archive_folder
from subsites.models import PortalSite

LEAD_LENGTH = 300


def _decide(entry: Entry, user, state: str, event: str, note: str = "", **changes) -> None:
    if not entry.is_open:
        raise ActionRefused(_("Thông tin này đã được xử lý."))
    entry.state, entry.decided_at = state, timezone.now()
    for name, value in changes.items():
        setattr(entry, name, value)
    entry.save()
    Event.objects.create(entry=entry, kind=Event.Kind.CLASSIFIED, user=user, note=entry.get_state_display())
    Event.objects.create(entry=entry, kind=event, user=user, note=note)


def paragraphs(text: str) -> str:
    """Plain text as rich text the editor opens: one paragraph a line (Draftail refuses a <br> left open)."""
    return "".join(f"<p>{escape(line.strip())}</p>" for line in text.splitlines() if line.strip())


def _lead(text: str) -> str:
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return first if len(first) <= LEAD_LENGTH else first[: LEAD_LENGTH - 1].rsplit(" ", 1)[0] + "…"


@transaction.atomic
def publish_on_main_portal(entry: Entry, user, section) -> ArticlePage:
    """A draft article in `section` of the main portal: title, lead and text from the entry, its attachments as
    documents of the main portal's collection linked from the text, the sender's organisation as source."""
    main = PortalSite.objects.get(is_main_portal=True)
    documents = []
    for attachment in entry.attachments.all():
        with attachment.file.open("rb") as content:
            document = get_document_model()(title=attachment.name, collection=main.collection, uploaded_by_user=user)
            document.file.save(attachment.name, content, save=False)
            document.save()
        documents.append(document)
    links = "".join(f'<p><a linktype="document" id="{document.pk}">{escape(document.title)}</a></p>' for document in documents)
    article = ArticlePage(
        title=entry.title[:255],
        lead=_lead(entry.content) or entry.title[:255],
        body=[("paragraph", paragraphs(entry.content) + links)],
        source=entry.organisation,
        date=timezone.now(),
        live=False,
        owner=user,
    )
    archive_folder(section, timezone.now()).add_child(instance=article)
    article.save_revision(user=user, log_action=True)
    _decide(entry, user, State.PUBLISH, Event.Kind.DRAFTED, note=article.title, page=article)
    return article


@transaction.atomic
def forward(entry: Entry, user, portal_site: PortalSite) -> None:
    _decide(entry, user, State.FORWARDED, Event.Kind.FORWARDED, note=portal_site.name, target_site=portal_site)
    team = [*portal_site.editors_group.user_set.filter(is_active=True), *portal_site.approvers_group.user_set.filter(is_active=True)]
    notifications.staff_notice(entry, team, _("Thông tin chuyển trang thành phần: số %(number)s") % {"number": entry.pk})


@transaction.atomic
def route(entry: Entry, user, unit) -> None:
    _decide(entry, user, State.ROUTED, Event.Kind.ROUTED, note=unit.name, target_unit=unit)
    focal_points = [focal.user for focal in FocalPoint.objects.filter(unit=unit, user__is_active=True).select_related("user")]
    notifications.staff_notice(entry, focal_points, _("Thông tin chuyển đơn vị trả lời: số %(number)s") % {"number": entry.pk})


@transaction.atomic
def refuse(entry: Entry, user, reason: str, comment: str) -> None:
    _decide(
        entry,
        user,
        State.REFUSED,
        Event.Kind.REFUSED,
        note=f"{RefusalReason(reason).label} — {comment}",
        refusal_reason=reason,
        decision_comment=comment,
    )
    notifications.refusal(entry)


def main_portal_sections():
    """Where a draft may go: the sections of the main portal's Vietnamese tree."""
    main = PortalSite.objects.select_related("site__root_page").get(is_main_portal=True)
    return SectionPage.objects.descendant_of(main.site.root_page).order_by("path")

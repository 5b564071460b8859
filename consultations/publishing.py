"""Publishing the summary report (issue 15, items 5 and 6). The approval of the set of dispositions by a second person
(consultations.disposing) publishes at once, as a direct action of that approver, logged like any publication:

- the report as DOCX and XLSX (consultations.report), Wagtail documents in the site's collection, added to the draft's
  dossier as "Báo cáo tổng hợp";
- the revised draft sent with the set, as a new DraftVersion (its structure parsed, so the public page shows it and
  what changed against the version commented on);
- `report_published_at`, so the draft's state becomes "Đã có báo cáo tiếp thu, giải trình".

Why not through the page's workflow: the workflow's two steps exist so that a second person checks what one person
wrote; here the second person has just checked exactly what is published (the dispositions the report is generated
from, and the revised draft), so a second round in the workflow would ask the same person the same question. The page
must have no unpublished changes and no workflow in progress, so that nothing unchecked is published with it.

The commenters whose e-mail was confirmed get a message with the link once the transaction commits."""

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.mail import send_mass_mail
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model
from wagtail.models import Collection

from consultations import report
from consultations.draft_text import parse_docx
from consultations.models import DossierFile, DraftVersion
from subsites.models import PortalSite


class PublicationRefused(Exception):
    pass


def _collection(page):
    site = page.get_site()
    portal_site = PortalSite.objects.filter(site=site).select_related("collection").first() if site else None
    return portal_site.collection if portal_site else Collection.get_first_root_node()


def _document(title: str, content: bytes, name: str, collection):
    return get_document_model().objects.create(title=title, file=ContentFile(content, name=name), collection=collection)


def publish_report(page, review, user) -> None:
    page = type(page).objects.get(pk=page.pk)
    if page.has_unpublished_changes or page.workflow_in_progress:
        raise PublicationRefused(
            _(
                "Trang dự thảo đang có thay đổi chưa xuất bản hoặc đang chờ duyệt. Hãy xuất bản hoặc bỏ các thay đổi đó "
                "rồi duyệt lại, để báo cáo không được công bố cùng nội dung chưa ai kiểm tra."
            )
        )
    collection = _collection(page)
    base = f"bao-cao-tiep-thu-giai-trinh-{page.slug}"
    title = _("Báo cáo tổng hợp, giải trình, tiếp thu ý kiến — %(title)s") % {"title": page.title}
    word = _document(title, report.docx_report(page), f"{base}.docx", collection)
    sheet = _document(f"{title} (XLSX)", report.xlsx_report(page), f"{base}.xlsx", collection)
    for document in (word, sheet):
        page.dossier.add(DossierFile(kind=DossierFile.Kind.SUMMARY, document=document))
    with review.revised_docx.open("rb") as revised:
        content = revised.read()
    label = review.revised_label or _("Dự thảo sau tiếp thu, giải trình")
    revised_document = _document(f"{page.title} — {label}", content, f"{page.slug}-chinh-ly.docx", collection)
    structure = parse_docx(revised_document.file.path)
    last = max((version.sort_order or 0 for version in page.versions.all()), default=0)
    page.versions.add(DraftVersion(label=label, docx=revised_document, structure=structure, sort_order=last + 1))
    page.report_published_at = timezone.now()
    page.save_revision(user=user, log_action=True).publish(user=user)
    transaction.on_commit(lambda: notify_commenters(page))


def notify_commenters(page) -> int:
    """One message to each confirmed address (each sees only their own), with the link to the draft's page."""
    addresses = {}
    for comment in page.comments.filter(email_confirmed_at__isnull=False).order_by("submitted_at"):
        addresses.setdefault(comment.email_digest, comment.email)
    subject = _("Đã công bố báo cáo tiếp thu, giải trình dự thảo “%(title)s”") % {"title": page.title}
    body = _(
        "Cảm ơn bạn đã góp ý cho “%(title)s”.\n\n"
        "Bản tổng hợp, giải trình, tiếp thu ý kiến góp ý và dự thảo đã chỉnh lý đã được công bố tại:\n%(link)s\n\n"
        "Thư này được gửi tự động; xin đừng trả lời."
    ) % {"title": page.title, "link": page.full_url}
    messages = [(subject, body, settings.DEFAULT_FROM_EMAIL, [address]) for address in addresses.values()]
    return send_mass_mail(messages) if messages else 0

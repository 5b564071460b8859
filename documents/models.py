import hashlib
import logging
import unicodedata

import pypdf
from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.documents.models import AbstractDocument
from wagtail.models import Orderable, Page
from wagtail.search import index

from documents.forms import LegalDocumentFilterForm
from home.models import BasePage, ChildListingMixin, ReviewableMixin, SubjectArea
from vietnamese.text import number_keys as document_number_keys
from vietnamese.text import typed_number_keys

logger = logging.getLogger(__name__)
# Bounds on what search reads from an attached PDF: long enough for a decree and its annexes.
PDF_MAX_PAGES = 200
PDF_MAX_CHARACTERS = 500_000
PDF_TEXT_CACHE_SECONDS = 24 * 3600


class LegalDocumentIndexPage(ChildListingMixin, BasePage):
    """The listing of legal and administrative documents (văn bản) of a site (R-CONT-2)."""

    intro = models.TextField(_("Giới thiệu"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["home.HomePage", "home.SectionPage"]
    subpage_types = ["documents.LegalDocumentPage"]
    template = "pages/legal_document_index_page.html"

    class Meta:
        verbose_name = _("Danh sách văn bản")

    listing_model = "documents.LegalDocumentPage"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        documents = self.listed_items()
        areas = SubjectArea.objects.filter(legaldocumentpage__in=documents).distinct()
        filters = LegalDocumentFilterForm(request.GET or None, documents=documents, areas=areas)
        context["filters"] = filters
        context["documents"] = self.paginate(request, filters.apply(documents))
        return context


class LegalDocumentPage(ReviewableMixin, BasePage):
    """A legal or administrative document with its metadata and attached files (R-CONT-2, Art 8.1–8.3)."""

    class DocumentType(models.TextChoices):
        LAW = "luat", _("Luật")
        RESOLUTION = "nghi-quyet", _("Nghị quyết")
        DECREE = "nghi-dinh", _("Nghị định")
        DECISION = "quyet-dinh", _("Quyết định")
        CIRCULAR = "thong-tu", _("Thông tư")
        DIRECTIVE = "chi-thi", _("Chỉ thị")
        PLAN = "ke-hoach", _("Kế hoạch")
        OFFICIAL_LETTER = "cong-van", _("Công văn")

    class Validity(models.TextChoices):
        IN_FORCE = "in-force", _("Còn hiệu lực")
        PARTLY_EXPIRED = "partly-expired", _("Hết hiệu lực một phần")
        EXPIRED = "expired", _("Hết hiệu lực")
        NOT_YET = "not-yet", _("Chưa có hiệu lực")

    number = models.CharField(_("Số ký hiệu"), max_length=100, help_text=_("Ví dụ: 42/2022/NĐ-CP"))
    document_type = models.CharField(_("Loại văn bản"), max_length=20, choices=DocumentType.choices)
    issuing_body = models.CharField(_("Cơ quan ban hành"), max_length=255)
    signer = models.CharField(_("Người ký"), max_length=255, blank=True)
    issue_date = models.DateField(_("Ngày ban hành"))
    effective_date = models.DateField(_("Ngày có hiệu lực"), null=True, blank=True)
    expiry_date = models.DateField(_("Ngày hết hiệu lực"), null=True, blank=True)
    validity = models.CharField(_("Tình trạng hiệu lực"), max_length=20, choices=Validity.choices, default=Validity.IN_FORCE)
    summary = models.TextField(_("Trích yếu"))
    subject_areas = ParentalManyToManyField("home.SubjectArea", verbose_name=_("Lĩnh vực"), blank=True)

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("number"), FieldPanel("document_type"), FieldPanel("issuing_body"), FieldPanel("signer")],
            heading=_("Văn bản"),
        ),
        MultiFieldPanel(
            [FieldPanel("issue_date"), FieldPanel("effective_date"), FieldPanel("expiry_date"), FieldPanel("validity")],
            heading=_("Ngày và hiệu lực"),
        ),
        FieldPanel("summary"),
        FieldPanel("subject_areas"),
        FieldPanel("needs_expert_review"),
        InlinePanel("attachments", label=_("Tệp đính kèm")),
        InlinePanel("relations", label=_("Quan hệ với văn bản khác")),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("number", boost=3),
        index.SearchField("number_keys", boost=3),
        index.SearchField("summary"),
        index.SearchField("issuing_body"),
        index.SearchField("signer"),
        index.SearchField("attachments_text"),
        index.FilterField("document_type"),
        index.FilterField("validity"),
        index.FilterField("issue_date"),
    ]

    parent_page_types = ["documents.LegalDocumentIndexPage"]
    subpage_types = []
    template = "pages/legal_document_page.html"

    class Meta:
        verbose_name = _("Văn bản")
        verbose_name_plural = _("Văn bản")

    @property
    def display_date(self):
        return self.issue_date

    @property
    def teaser_text(self):
        return self.listing_summary or self.summary

    def number_keys(self) -> str:
        """Its own number, as search keys (see BasePage.search_keys), at the weight of the number; with its type
        ("nghị định 15" → `vbnd15`; the type's value is its Vietnamese name as a slug)."""
        typed = typed_number_keys(self.number, self.document_type.replace("-", " "))
        return " ".join([*document_number_keys(self.number), *typed])

    def related_documents(self) -> list[tuple[str, list]]:
        """Both ways (issue 18): what this document amends, replaces, guides, and what amends, replaces, guides it;
        live, public documents only. Pairs of (label, documents)."""
        groups: dict[str, list] = {}
        outgoing = self.relations.select_related("target").filter(target__live=True)
        for relation in outgoing:
            groups.setdefault(str(relation.get_kind_display()), []).append(relation.target)
        incoming = LegalDocumentRelation.objects.filter(target=self, page__live=True).select_related("page")
        for relation in incoming:
            groups.setdefault(str(LegalDocumentRelation.INVERSE[relation.kind]), []).append(relation.page)
        return list(groups.items())

    def attachments_text(self) -> str:
        """The text of the attached PDF files, so that search finds a document by what its files say (R-SRCH-1)."""
        return "\n".join(attachment.document.extracted_text() for attachment in self.attachments.select_related("document"))

    @classmethod
    def listing_queryset(cls, queryset):
        return queryset.order_by("-issue_date", "-pk")

    # Art 13.1: directives and administrative documents within ½ working day, the other documents within 1.
    ADMINISTRATIVE_TYPES = {DocumentType.DIRECTIVE, DocumentType.PLAN, DocumentType.OFFICIAL_LETTER}

    def publishing_deadline_days(self) -> float:
        return 0.5 if self.document_type in self.ADMINISTRATIVE_TYPES else 1

    def clean(self):
        """One number per issuing body (R-CONT-2). Checked here rather than by a database constraint because a
        translation is the same document in another language and carries the same number."""
        super().clean()
        duplicate = (
            LegalDocumentPage.objects.filter(number__iexact=self.number.strip(), issuing_body__iexact=self.issuing_body.strip())
            .exclude(translation_key=self.translation_key)
            .first()
        )
        if duplicate:
            raise ValidationError(
                {
                    "number": _("%(body)s đã có văn bản số %(number)s: “%(title)s”. Kiểm tra lại số ký hiệu.")
                    % {"body": self.issuing_body, "number": self.number, "title": duplicate.title}
                }
            )


class PortalDocument(AbstractDocument):
    """A file of the portal with its SHA-256, shown next to the download so a reader can verify the copy (R-CONT-2)."""

    sha256 = models.CharField("SHA-256", max_length=64, blank=True, editable=False)

    admin_form_fields = ("title", "file", "collection", "tags")

    class Meta(AbstractDocument.Meta):
        verbose_name = _("Tài liệu")
        verbose_name_plural = _("Tài liệu")

    def _set_document_file_metadata(self):
        super()._set_document_file_metadata()
        self._set_sha256()

    def _set_sha256(self):
        digest = hashlib.sha256()
        with self.open_file() as file:
            for chunk in iter(lambda: file.read(1024 * 1024), b""):
                digest.update(chunk)
        self.sha256 = digest.hexdigest()

    def extracted_text(self) -> str:
        """The text of a PDF file (empty for other files, scanned pages or a broken PDF), cached by content."""
        if not self.file or self.file_extension.lower() != "pdf":
            return ""
        return cache.get_or_set(f"documents:pdf-text:{self.sha256}", self._read_pdf_text, PDF_TEXT_CACHE_SECONDS)

    def _read_pdf_text(self) -> str:
        try:
            with self.open_file() as file:
                reader = pypdf.PdfReader(file)
                text = "\n".join(page.extract_text() or "" for page in reader.pages[:PDF_MAX_PAGES])
        except (pypdf.errors.PyPdfError, OSError, ValueError):
            logger.warning("No text could be read from document %s (%s)", self.pk, self.filename, exc_info=True)
            return ""
        return unicodedata.normalize("NFC", text)[:PDF_MAX_CHARACTERS]

    def save(self, *args, **kwargs):
        if self.file and not self.sha256:
            self._set_sha256()
        if self.file and self.file_size is None:
            # Else Wagtail saves it on the first page that shows the size: a write on a reader's request, which
            # retires every cached page (issue 16).
            self.file_size = self.file.size
        super().save(*args, **kwargs)


class LegalDocumentAttachment(Orderable):
    page = ParentalKey(LegalDocumentPage, on_delete=models.CASCADE, related_name="attachments")
    document = models.ForeignKey(settings.WAGTAILDOCS_DOCUMENT_MODEL, verbose_name=_("Tệp"), on_delete=models.PROTECT, related_name="+")

    panels = [FieldPanel("document")]

    class Meta(Orderable.Meta):
        verbose_name = _("Tệp đính kèm")


class LegalDocumentRelation(Orderable):
    """This document amends, replaces or guides another; the other shows it the other way round (issue 18)."""

    class Kind(models.TextChoices):
        AMENDS = "amends", _("Sửa đổi, bổ sung")
        REPLACES = "replaces", _("Thay thế")
        GUIDES = "guides", _("Hướng dẫn")

    # What the other document shows: "amended by", "replaced by", "guided by".
    INVERSE = {
        Kind.AMENDS: _("Được sửa đổi, bổ sung bởi"),
        Kind.REPLACES: _("Được thay thế bởi"),
        Kind.GUIDES: _("Được hướng dẫn bởi"),
    }

    page = ParentalKey(LegalDocumentPage, on_delete=models.CASCADE, related_name="relations")
    kind = models.CharField(_("Quan hệ"), max_length=10, choices=Kind.choices)
    target = models.ForeignKey(LegalDocumentPage, verbose_name=_("Văn bản"), on_delete=models.CASCADE, related_name="incoming_relations")

    panels = [FieldPanel("kind"), FieldPanel("target")]

    class Meta(Orderable.Meta):
        verbose_name = _("Quan hệ với văn bản khác")


class LiveMediaReference(models.Model):
    """An image or document used by the live version of a page, recorded when the page is published
    (documents.public_media explains why Wagtail's own ReferenceIndex is not enough)."""

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    image = models.ForeignKey("wagtailimages.Image", null=True, on_delete=models.CASCADE, related_name="live_references")
    document = models.ForeignKey(settings.WAGTAILDOCS_DOCUMENT_MODEL, null=True, on_delete=models.CASCADE, related_name="live_references")

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=models.Q(image__isnull=False, document__isnull=True) | models.Q(image__isnull=True, document__isnull=False),
                name="live_media_reference_one_target",
            ),
            models.UniqueConstraint(fields=["page", "image"], name="live_media_reference_unique_image"),
            models.UniqueConstraint(fields=["page", "document"], name="live_media_reference_unique_document"),
        ]

    def __str__(self):
        return f"{self.page_id} → {'image' if self.image_id else 'document'} {self.image_id or self.document_id}"

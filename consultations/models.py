"""Public consultation on draft legal documents (issue 15). What is where:

- ConsultationIndexPage — `/lay-y-kien/` of a site: the listing of its drafts, filtered by state.
- DraftPage — one draft (dự thảo) with its metadata, comment period and dossier; a Wagtail page, published through the
  site's two-step workflow like any page. Its state (upcoming, open, closed, report published) is computed from the
  clock (consultations.periods), never stored.
- DraftVersion — a version of the draft's text (an uploaded DOCX or pasted text), kept on the page (inline, so it goes
  through the workflow too); its structure (Chương/Mục/Điều/Khoản/Điểm with stable anchors) is parsed by
  consultations.draft_text when the page is saved and stored as JSON.
- DossierFile — the dossier's attachments (submission, impact assessment, comparison table…).
- Comment — a comment of the public on the whole draft or on one anchor; the commenter's name, e-mail and
  organisation are personal data (defence.personal_data, encrypted); moderation state received → published / hidden
  (with a reason) / duplicate. Moderation actions are in consultations.moderation.
- Disposition (tiếp thu / tiếp thu một phần / không tiếp thu / giải trình) of each published comment, and
  DispositionReview, the set's way to a second person's approval: consultations/dispositions.py (one Disposition per
  Comment, `comment.disposition`; `page.disposition_review`). The actions: consultations.disposing; the report (DOCX,
  XLSX): consultations.report; its publication, which sets `DraftPage.report_published_at` and adds the revised draft
  as a new DraftVersion: consultations.publishing.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, Page
from wagtail.search import index

from consultations import periods
from consultations.choices import AuthorKind, CommentState
from consultations.dispositions import Disposition, DispositionReview  # noqa: F401 — registered with the app
from consultations.draft_text import anchor_labels, toc
from consultations.page_forms import DraftPageForm
from consultations.routes import CommentRoutesMixin
from defence.personal_data import EncryptedTextField, private_storage
from home.feeds import FeedsMixin
from home.models import BasePage, ChildListingMixin, ReviewableMixin


class ConsultationIndexPage(FeedsMixin, ChildListingMixin, BasePage):
    """The drafts of a site open for comment, upcoming, closed and reported (`/lay-y-kien/`); its RSS and Atom feeds
    (`/lay-y-kien/rss/`, `/lay-y-kien/atom/`) carry the drafts open for comment now."""

    listing_model = "consultations.DraftPage"
    intro = models.TextField(_("Giới thiệu"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage", "home.SectionPage"]
    subpage_types = ["consultations.DraftPage"]
    template = "pages/consultation_index_page.html"

    class Meta:
        verbose_name = _("Lấy ý kiến dự thảo")

    def listed_items(self):
        """What the feeds carry: the drafts open for comment (the page itself lists every state)."""
        return self.all_drafts().filter(periods.state_filter(periods.ConsultationState.OPEN))

    def all_drafts(self):
        return super().listed_items()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        drafts = self.all_drafts()
        chosen = request.GET.get("trang_thai", "")
        if chosen in periods.ConsultationState.values:
            drafts = drafts.filter(periods.state_filter(chosen))
        elif chosen:
            context["ignored_filter"] = True
            chosen = ""
        context.update(states=periods.ConsultationState.choices, chosen_state=chosen, drafts=self.paginate(request, drafts))
        return context


class DraftPage(CommentRoutesMixin, ReviewableMixin, BasePage):
    """A draft legal document posted for public comment."""

    class DocumentType(models.TextChoices):
        LAW = "luat", _("Luật")
        ORDINANCE = "phap-lenh", _("Pháp lệnh")
        RESOLUTION = "nghi-quyet", _("Nghị quyết")
        DECREE = "nghi-dinh", _("Nghị định")
        DECISION = "quyet-dinh", _("Quyết định")
        CIRCULAR = "thong-tu", _("Thông tư")

    document_type = models.CharField(_("Loại văn bản"), max_length=20, choices=DocumentType.choices)
    drafting_unit = models.ForeignKey(
        "subsites.Unit", verbose_name=_("Đơn vị chủ trì soạn thảo"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    subject_areas = ParentalManyToManyField("home.SubjectArea", verbose_name=_("Lĩnh vực"), blank=True)
    summary = models.TextField(_("Tóm tắt dự thảo"), help_text=_("Mục đích, phạm vi và những nội dung chính cần lấy ý kiến."))
    opens_at = models.DateTimeField(_("Bắt đầu lấy ý kiến"))
    closes_at = models.DateTimeField(_("Kết thúc lấy ý kiến"))
    contact = models.TextField(
        _("Địa chỉ nhận ý kiến khác"),
        blank=True,
        help_text=_("Địa chỉ, thư điện tử của đơn vị soạn thảo để gửi ý kiến bằng văn bản (hiện cả khi đã hết hạn)."),
    )
    # Set by the report (second part of issue 15): the state becomes "report published".
    report_published_at = models.DateTimeField(_("Công bố báo cáo tiếp thu, giải trình lúc"), null=True, blank=True, editable=False)

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("document_type"), FieldPanel("drafting_unit"), FieldPanel("subject_areas"), FieldPanel("summary")],
            heading=_("Dự thảo"),
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]), FieldPanel("contact")],
            heading=_("Thời hạn lấy ý kiến"),
        ),
        InlinePanel("versions", label=_("Các phiên bản dự thảo"), min_num=1),
        InlinePanel("dossier", label=_("Hồ sơ dự thảo")),
        FieldPanel("needs_expert_review"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("draft_text"),
        index.FilterField("document_type"),
        index.FilterField("opens_at"),
        index.FilterField("closes_at"),
    ]
    base_form_class = DraftPageForm
    parent_page_types = ["consultations.ConsultationIndexPage"]
    subpage_types = []
    template = "pages/draft_page.html"

    class Meta:
        verbose_name = _("Dự thảo lấy ý kiến")
        verbose_name_plural = _("Dự thảo lấy ý kiến")

    @property
    def state(self) -> str:
        return periods.state_of(self.opens_at, self.closes_at, self.report_published_at)

    def get_state_display(self) -> str:
        return periods.ConsultationState(self.state).label

    @property
    def is_open(self) -> bool:
        return self.state == periods.ConsultationState.OPEN

    @property
    def display_date(self):
        return self.opens_at

    @property
    def teaser_text(self):
        return self.listing_summary or self.summary

    def current_version(self):
        return self.versions.order_by("-sort_order", "-pk").first()

    def draft_text(self) -> str:
        """The current version's words, for search (R-SRCH-1)."""
        version = self.current_version()
        return version.plain_text() if version else ""

    @classmethod
    def listing_queryset(cls, queryset):
        return queryset.select_related("drafting_unit").order_by("-opens_at", "-pk")

    def clean(self):
        super().clean()
        if self.opens_at and self.closes_at:
            if self.closes_at <= self.opens_at:
                raise ValidationError({"closes_at": _("Thời điểm kết thúc phải sau thời điểm bắt đầu lấy ý kiến.")})
            if self.closes_at - self.opens_at < periods.minimum_period():
                raise ValidationError(
                    {
                        "closes_at": _("Thời gian lấy ý kiến tối thiểu là %(days)s ngày (từ thời điểm bắt đầu).")
                        % {"days": settings.CONSULTATION_MIN_DAYS}
                    }
                )


class DraftVersion(Orderable):
    """One version of the draft's text; the last one is the current one. `structure` is what
    consultations.draft_text.parse_* returned: filled by the page form, never typed."""

    page = ParentalKey(DraftPage, on_delete=models.CASCADE, related_name="versions")
    label = models.CharField(_("Tên phiên bản"), max_length=120, help_text=_("Ví dụ: Dự thảo lần 1"))
    posted_on = models.DateField(_("Ngày đăng"), default=timezone.localdate)
    docx = models.ForeignKey(
        settings.WAGTAILDOCS_DOCUMENT_MODEL,
        verbose_name=_("Tệp dự thảo (.docx)"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Tệp Word .docx; hoặc dán toàn văn vào ô bên dưới."),
    )
    pasted_text = models.TextField(_("Toàn văn dự thảo (dán vào)"), blank=True)
    structure = models.JSONField(default=dict, blank=True, editable=False)

    panels = [FieldRowPanel([FieldPanel("label"), FieldPanel("posted_on")]), FieldPanel("docx"), FieldPanel("pasted_text")]

    class Meta(Orderable.Meta):
        verbose_name = _("Phiên bản dự thảo")
        verbose_name_plural = _("Phiên bản dự thảo")

    def __str__(self):
        return self.label

    def toc(self) -> list[dict]:
        return toc(self.structure)

    def anchors(self) -> dict[str, str]:
        """Every anchor of this version with its label (“Điều 5 khoản 2”)."""
        return anchor_labels(self.structure)

    def plain_text(self) -> str:
        return self.structure.get("plain_text", "")


class DossierFile(Orderable):
    class Kind(models.TextChoices):
        SUBMISSION = "to-trinh", _("Tờ trình")
        IMPACT = "danh-gia-tac-dong", _("Báo cáo đánh giá tác động")
        COMPARISON = "bang-so-sanh", _("Bảng so sánh, thuyết minh")
        SUMMARY = "bao-cao-tong-hop", _("Báo cáo tổng hợp")
        OTHER = "khac", _("Tài liệu khác")

    page = ParentalKey(DraftPage, on_delete=models.CASCADE, related_name="dossier")
    kind = models.CharField(_("Loại tài liệu"), max_length=20, choices=Kind.choices, default=Kind.OTHER)
    document = models.ForeignKey(settings.WAGTAILDOCS_DOCUMENT_MODEL, verbose_name=_("Tệp"), on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("kind"), FieldPanel("document")]

    class Meta(Orderable.Meta):
        verbose_name = _("Tài liệu trong hồ sơ")


class Comment(models.Model):
    """A comment of the public. Published only after moderation; the name shows only if the commenter chose so."""

    State = CommentState
    AuthorKind = AuthorKind

    page = models.ForeignKey(DraftPage, verbose_name=_("Dự thảo"), on_delete=models.CASCADE, related_name="comments")
    # The version commented on; the anchor and its label are kept as typed so that a comment outlives a version.
    version = models.ForeignKey(
        DraftVersion, verbose_name=_("Phiên bản"), null=True, blank=True, on_delete=models.SET_NULL, related_name="comments"
    )
    anchor = models.CharField(_("Vị trí"), max_length=80, blank=True, db_index=True, help_text=_("Để trống: góp ý chung cho cả dự thảo."))
    anchor_label = models.CharField(_("Góp ý cho"), max_length=120, blank=True)
    text = models.TextField(_("Nội dung góp ý"))
    attachment = models.FileField(_("Tệp đính kèm"), upload_to="consultations/%Y/%m", storage=private_storage, blank=True)
    attachment_name = models.CharField(max_length=255, blank=True)
    submitted_at = models.DateTimeField(_("Thời điểm gửi"), default=timezone.now, db_index=True)
    # The commenter: personal data, encrypted (defence.personal_data).
    author_kind = models.CharField(_("Người góp ý là"), max_length=12, choices=AuthorKind.choices, default=AuthorKind.INDIVIDUAL)
    full_name = EncryptedTextField(_("Họ và tên"))
    email = EncryptedTextField(_("Thư điện tử"))
    organisation = EncryptedTextField(_("Cơ quan, tổ chức"), blank=True)
    email_digest = models.CharField(max_length=64, db_index=True, editable=False)
    show_name = models.BooleanField(_("Hiện tên khi đăng góp ý"), default=False)
    consented_at = models.DateTimeField(_("Đồng ý xử lý dữ liệu cá nhân lúc"))
    email_confirmed_at = models.DateTimeField(_("Xác nhận thư điện tử lúc"), null=True, blank=True)
    # Moderation.
    state = models.CharField(_("Trạng thái"), max_length=10, choices=State.choices, default=State.RECEIVED, db_index=True)
    moderated_at = models.DateTimeField(_("Kiểm duyệt lúc"), null=True, blank=True)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("Người kiểm duyệt"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    hidden_reason = models.TextField(_("Lý do không đăng"), blank=True)
    duplicate_of = models.ForeignKey(
        "self", verbose_name=_("Trùng với góp ý"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Set when the commenter's personal data was erased after its retention period (consultations.retention).
    personal_data_erased_at = models.DateTimeField(_("Đã xoá dữ liệu cá nhân lúc"), null=True, blank=True, editable=False)

    class Meta:
        ordering = ["submitted_at", "pk"]
        verbose_name = _("Góp ý dự thảo")
        verbose_name_plural = _("Góp ý dự thảo")

    def __str__(self):
        return f"#{self.pk} — {self.anchor_label or _('Cả dự thảo')}"

    @property
    def is_confirmed(self) -> bool:
        return self.email_confirmed_at is not None

    @property
    def public_name(self) -> str:
        """What a published comment shows of its author: the name (or organisation) only if they chose so."""
        if not self.show_name:
            return str(_("Người góp ý không công khai tên"))
        if self.author_kind == self.AuthorKind.ORGANISATION and self.organisation:
            return self.organisation
        return self.full_name

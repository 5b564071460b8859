"""Small mixins that make up every public page (STYLE.md, 3). Each owns its fields and panels."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index

from vietnamese.text import number_keys


class TeaserMixin(models.Model):
    """How the page appears in listings, teasers and social cards."""

    listing_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Ảnh đại diện"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    listing_summary = models.TextField(
        _("Tóm tắt trong danh sách"),
        blank=True,
        help_text=_("Một hai câu hiện dưới tiêu đề trong danh sách và khi chia sẻ lên mạng xã hội."),
    )

    listing_panels = [MultiFieldPanel([FieldPanel("listing_image"), FieldPanel("listing_summary")], heading=_("Hiển thị trong danh sách"))]

    class Meta:
        abstract = True

    @property
    def teaser_image(self):
        return self.listing_image

    @property
    def teaser_text(self):
        return self.listing_summary or self.search_description


class AttributionMixin(models.Model):
    """Every item names its author or source; re-use must cite it (R-CONT-6, Art 18)."""

    author = models.CharField(_("Tác giả"), max_length=255, blank=True)
    source = models.CharField(_("Nguồn tin"), max_length=255, blank=True, help_text=_("Cơ quan, báo hoặc trang đã đăng tin gốc."))

    attribution_panels = [MultiFieldPanel([FieldPanel("author"), FieldPanel("source")], heading=_("Tác giả và nguồn"))]

    class Meta:
        abstract = True


class ReviewableMixin(models.Model):
    """What the editorial process asks of an item, and all it asks: `editorial` reads content through this interface
    and Wagtail's APIs only (DESIGN.md). Whether the item is complex, so that the Board member of its field reviews it
    first (R-FLOW-2, Art 12.3), its fields (`subject_areas`, on the page type), and how many working days it may take
    to be published (R-FLOW-3, Art 13)."""

    needs_expert_review = models.BooleanField(
        _("Tin, bài chuyên sâu, phức tạp"),
        default=False,
        help_text=_("Đánh dấu để thành viên Ban Biên tập phụ trách lĩnh vực thẩm định trước khi duyệt (trong 01 ngày làm việc)."),
    )

    class Meta:
        abstract = True

    def publishing_deadline_days(self) -> float:
        """Art 13: 1 working day, unless the page type says ½."""
        return 1

    def information_received_at(self):
        """When the information this item was made from reached the portal (the intake register's entries point to
        their item as `intake_entries`), or None: Art 13's deadline then counts from it, not from the submission."""
        entries = getattr(self, "intake_entries", None) if self.pk else None
        return entries.order_by("received_at").values_list("received_at", flat=True).first() if entries is not None else None

    def requires_expert_review(self) -> bool:
        return self.needs_expert_review or self.subject_areas.filter(always_expert_review=True).exists()


class BasePage(TeaserMixin, Page):
    """The abstract page every public page type builds on."""

    search_fields = [*Page.search_fields, index.SearchField("listing_summary"), index.SearchField("search_keys")]
    promote_panels = [*Page.promote_panels, *TeaserMixin.listing_panels]

    class Meta:
        abstract = True

    @property
    def display_date(self):
        return self.first_published_at

    def search_keys(self) -> str:
        """Keys of the document numbers the page mentions (`42/2022/NĐ-CP`), which search parsers would cut up (R-SRCH-1).
        At the lowest weight: the document that bears the number ranks above the items that mention it."""
        return " ".join(number_keys(f"{self.title} {self.teaser_text or ''}"))

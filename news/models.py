from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home.models import AttributionMixin, BasePage
from news.blocks import ArticleBody


class ArticlePage(AttributionMixin, BasePage):
    """News and events, direction and administration, research and discussion (R-CONT-1, R-CONT-3, R-CONT-4)."""

    class Kind(models.TextChoices):
        NEWS = "news", _("Tin tức, sự kiện")
        DIRECTION = "direction", _("Chỉ đạo, điều hành")
        RESEARCH = "research", _("Nghiên cứu, trao đổi")

    listed_in_sections = True

    kind = models.CharField(_("Loại tin"), max_length=20, choices=Kind.choices, default=Kind.NEWS)
    date = models.DateTimeField(_("Ngày đăng"), default=timezone.now, help_text=_("Ngày giờ hiện trên bài."))
    lead = models.TextField(_("Sapo"), help_text=_("Đoạn mở đầu in đậm, tóm tắt bài."))
    main_image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("Ảnh chính"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    main_image_caption = models.CharField(_("Chú thích ảnh chính"), max_length=255, blank=True)
    body = StreamField(ArticleBody(), verbose_name=_("Nội dung"))
    subject_areas = ParentalManyToManyField("home.SubjectArea", verbose_name=_("Lĩnh vực"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("kind"),
        FieldPanel("lead"),
        MultiFieldPanel([FieldPanel("main_image"), FieldPanel("main_image_caption")], heading=_("Ảnh chính")),
        FieldPanel("body"),
        *AttributionMixin.attribution_panels,
        MultiFieldPanel([FieldPanel("date"), FieldPanel("subject_areas")], heading=_("Phân loại")),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("lead"),
        index.SearchField("body"),
        index.FilterField("kind"),
        index.FilterField("date"),
    ]

    parent_page_types = ["home.SectionPage"]
    subpage_types = []
    template = "pages/article_page.html"

    class Meta:
        verbose_name = _("Bài viết")
        verbose_name_plural = _("Bài viết")

    @property
    def display_date(self):
        return self.date

    @property
    def teaser_image(self):
        return self.listing_image or self.main_image

    @property
    def teaser_text(self):
        return self.listing_summary or self.lead

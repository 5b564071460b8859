import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Orderable, Page
from wagtail.search import index

from home.blocks import NOT_PUBLIC, is_public, public_pages
from home.explorer_permissions import ExplorerPermissionsMixin
from home.models import AddressPerRequestMixin, AttributionMixin, BasePage, ChildListingMixin, ReviewableMixin, SectionPage
from home.slugs import free_slug
from news.blocks import ArticleBody

TEASER_RENDITION = "fill-480x270"


class ArticleTag(TaggedItemBase):
    content_object = ParentalKey("news.ArticlePage", on_delete=models.CASCADE, related_name="tagged_items")


class ArticlePage(ReviewableMixin, AttributionMixin, BasePage):
    """News and events, direction and administration, research and discussion (R-CONT-1, R-CONT-3, R-CONT-4)."""

    class Kind(models.TextChoices):
        NEWS = "news", _("Tin tức, sự kiện")
        DIRECTION = "direction", _("Chỉ đạo, điều hành")
        RESEARCH = "research", _("Nghiên cứu, trao đổi")

    og_type = "article"

    kind = models.CharField(_("Loại tin"), max_length=20, choices=Kind.choices, default=Kind.NEWS)
    date = models.DateTimeField(_("Ngày đăng"), default=timezone.now, db_index=True, help_text=_("Ngày giờ hiện trên bài."))
    lead = models.TextField(_("Sapo"), help_text=_("Đoạn mở đầu in đậm, tóm tắt bài."))
    main_image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("Ảnh chính"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    main_image_caption = models.CharField(_("Chú thích ảnh chính"), max_length=255, blank=True)
    body = StreamField(ArticleBody(), verbose_name=_("Nội dung"))
    subject_areas = ParentalManyToManyField("home.SubjectArea", verbose_name=_("Lĩnh vực"), blank=True)
    tags = ClusterTaggableManager(through=ArticleTag, blank=True, verbose_name=_("Từ khoá"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("kind"),
        FieldPanel("lead"),
        MultiFieldPanel([FieldPanel("main_image"), FieldPanel("main_image_caption")], heading=_("Ảnh chính")),
        FieldPanel("body"),
        *AttributionMixin.attribution_panels,
        MultiFieldPanel(
            [FieldPanel("date"), FieldPanel("subject_areas"), FieldPanel("tags"), FieldPanel("needs_expert_review")],
            heading=_("Phân loại"),
        ),
        InlinePanel("related_links", label=_("Bài liên quan")),
        InlinePanel(
            "corrections",
            label=_("Cải chính"),
            help_text=_("Khi sửa nội dung đã đăng, ghi thông báo cải chính; thông báo hiện trên bài và trong RSS sau khi được duyệt."),
        ),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("lead"),
        index.SearchField("body"),
        index.SearchField("author"),
        index.FilterField("kind"),
        index.FilterField("date"),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]
    api_fields = [
        APIField("kind"),
        APIField("date"),
        APIField("lead"),
        APIField("author"),
        APIField("source"),
        APIField("main_image"),
        APIField("body"),
        APIField("tags"),
    ]

    parent_page_types = ["home.SectionPage", "news.ArchiveFolderPage"]
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

    @classmethod
    def listing_queryset(cls, queryset):
        """What a listing of articles needs in a bounded number of queries: teaser images and their renditions."""
        images = get_image_model().objects.prefetch_renditions(TEASER_RENDITION)
        return (
            queryset.order_by("-date", "-pk")
            .defer_streamfields()
            .prefetch_related(models.Prefetch("main_image", queryset=images), models.Prefetch("listing_image", queryset=images))
        )

    def publishing_deadline_days(self) -> float:
        """Art 13: news and direction/administration items within ½ working day, research and discussion within 1."""
        return 1 if self.kind == self.Kind.RESEARCH else 0.5

    def section(self):
        return self.get_ancestors().type(SectionPage).last()

    def related_items(self):
        """Chosen related items, or the latest of the same section when none are chosen."""
        chosen = [page.specific for page in public_pages(link.page for link in self.related_links.select_related("page"))]
        if chosen:
            return chosen
        section = self.section()
        if section is None:
            return []
        return list(ArticlePage.listing_queryset(ArticlePage.objects.live().public().descendant_of(section).exclude(pk=self.pk))[:5])


class ArticleRelatedLink(Orderable):
    article = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="related_links")
    page = models.ForeignKey("wagtailcore.Page", verbose_name=_("Bài"), on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("page")]

    def clean(self):
        """Only what readers may see: a draft or a private page of any site is refused on the server (issue 12)."""
        super().clean()
        if self.page_id and not is_public(self.page):
            raise ValidationError({"page": NOT_PUBLIC})


class ArticleCorrection(Orderable):
    """A public correction note (cải chính, R-FLOW-5, Art 15.2): dated, shown on the article and in its feed item once
    the corrected version is approved."""

    article = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="corrections")
    date = models.DateField(_("Ngày cải chính"), default=datetime.date.today)
    note = models.TextField(_("Nội dung cải chính"), help_text=_("Ví dụ: Bài đã sửa số liệu ở đoạn 2 cho đúng với báo cáo."))

    panels = [FieldPanel("date"), FieldPanel("note")]

    class Meta(Orderable.Meta):
        verbose_name = _("Cải chính")


class ArchiveFolderPage(AddressPerRequestMixin, ExplorerPermissionsMixin, ChildListingMixin, Page):
    """A year or month folder of a section (`/tin-tuc/2026/11/…`), created automatically so that a section can hold
    hundreds of thousands of articles without one parent with that many children in the admin explorer."""

    listing_model = "news.ArticlePage"
    search_fields = []  # a folder is not something a citizen searches for
    # Made by archive_folder() only: never offered in "add page" (issue 18), and skipped by the readers' breadcrumbs.
    is_creatable = False
    hidden_from_readers = True

    parent_page_types = ["home.SectionPage", "news.ArchiveFolderPage"]
    subpage_types = ["news.ArchiveFolderPage", "news.ArticlePage"]
    template = "pages/archive_folder_page.html"

    class Meta:
        verbose_name = _("Thư mục lưu trữ")

    def get_sitemap_urls(self, request=None):
        return []  # the articles are listed, not their folders

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["items"] = self.paginate(request, self.listed_items())
        return context

    @cached_property
    def reader_title(self) -> str:
        """What a reader sees instead of the folder's "2026" or "11": its section and period."""
        section = self.get_ancestors().type(SectionPage).last()
        parent = self.get_parent().specific
        names = {"section": section.title if section else "", "year": self.slug}
        if isinstance(parent, ArchiveFolderPage):
            return _("%(section)s – tháng %(month)s/%(year)s") % {**names, "month": self.slug.lstrip("0"), "year": parent.slug}
        return _("%(section)s – năm %(year)s") % names


def archive_folder(section: Page, when: datetime.datetime) -> ArchiveFolderPage:
    """The section's folder for the month of `when`, made when missing (R-CONT-1 at scale)."""
    when = timezone.localtime(when) if timezone.is_aware(when) else when
    parent = section
    for slug in (f"{when.year}", f"{when.month:02d}"):
        folder = ArchiveFolderPage.objects.child_of(parent).filter(slug=slug).first()
        if folder is None:
            folder = ArchiveFolderPage(title=slug, slug=slug, locale=section.locale)
            parent.add_child(instance=folder)
            folder.save_revision().publish()
        parent = folder
    return parent


def file_into_archive(article: ArticlePage) -> str:
    """An article added directly under a section moves into the section's year/month folder. The editor chose its
    address (slug) among the section's items, not the folder's: when another article of that month has it, the
    article takes the first free `<slug>-2`, `<slug>-3`… Returns the slug it had to give up, or "" (issue 12)."""
    parent = article.get_parent().specific
    if not isinstance(parent, SectionPage):
        return ""
    folder = archive_folder(parent, article.date)
    given_up = ""
    if folder.get_children().filter(slug=article.slug).exists():
        given_up = article.slug
        _rename(article, _free_slug(article, folder))
    article.move(folder, pos="last-child")
    return given_up


def _free_slug(article: ArticlePage, folder: ArchiveFolderPage) -> str:
    """The first `<slug>-N` free both in the folder and where the article still is (it is renamed before it moves)."""
    taken = set(folder.get_children().values_list("slug", flat=True))
    taken |= set(article.get_siblings(inclusive=False).values_list("slug", flat=True))
    return free_slug(article.slug, taken)


def _rename(article: ArticlePage, slug: str) -> None:
    """The page and every revision it has: the draft the approvers will publish must carry the new slug too."""
    article.slug = slug
    article.save(update_fields=["slug", "url_path"])
    for revision in article.revisions.all():
        revision.content["slug"] = slug
        revision.save(update_fields=["content"])

from django.apps import apps
from django.core.paginator import Paginator
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import HomePageBody
from home.feeds import FeedsMixin
from home.routing import PathRoutingMixin

from .mixins import BasePage

ITEMS_PER_PAGE = 20


class ChildListingMixin:
    """A page whose listing shows the live items of one type below it, newest first, paginated.
    `listing_model` names that type; its `listing_queryset()` says what a listing of it needs, so that a
    listing renders in a bounded number of queries whatever its length."""

    listing_model = ""

    def listed_items(self):
        model = apps.get_model(self.listing_model)
        return model.listing_queryset(model.objects.live().public().descendant_of(self))

    def paginate(self, request, queryset):
        return Paginator(queryset, ITEMS_PER_PAGE).get_page(request.GET.get("trang"))


class HomePage(FeedsMixin, PathRoutingMixin, ChildListingMixin, BasePage):
    """The home page of one site (main portal or component site), arranged by the Chief Editor (R-SITE-3).
    Its listing — the site's feed — is every article of the site."""

    listing_model = "news.ArticlePage"

    body = StreamField(HomePageBody(), blank=True, verbose_name=_("Các khối của trang chủ"))

    content_panels = [*Page.content_panels, FieldPanel("body")]
    search_fields = BasePage.search_fields

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.SectionPage",
        "home.StandardPage",
        "documents.LegalDocumentIndexPage",
        "subsites.UnitDirectoryPage",
        "subsites.ServiceCatalogPage",
        "qa.QuestionIndexPage",
        "consultations.ConsultationIndexPage",
    ]
    template = "pages/home_page.html"

    class Meta:
        verbose_name = _("Trang chủ")


class SectionPage(FeedsMixin, ChildListingMixin, BasePage):
    """A content section (chuyên mục): a paginated listing of the items below it; sections nest freely."""

    listing_model = "news.ArticlePage"

    intro = RichTextField(_("Giới thiệu"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]

    parent_page_types = ["home.HomePage", "home.SectionPage"]
    subpage_types = ["home.SectionPage", "news.ArticlePage", "news.ArchiveFolderPage", "home.StandardPage"]
    template = "pages/section_page.html"

    class Meta:
        verbose_name = _("Chuyên mục")
        verbose_name_plural = _("Chuyên mục")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["subsections"] = self.get_children().live().public().type(SectionPage)
        context["items"] = self.paginate(request, self.listed_items())
        return context


class StandardPage(BasePage):
    """A plain page: introduction of the agency, contacts, terms of use."""

    body = RichTextField(_("Nội dung"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.SectionPage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]
    template = "pages/standard_page.html"

    class Meta:
        verbose_name = _("Trang thông tin")

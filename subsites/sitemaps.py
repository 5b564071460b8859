"""The sitemaps of a site, one per language (R-SHARE-1): /sitemap.xml and /en/sitemap.xml are sitemap indexes, whose
pages (/sitemap-pages.xml, ?p=2, …) list the live public pages of the request's site in that language.

At scale (issue 16): a single sitemap of 100,000 articles took 13.7 s and broke the protocol's limit of 50,000 URLs
per file. Now the index answers from one aggregate query, and each page lists at most `LIMIT` pages in two queries
(count, slice) whatever the size of the site. A page's entries are built from four columns, without making a page
object per row: a row's address is its tree's home address followed by its path below the home page, as Wagtail's
`get_url_parts` makes it for a page of the request's site.

Page types with their own `get_sitemap_urls` (an archive folder lists nothing: its articles are listed) are left out
by the query; tests/subsites/test_sitemaps.py fails if another page type starts listing something else."""

from math import ceil
from urllib.parse import quote

from django.contrib.sitemaps.views import index as django_index
from django.core.paginator import Paginator
from django.db.models import Count, Max
from django.db.models.functions import Coalesce
from django.utils.functional import cached_property
from django.utils.timezone import localtime
from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap
from wagtail.models import Page, get_page_models

from subsites.models import PortalSite

SECTION = "pages"
# URLs per sitemap page: a tenth of the protocol's 50,000, so that one page renders in a bounded, short time.
LIMIT = 5_000
# What Django's `reverse` leaves unquoted in a path (django.urls.resolvers): Wagtail's addresses are reversed.
SAFE_IN_PATH = "!$&'()*+,;=/~:@"
# Django's template, without what these entries never have (change frequency, priority, alternates).
TEMPLATE = "sitemaps/pages.xml"


def own_sitemap_types() -> list[type[Page]]:
    """Page types that answer `get_sitemap_urls` themselves instead of Wagtail's one entry per page."""
    return [model for model in get_page_models() if model.get_sitemap_urls is not Page.get_sitemap_urls]


def listed_pages(root: Page):
    """The pages of a tree that its sitemap lists."""
    pages = root.get_descendants(inclusive=True).live().public()
    own = own_sitemap_types()
    return pages.not_type(*own) if own else pages


def sitemap_addresses(root: Page) -> list[str]:
    """The full addresses of a tree's sitemap index and of every page of it."""
    home = root.get_full_url()
    if not home:
        return []
    pages = max(1, ceil(listed_pages(root).count() / LIMIT))
    first = f"{home}sitemap-{SECTION}.xml"
    return [f"{home}sitemap.xml", first, *(f"{first}?p={number}" for number in range(2, pages + 1))]


class LanguageSitemap(Sitemap):
    """The live public pages of the request's site in the active language: /sitemap.xml in Vietnamese,
    /en/sitemap.xml in English. Wagtail's own lists the default language's tree only."""

    limit = LIMIT

    @cached_property
    def root(self) -> Page | None:
        site = self.get_wagtail_site()
        if site.pk in PortalSite.switched_off_site_ids():
            return None  # a switched-off site is not served, nor listed
        return site.root_page.localized

    def pages(self):
        return Page.objects.none() if self.root is None else listed_pages(self.root)

    def items(self):
        # The columns an entry needs; the order keeps a page's entry on the same sitemap page between two visits.
        return self.pages().order_by("path").values_list("url_path", "last_published_at", "latest_revision_created_at")

    @cached_property
    def totals(self) -> dict:
        """How many pages and their latest publication, in one query (the index needs both)."""
        latest = Coalesce("last_published_at", "latest_revision_created_at")
        return self.pages().aggregate(count=Count("pk"), lastmod=Max(latest))

    @property
    def paginator(self):
        paginator = Paginator(self.items(), self.limit)
        if "totals" in self.__dict__:
            paginator.count = self.totals["count"]  # counted already, with the latest publication
        return paginator

    def get_latest_lastmod(self):
        return self.totals["lastmod"]

    def _urls(self, page, protocol, domain):
        rows = self.paginator.page(page).object_list
        if not rows:
            return []
        home = self.root.get_full_url(self.request)  # with the /en/ prefix in English
        below = len(self.root.url_path)
        urls = []
        for url_path, published, revised in rows:
            lastmod = published or revised
            location = home + quote(url_path[below:], safe=SAFE_IN_PATH)
            # The day as Django's template writes it (`date:"Y-m-d"`, in the portal's time zone), formatted here:
            # the template's filter took most of a page's time.
            day = localtime(lastmod).strftime("%Y-%m-%d") if lastmod else ""
            urls.append({"location": location, "lastmod": lastmod, "day": day})
        # Last-Modified of the response, as Wagtail's sets it when every entry has a date.
        if urls and all(url["lastmod"] for url in urls):
            self.latest_lastmod = max(url["lastmod"] for url in urls)
        return urls


def sitemap_index(request):
    """The index of the site's sitemap pages in the active language; nothing for a switched-off site."""
    sitemap = LanguageSitemap(request)
    sitemaps = {SECTION: sitemap} if sitemap.root is not None else {}
    return django_index(request, sitemaps, sitemap_url_name="sitemap_section")


def sitemap_section(request, section):
    """One page of the sitemap (`?p=`, from 1); a page past the last one, or not a number, is not found (Django)."""
    return wagtail_sitemap(request, {SECTION: LanguageSitemap}, section=section, template_name=TEMPLATE)

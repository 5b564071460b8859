from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from documents.media import serve_media
from home.views import feeds, health
from moj_site.api import api_router
from operations.health import ready
from operations.metrics import metrics
from search.views import search, suggest
from subsites.sitemaps import sitemap_index, sitemap_section

urlpatterns = [
    # Before the admin's own URLs: views that answer at the URLs of Wagtail's and wagtail-localize's.
    path("", include("accounts.urls")),
    path("", include("defence.urls")),
    path("", include("editorial.urls")),
    path("", include("subsites.urls")),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("health/", health, name="health"),
    path("health/ready/", ready, name="health_ready"),
    path("metrics", metrics, name="metrics"),
    path("api/v2/", api_router.urls),
    path("tim-kiem/", search, name="search"),
    path("tim-kiem/goi-y/", suggest, name="search_suggest"),
    # English search: LocaleMiddleware activates English from the /en/ prefix.
    path("en/search/", search, name="search_en"),
    path("en/search/suggest/", suggest, name="search_suggest_en"),
    path("nhan-tin/", feeds, name="feeds"),
    path("en/feeds/", feeds, name="feeds_en"),
]

if settings.SERVE_MEDIA:
    # Never inline what could run in the portal's origin (defence/media.py).
    urlpatterns += [re_path(r"^media/(?P<path>.*)$", serve_media)]

urlpatterns += i18n_patterns(
    # One sitemap per site and per language: /sitemap.xml, /en/sitemap.xml, indexes of their pages (issue 16).
    path("sitemap.xml", sitemap_index, name="sitemap"),
    path("sitemap-<slug:section>.xml", sitemap_section, name="sitemap_section"),
    # The form of Art 9 (R-IN-1), in Vietnamese and under /en/.
    path("", include("intake.urls")),
    # Citizens' legal questions (R-CONT-5): asking and tracking, on every site with a Q&A section.
    path("", include("questions.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

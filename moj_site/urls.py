from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from editorial import views as editorial_views
from editorial.views import submit_for_translation
from home.sitemaps import LanguageSitemap
from home.views import health, robots_txt
from moj_site.api import api_router
from moj_site.media import serve_media
from search.views import search, suggest
from subsites.views import browse_own_trees

urlpatterns = [
    # Before Wagtail's own chooser URL: the page chooser stays inside the user's trees (R-SITE-2).
    path("admin/choose-page/<int:parent_page_id>/", browse_own_trees),
    path("admin/localize/submit/page/<int:page_id>/", submit_for_translation),
    # Before Wagtail's own workflow URLs: self-approval is refused with a clear message (R-FLOW-1).
    path("admin/pages/workflow/action/<int:page_id>/<slug:action_name>/<int:task_state_id>/", editorial_views.workflow_action),
    path(
        "admin/pages/workflow/collect_action_data/<int:page_id>/<slug:action_name>/<int:task_state_id>/",
        editorial_views.collect_workflow_action_data,
    ),
    path("admin/api/main/pages/<int:pk>/action/<str:action_name>/", editorial_views.admin_api_page_action),
    path("admin/localize/update/<int:translation_source_id>/", editorial_views.update_translations),
    path("admin/localize/page/<int:page_id>/convert_to_alias/", editorial_views.convert_to_alias),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("health/", health, name="health"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("api/v2/", api_router.urls),
    path("tim-kiem/", search, name="search"),
    path("tim-kiem/goi-y/", suggest, name="search_suggest"),
    # English search: LocaleMiddleware activates English from the /en/ prefix.
    path("en/search/", search, name="search_en"),
    path("en/search/suggest/", suggest, name="search_suggest_en"),
]

if settings.SERVE_MEDIA:
    urlpatterns += [re_path(r"^media/(?P<path>.*)$", serve_media)]

urlpatterns += i18n_patterns(
    # One sitemap per site and per language: /sitemap.xml, /en/sitemap.xml.
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": LanguageSitemap}}, name="sitemap"),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

"""The public JSON API (Wagtail API v2) for pages, images and documents (R-SHARE-1): `/api/v2/…`.
Pages filter by `?site=<host>` and `?locale=`; images and documents by `?site=<host>` (that site's collection).
Nothing of a switched-off site is served; images and documents only once published (documents.public_media).

Every endpoint checks its query parameters first (moj_site/api_parameters.py): bad ones answer 400 with a message."""

from rest_framework.filters import BaseFilterBackend
from wagtail.api.v2.filters import SearchFilter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from documents.public_media import public_documents, public_images
from moj_site.api_parameters import CheckedParametersMixin, FieldValuesFilter, requested_site
from subsites.models import PortalSite


def NOT_SEARCHED(backends):
    return [backend for backend in backends if backend is not SearchFilter]


class SiteCollectionFilter(BaseFilterBackend):
    def filter_queryset(self, request, queryset, view):
        site = requested_site(request)
        if site:
            sites = PortalSite.objects.filter(site=site, is_active=True)
            queryset = queryset.filter(collection__in=sites.values("collection"))
        return queryset


class SitePagesAPIViewSet(CheckedParametersMixin, PagesAPIViewSet):
    filter_backends = [FieldValuesFilter, *PagesAPIViewSet.filter_backends]

    def get_base_queryset(self):
        queryset = super().get_base_queryset()
        for path in PortalSite.switched_off_root_paths():
            queryset = queryset.exclude(path__startswith=path)
        return queryset


class SiteImagesAPIViewSet(CheckedParametersMixin, ImagesAPIViewSet):
    # No full-text search of files here: the published pages are what citizens search (/tim-kiem/), and searching
    # the public files' subquery failed with a server error (fuzz test).
    filter_backends = [SiteCollectionFilter, FieldValuesFilter, *NOT_SEARCHED(ImagesAPIViewSet.filter_backends)]
    known_query_parameters = ImagesAPIViewSet.known_query_parameters.union(["site"]) - {"search", "search_operator"}

    def get_queryset(self):
        return public_images(super().get_queryset())


class SiteDocumentsAPIViewSet(CheckedParametersMixin, DocumentsAPIViewSet):
    # No full-text search of files here: the published pages are what citizens search (/tim-kiem/), and searching
    # the public files' subquery failed with a server error (fuzz test).
    filter_backends = [SiteCollectionFilter, FieldValuesFilter, *NOT_SEARCHED(DocumentsAPIViewSet.filter_backends)]
    known_query_parameters = DocumentsAPIViewSet.known_query_parameters.union(["site"]) - {"search", "search_operator"}

    def get_queryset(self):
        return public_documents(super().get_queryset())


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", SitePagesAPIViewSet)
api_router.register_endpoint("images", SiteImagesAPIViewSet)
api_router.register_endpoint("documents", SiteDocumentsAPIViewSet)

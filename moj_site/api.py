"""The public JSON API (Wagtail API v2) for pages, images and documents (R-SHARE-1): `/api/v2/…`.
Pages filter by `?site=<host>` and `?locale=`; images and documents by `?site=<host>` (that site's collection)."""

from rest_framework.filters import BaseFilterBackend
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from subsites.models import PortalSite


class SiteCollectionFilter(BaseFilterBackend):
    def filter_queryset(self, request, queryset, view):
        hostname = request.GET.get("site")
        if hostname:
            queryset = queryset.filter(collection__in=PortalSite.objects.filter(site__hostname=hostname).values("collection"))
        return queryset


class SiteImagesAPIViewSet(ImagesAPIViewSet):
    filter_backends = [SiteCollectionFilter, *ImagesAPIViewSet.filter_backends]
    known_query_parameters = ImagesAPIViewSet.known_query_parameters.union(["site"])


class SiteDocumentsAPIViewSet(DocumentsAPIViewSet):
    filter_backends = [SiteCollectionFilter, *DocumentsAPIViewSet.filter_backends]
    known_query_parameters = DocumentsAPIViewSet.known_query_parameters.union(["site"])


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesAPIViewSet)
api_router.register_endpoint("images", SiteImagesAPIViewSet)
api_router.register_endpoint("documents", SiteDocumentsAPIViewSet)

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from wagtail.models import Locale, Page, Site

from subsites.models import PortalSite

RESULTS_PER_PAGE = 20


def search(request):
    """Public search over live, public pages (R-SRCH-1). The main portal searches every site;
    a component site searches its own tree."""
    query = request.GET.get("q", "").strip()[:200]
    results = Page.objects.none()
    if query:
        pages = Page.objects.live().public().filter(depth__gt=2, locale=Locale.get_active())
        for switched_off in Site.objects.filter(pk__in=PortalSite.switched_off_site_ids()).select_related("root_page"):
            pages = pages.not_descendant_of(switched_off.root_page, inclusive=True)
        site = Site.find_for_request(request)
        if site and not site.is_default_site:
            pages = pages.descendant_of(site.root_page)
        results = pages.specific().search(query)
    return TemplateResponse(
        request,
        "pages/search_results.html",
        {
            "search_query": query,
            "results": Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("trang")),
        },
    )

"""The public search page and its autocomplete (R-SRCH-1). The main portal searches every site by default; a
component site searches itself, with a one-click "whole portal" option. When Elasticsearch cannot answer, the
database backend does, with a notice: never an error page."""

import logging
import unicodedata
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import get_language
from elasticsearch import ApiError, TransportError
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale, Site
from wagtail.search.backends import get_search_backend
from wagtail.search.utils import normalise_query_string

from home.models import SubjectArea
from home.page_cache.generation import remembered
from search.forms import WHOLE_PORTAL, SearchForm
from search.models import ZeroResultQuery
from search.query import KINDS, Criteria, HitMaker, page_queryset, search_pages, search_snippets
from subsites.models import PortalSite
from vietnamese.text import backend_query, clean_query

logger = logging.getLogger(__name__)

RESULTS_PER_PAGE = 20
SNIPPETS_BESIDE_PAGES = 3
SUGGESTIONS = 8
# Elasticsearch unreachable, timing out or answering with an error (e.g. no index yet).
BACKEND_ERRORS = (ApiError, TransportError)
FALLBACK_BACKEND = "database"
RECORDS_PER_CLIENT_PER_HOUR = 30


@dataclass
class Found:
    page: PaginatorPage
    items: list
    beside: list = field(default_factory=list)  # services and units shown above the pages of an all-types search


def _portal_site(site):
    return next((portal_site for portal_site in PortalSite.every_site() if portal_site.site_id == site.pk), None) if site else None


def _default_scope(site):
    """A component site searches itself; the main portal (or an unknown host) searches everything."""
    portal_site = _portal_site(site)
    return None if portal_site is None or portal_site.is_main_portal else site


def _find(criteria: Criteria, page_number, backend: str) -> Found:
    """Runs the search and evaluates it (so that a backend failure surfaces here)."""
    kind = KINDS.get(criteria.kind)
    if kind and not kind.is_page:
        results = search_snippets(criteria, criteria.kind, backend)
    else:
        first_page = RESULTS_PER_PAGE if str(page_number or "1") == "1" else 0
        results = search_pages(criteria, Locale.get_active(), backend, first_page=first_page)
    page = Paginator(results, RESULTS_PER_PAGE).get_page(page_number)
    found = Found(page=page, items=list(page.object_list))
    if more_than := getattr(results, "more_than", 0):  # PostgreSQL counted no further (search/ranking.py)
        criteria.more_than = more_than
        criteria.ranked_newest = 0 if criteria.by_date else more_than
    if not criteria.kind and page.number == 1 and not (criteria.area or criteria.date_from or criteria.date_to):
        for snippet_kind in ("dich-vu-cong", "don-vi"):
            found.beside += list(search_snippets(criteria, snippet_kind, backend, limit=SNIPPETS_BESIDE_PAGES))
    return found


def _with_fallback(run):
    """Runs `run(backend)` on the default backend, or on the database one when Elasticsearch fails."""
    try:
        return run("default"), False
    except BACKEND_ERRORS:
        if FALLBACK_BACKEND not in settings.WAGTAILSEARCH_BACKENDS:
            raise
        logger.exception("Search backend unavailable; answering from the database backend")
        return run(FALLBACK_BACKEND), True


def _promotions(query: str, scope, locale):
    """Editors' promoted results for this query (Wagtail's search promotions), limited to the pages in scope:
    promotions have no site of their own, so a component site shows only those that point into its tree."""
    normalised = normalise_query_string(query)
    promotions = remembered(
        f"search-promotions:{normalised}",
        lambda: list(SearchPromotion.objects.filter(query__query_string=normalised).select_related("page")),
    )
    allowed = None
    if any(promotion.page_id for promotion in promotions):
        ids = [promotion.page_id for promotion in promotions if promotion.page_id]
        allowed = set(page_queryset(Criteria(query, scope), locale).filter(id__in=ids).values_list("pk", flat=True))
    shown = []
    for promotion in promotions:
        if promotion.page_id and promotion.page_id in allowed:
            shown.append({"title": promotion.page.title, "url": promotion.page.get_full_url(), "description": promotion.description})
        elif not promotion.page_id and promotion.external_link_url:
            shown.append({"title": promotion.external_link_text, "url": promotion.external_link_url, "description": promotion.description})
    return shown


def search(request):
    language = get_language()
    site = Site.find_for_request(request)
    portal_sites = PortalSite.active_sites()
    form = SearchForm(request.GET or None, sites=portal_sites, areas=SubjectArea.every_area(), language=language)
    form.is_valid()
    query = form.value("q", "")
    scope = _default_scope(site)
    chosen_scope = form.value("pham_vi")
    if chosen_scope == WHOLE_PORTAL:
        scope = None
    elif chosen_scope:
        scope = next(portal_site.site for portal_site in portal_sites if portal_site.slug == chosen_scope)
    area_slug = form.value("linh_vuc")
    criteria = Criteria(
        query=query,
        scope=scope,
        kind=form.value("loai", ""),
        area=next((area for area in SubjectArea.every_area() if area.slug == area_slug), None) if area_slug else None,
        date_from=form.value("tu_ngay"),
        date_to=form.value("den_ngay"),
        by_date=form.value("sap_xep") == "moi-nhat",
    )
    context = {
        "form": form,
        "search_query": query,
        "ignored_filters": [form.fields[name].label for name in form.errors if name != "q"],
        "searching_one_site": scope is not None,
        "scope_name": _portal_site(scope).name if scope else "",
        "whole_portal_query": _whole_portal_query(request),
    }
    if query:
        page_number = request.GET.get("trang")
        found, fell_back = _with_fallback(lambda backend: _find(criteria, page_number, backend))
        loose = False
        if not found.page.paginator.count and not found.beside:
            # No item has every word (a misspelt or extra word): show those that have most, or a title one letter
            # away, and say so.
            criteria.operator = "or"
            found, fell_back_again = _with_fallback(lambda backend: _find(criteria, page_number, backend))
            fell_back, loose = fell_back or fell_back_again, bool(found.page.paginator.count)
        hits = HitMaker(request, query, language)
        make_hit = hits.page if not (KINDS.get(criteria.kind) and not KINDS[criteria.kind].is_page) else hits.snippet
        context.update(
            results=found.page,
            hits=[make_hit(item) for item in found.items],
            beside=[hits.snippet(item) for item in found.beside],
            # What the count above the results says: the pages and the services and units shown beside them (issue 18).
            found_count=found.page.paginator.count + len(found.beside),
            fell_back=fell_back,
            loose=loose,
            ranked_newest=criteria.ranked_newest,
            more_than=number_format(criteria.more_than, force_grouping=True) if criteria.more_than else "",
            promotions=_promotions(query, scope, Locale.get_active()) if found.page.number == 1 else [],
        )
        if found.page.number == 1:
            _record(request, site, query, found.page.paginator.count + len(found.beside))
    response = TemplateResponse(request, "pages/search_results.html", context)
    response["X-Robots-Tag"] = "noindex"
    return response


def _whole_portal_query(request) -> str:
    params = request.GET.copy()
    params["pham_vi"] = WHOLE_PORTAL
    params.pop("trang", None)
    return params.urlencode()


def _record(request, site, query: str, count: int) -> None:
    """Popular queries for Wagtail's "Search terms" report, and queries that found nothing for ours (R-SRCH-1). One
    client adds at most RECORDS_PER_CLIENT_PER_HOUR entries (R-OPS-5): a script cannot fill the tables or the reports;
    its searches are still answered."""
    key = f"search:recorded:{request.META.get('REMOTE_ADDR', '')}:{timezone.now():%Y%m%d%H}"
    cache.add(key, 0, 3600)
    try:
        recorded = cache.incr(key)
    except ValueError:  # expired between add and incr, or the cache is down (home/page_cache/redis.py): still answered
        cache.set(key, 1, 3600)
        recorded = 1
    if recorded > RECORDS_PER_CLIENT_PER_HOUR:
        return
    Query.get(query).add_hit()
    if not count and site is not None:
        ZeroResultQuery.record(site, normalise_query_string(query))


def suggest(request):
    """Titles for the search box's suggestions, as JSON: {"suggestions": [...]}."""
    query = clean_query(request.GET.get("q", ""))
    if len(query) < 2:
        return JsonResponse({"suggestions": []})
    pages = page_queryset(Criteria(query, _default_scope(Site.find_for_request(request))), Locale.get_active())

    def titles(backend):
        found = get_search_backend(backend).autocomplete(backend_query(query), pages)[:SUGGESTIONS]
        return [unicodedata.normalize("NFC", page.title) for page in found]

    suggestions, _fell_back = _with_fallback(titles)
    return JsonResponse({"suggestions": list(dict.fromkeys(suggestions))})

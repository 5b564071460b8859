"""What the public search looks in and how (R-SRCH-1): live, public pages of the sites in scope, in the active
language, never those of a switched-off site; online services and units (snippets) searched beside them."""

import datetime
import unicodedata
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend
from wagtail.models import Locale, Page, Site
from wagtail.search.backends import get_search_backend

from documents.models import LegalDocumentPage
from home.localization import localized
from home.page_cache.generation import remembered
from home.trees import SiteIndex, root_in, within
from news.models import ArticlePage
from qa.models import QuestionPage
from search.ranking import RankedPages
from subsites.models import OnlineService, PortalSite, Unit, UnitDirectoryPage
from vietnamese.text import backend_query, highlight


@dataclass(frozen=True)
class Kind:
    label: str
    model: type
    date_field: str = ""
    is_page: bool = True


# The content types a citizen can filter by; the keys are the values of the `loai` parameter.
KINDS = {
    "bai-viet": Kind(_("Bài viết"), ArticlePage, "date"),
    "van-ban": Kind(_("Văn bản"), LegalDocumentPage, "issue_date"),
    "hoi-dap": Kind(_("Hỏi đáp"), QuestionPage, "answered_on"),
    "dich-vu-cong": Kind(_("Dịch vụ công"), OnlineService, is_page=False),
    "don-vi": Kind(_("Đơn vị"), Unit, is_page=False),
}
ALL_PAGES = Kind(_("Tất cả"), Page, "first_published_at")


@dataclass
class Hit:
    """One result as the page shows it."""

    title: str
    url: str
    site_name: str
    kind_label: str
    date: datetime.date | None
    extract: str


@dataclass
class Criteria:
    query: str
    scope: Site | None  # None: the whole portal
    kind: str = ""
    area: object = None  # a SubjectArea
    date_from: datetime.date | None = None
    date_to: datetime.date | None = None
    by_date: bool = False
    operator: str = "and"
    ranked_newest: int = 0  # set when only the newest matches were ranked (search/ranking.py)
    more_than: int = 0  # set when the count stopped there (search/ranking.py)


def _roots(site: Site, locale: Locale) -> list[Page]:
    root = root_in(site, locale)
    return [root] if root else []


def page_queryset(criteria: Criteria, locale: Locale):
    kind = KINDS.get(criteria.kind, ALL_PAGES)
    model = kind.model
    pages = model.objects.live().public().filter(locale=locale, depth__gt=2)
    for path in PortalSite.switched_off_root_paths():
        pages = pages.exclude(path__startswith=path)
    if criteria.scope is not None:
        roots = _roots(criteria.scope, locale)
        if not roots:
            return pages.none()
        pages = pages.filter(within(roots))
    if criteria.area is not None:
        pages = pages.filter(id__in=_pages_of_area(criteria.area, model))
    if criteria.date_from or criteria.date_to:
        dated = _dated(criteria) if model is Page else Q(**_date_range(model, kind.date_field, criteria))
        pages = pages.filter(dated)
    if criteria.by_date:
        pages = pages.order_by(f"-{kind.date_field}", "-id")
    return pages if model is not Page else pages.specific()


def _date_range(model, field_name, criteria) -> dict:
    lookups = {}
    if criteria.date_from:
        lookups[f"{field_name}__gte"] = _bound(model, field_name, criteria.date_from)
    if criteria.date_to:
        lookups[f"{field_name}__lt"] = _bound(model, field_name, criteria.date_to + datetime.timedelta(days=1))
    return lookups


def _dated(criteria) -> Q:
    """Pages of every type dated in the range by the date they show (an article's date, a document's issue date…)."""
    dated_kinds = [kind for kind in KINDS.values() if kind.is_page]
    condition = Q(
        id__in=Page.objects.exclude(content_type__in=_content_types(dated_kinds))
        .filter(**_date_range(Page, "first_published_at", criteria))
        .values("pk")
    )
    for kind in dated_kinds:
        condition |= Q(id__in=kind.model.objects.filter(**_date_range(kind.model, kind.date_field, criteria)).values("pk"))
    return condition


def _content_types(kinds):
    return [ContentType.objects.get_for_model(kind.model).pk for kind in kinds]


def _bound(model, field_name, day: datetime.date):
    """A day as the field wants it: the date itself, or its midnight in the portal's time zone."""
    if model._meta.get_field(field_name).get_internal_type() == "DateTimeField":
        return timezone.make_aware(datetime.datetime.combine(day, datetime.time()))
    return day


def _pages_of_area(area, model) -> list[int]:
    ids = set()
    for kind_model, lookup in ((ArticlePage, "subject_areas"), (LegalDocumentPage, "subject_areas"), (QuestionPage, "subject_area")):
        if model in (Page, kind_model):
            ids.update(kind_model.objects.filter(**{lookup: area}).values_list("pk", flat=True))
    return sorted(ids)


def search_pages(criteria: Criteria, locale: Locale, backend="default", first_page: int = 0):
    """Search results (lazy: sliced by the paginator) of the pages that match: on PostgreSQL, the fast path of
    search/ranking.py (which finds the first `first_page` items with the count); on Elasticsearch, Wagtail's."""
    search_backend = get_search_backend(backend)
    query = backend_query(criteria.query)
    pages = page_queryset(criteria, locale)
    if isinstance(search_backend, PostgresSearchBackend) and query:
        return RankedPages(search_backend, pages, query, criteria.operator, by_date=criteria.by_date, first_page=first_page)
    return search_backend.search(query, pages, operator=criteria.operator, order_by_relevance=not criteria.by_date)


def search_snippets(criteria: Criteria, kind: str, backend="default", limit=None):
    """Online services or units that match, in the scope's unit(s); they have no date and no field filter. The few
    shown beside the pages (`limit`) are kept until the next change of public content (home/page_cache): building
    Wagtail's search of each snippet type costs more Python than finding the pages (issue 16)."""
    if limit:
        scope = criteria.scope.pk if criteria.scope is not None else "*"
        key = f"search-beside:{kind}:{scope}:{criteria.operator}:{backend}:{backend_query(criteria.query)}"
        return remembered(key, lambda: list(_snippets(criteria, kind, backend)[:limit]))
    return _snippets(criteria, kind, backend)


def _snippets(criteria: Criteria, kind: str, backend):
    model = KINDS[kind].model
    objects = model.objects.all()
    if criteria.scope is not None:
        portal_sites = list(PortalSite.objects.filter(site=criteria.scope).values_list("pk", flat=True))
        if model is OnlineService:
            objects = objects.filter(unit__in=list(Unit.objects.filter(portal_site__in=portal_sites).values_list("pk", flat=True)))
        else:
            objects = objects.filter(portal_site__in=portal_sites)
    if model is OnlineService:
        objects = objects.select_related("unit")  # the hit names the unit
    return get_search_backend(backend).search(backend_query(criteria.query), objects, operator=criteria.operator)


class HitMaker:
    """Turns pages and snippets into hits: site name, type, date, highlighted extract, URL on their own host."""

    def __init__(self, request, query: str, language: str):
        self.request = request
        self.query = query
        self.language = language
        self.site_names = {portal_site.site_id: localized(portal_site, "name", language) for portal_site in PortalSite.every_site()}
        self.sites = SiteIndex()
        self._unit_directory = None

    def site_name(self, url_path: str) -> str:
        return self.site_names.get(self.sites.site_id_of(url_path), "")

    def page(self, page) -> Hit:
        text = page.teaser_text if hasattr(page, "teaser_text") else page.search_description
        source = self.site_name(page.url_path)
        if isinstance(page, LegalDocumentPage):
            text = f"{page.number} — {text}"
            # A document is known by who issued it, not by the site that publishes it (issue 18).
            source = page.issuing_body or source
        return Hit(
            title=unicodedata.normalize("NFC", page.title),
            url=page.get_full_url(self.request),
            site_name=source,
            kind_label=page._meta.verbose_name,
            date=getattr(page, "display_date", None) or page.first_published_at,
            extract=highlight(text or "", self.query),
        )

    def snippet(self, item) -> Hit:
        if isinstance(item, OnlineService):
            name = localized(item, "name", self.language)
            unit = localized(item.unit, "name", self.language)
            return Hit(name, item.url, unit, KINDS["dich-vu-cong"].label, None, highlight(f"{item.code} {item.description}", self.query))
        return Hit(
            localized(item, "name", self.language),
            self.unit_url(item),
            localized(item, "name", self.language),
            KINDS["don-vi"].label,
            None,
            highlight(" ".join(filter(None, [item.address, item.phone, item.email])), self.query),
        )

    def unit_url(self, unit) -> str:
        if self._unit_directory is None:
            locale = Locale.get_active()
            self._unit_directory = remembered(
                f"unit-directory:{locale.pk}", lambda: UnitDirectoryPage.objects.live().filter(locale=locale).first() or False
            )
        if not self._unit_directory:
            return ""
        return f"{self._unit_directory.get_full_url(self.request)}{unit.slug}/"

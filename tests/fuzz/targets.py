"""The addresses the fuzz test requests: every public URL pattern of Django's resolver, filled in from the demo
portal — every live page on its own host (the English edition under /en/), the routes of routable pages (feeds,
unit pages), documents, media, the API — with the GET parameters each address reads (tests/fuzz/table.py)."""

import re
from dataclasses import dataclass, field

from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import LocalePrefixPattern
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, Site, get_page_models

from moj_site.api import api_router
from tests.fuzz import corpus
from tests.fuzz.table import BASELINES, LIBRARY_VIEWS, VIEWS

HOSTS = ["localhost", "thads.localhost", "cntt.localhost", "pbgdpl.localhost"]
NOT_PUBLIC = "admin/"  # staff pages: the permission matrix (tests/subsites/test_isolation_matrix.py) covers them
PUBLIC_ADMIN_PAGES = {"admin/login/", "admin/logout/", "admin/password_reset/", "admin/password_reset/done/"}
PUBLIC_ADMIN_PAGES |= {"admin/password_reset/confirm/<uidb64>/<token>/", "admin/password_reset/complete/"}


@dataclass(frozen=True)
class Target:
    host: str
    path: str  # percent-encoded
    view: str  # who answers: a key of table.VIEWS or LIBRARY_VIEWS, a page type, or "api:<endpoint>:<action>"
    # The code that reads parameters here — a row of the table, or an API endpoint ("api:…") — and what it reads.
    readers: tuple[tuple[str, frozenset], ...] = ()
    baseline: dict = field(default_factory=dict, hash=False, compare=False)
    also: frozenset = frozenset()  # parameters read here that another address gets the whole corpus for

    def __str__(self):
        return f"http://{self.host}{self.path}"

    @property
    def parameters(self) -> frozenset:
        return frozenset().union(self.also, *[names for _reader, names in self.readers])


@dataclass
class Demo:
    """What the demo portal holds that addresses need."""

    pages: list  # live pages, specific
    document: object
    media_path: str
    units: list[str]
    page_ids: dict[str, int] = field(default_factory=dict)  # a live page id on each host
    fuzzed_arguments: set[str] = field(default_factory=set)  # routes' arguments already given hostile values


def everywhere(path: str, view: str, readers=(), baseline=None, also=frozenset()) -> list[Target]:
    return [Target(host, path, view, tuple(readers), baseline or {}, also) for host in HOSTS]


# Django's URL patterns and the addresses that fill them; a pattern missing here fails test_every_public_url_pattern.
ROUTES = {
    "health/": lambda demo: everywhere("/health/", "home.views.health"),
    "nhan-tin/": lambda demo: everywhere("/nhan-tin/", "home.views.feeds"),
    "en/feeds/": lambda demo: everywhere("/en/feeds/", "home.views.feeds"),
    "health/ready/": lambda demo: everywhere("/health/ready/", "operations.health.ready"),
    "metrics": lambda demo: everywhere("/metrics", "operations.metrics.metrics"),
    "robots.txt": lambda demo: everywhere("/robots.txt", "subsites.views.robots_txt"),
    "csp-report/": lambda demo: everywhere("/csp-report/", "defence.csp_reports.csp_report"),
    "tim-kiem/": lambda demo: view_everywhere("/tim-kiem/", "search.views.search"),
    "tim-kiem/goi-y/": lambda demo: view_everywhere("/tim-kiem/goi-y/", "search.views.suggest"),
    "en/search/": lambda demo: view_everywhere("/en/search/", "search.views.search"),
    "en/search/suggest/": lambda demo: view_everywhere("/en/search/suggest/", "search.views.suggest"),
    "sitemap.xml": lambda demo: [
        *view_everywhere("/sitemap.xml", "subsites.sitemaps.sitemap_index"),
        *view_everywhere("/en/sitemap.xml", "subsites.sitemaps.sitemap_index"),
    ],
    "sitemap-<slug:section>.xml": lambda demo: [
        *view_everywhere("/sitemap-pages.xml", "subsites.sitemaps.sitemap_section"),
        *view_everywhere("/en/sitemap-pages.xml", "subsites.sitemaps.sitemap_section"),
        *everywhere("/sitemap-other.xml", "subsites.sitemaps.sitemap_section"),
    ],
    "_util/login/": lambda demo: view_everywhere("/_util/login/", "django.contrib.auth.views.LoginView"),
    "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/": lambda demo: numbered(
        "/_util/authenticate_with_password/{}/{}/", "wagtail.views.authenticate_with_password", 2
    ),
    "^((?:[\\w\\-]+/)*)$": lambda demo: pages(demo),
    "documents/^(\\d+)/(.*)$": lambda demo: [
        *everywhere(demo.document.url, "wagtail.documents.views.serve.serve"),
        *everywhere(f"/documents/{demo.document.pk}/other-name.pdf", "wagtail.documents.views.serve.serve"),
        *[
            Target(HOSTS[0], f"/documents/{demo.document.pk}/{value}", "wagtail.documents.views.serve.serve")
            for value in corpus.PATH_SEGMENTS.values()
        ],
        *numbered("/documents/{}/a.pdf", "wagtail.documents.views.serve.serve", 1),
    ],
    "documents/authenticate_with_password/<int:restriction_id>/": lambda demo: numbered(
        "/documents/authenticate_with_password/{}/", "wagtail.documents.views.serve.authenticate_with_password", 1
    ),
    "^media/(?P<path>.*)$": lambda demo: [
        *everywhere(demo.media_path, "documents.media.serve_media"),
        *[Target(HOSTS[0], f"/media/{value}", "documents.media.serve_media") for value in corpus.PATH_SEGMENTS.values()],
    ],
    # The form of Art 9 (intake/): a 404 on component sites; its posts are fuzzed by tests/fuzz/test_public_forms.py.
    "gui-thong-tin/": lambda demo: [
        *everywhere("/gui-thong-tin/", "intake.views.submission"),
        Target(HOSTS[0], "/en/gui-thong-tin/", "intake.views.submission"),
    ],
    "gui-thong-tin/bo-sung/<str:token>/": lambda demo: [
        Target(HOSTS[0], f"/gui-thong-tin/bo-sung/{value}/", "intake.completion.complete")
        for value in corpus.PATH_SEGMENTS.values()
        if "%2F" not in value
    ],
    # Citizens' questions (questions/): on every site with a Q&A section, a 404 elsewhere; posts fuzzed by
    # tests/fuzz/test_public_forms.py.
    "hoi-dap/gui-cau-hoi/": lambda demo: [
        *everywhere("/hoi-dap/gui-cau-hoi/", "questions.views.ask"),
        Target(HOSTS[0], "/en/hoi-dap/gui-cau-hoi/", "questions.views.ask"),
    ],
    "hoi-dap/tra-cuu/": lambda demo: [
        *everywhere("/hoi-dap/tra-cuu/", "questions.views.tracking", readers=[("questions.views.tracking", frozenset({"code"}))]),
        Target(HOSTS[0], "/en/hoi-dap/tra-cuu/", "questions.views.tracking"),
    ],
    "admin/login/": lambda demo: view_everywhere("/admin/login/", "wagtail.admin.views.account.LoginView"),
    "admin/logout/": lambda demo: everywhere("/admin/logout/", "wagtail.admin.views.account.LogoutView"),
    "admin/password_reset/": lambda demo: everywhere("/admin/password_reset/", "admin.password_reset"),
    "admin/password_reset/done/": lambda demo: everywhere("/admin/password_reset/done/", "admin.password_reset"),
    "admin/password_reset/confirm/<uidb64>/<token>/": lambda demo: [
        Target(HOSTS[0], f"/admin/password_reset/confirm/{value}/{value}/", "admin.password_reset")
        for value in corpus.PATH_SEGMENTS.values()
        if "%2F" not in value
    ],
    "admin/password_reset/complete/": lambda demo: everywhere("/admin/password_reset/complete/", "admin.password_reset"),
}
for _endpoint in api_router._endpoints:
    ROUTES[f"api/v2/^{_endpoint}/"] = lambda demo, endpoint=_endpoint: api(endpoint, "listing_view", "/api/v2/{}/")
    ROUTES[f"api/v2/^{_endpoint}/find/"] = lambda demo, endpoint=_endpoint: api(endpoint, "find_view", "/api/v2/{}/find/")
    ROUTES[f"api/v2/^{_endpoint}/<int:pk>/"] = lambda demo, endpoint=_endpoint: api_detail(demo, endpoint)

# Wagtail lets `_` through for jQuery's cache-busting, and no code reads it.
API_IGNORED = {"_"}
# Values for the arguments of routable pages' routes (wagtail.contrib.routable_page), by argument name.
ROUTE_ARGUMENTS = {
    "unit_slug": lambda demo: demo.units,
    # A draft's e-mail confirmation link (consultations.routes): a token of the right shape that was never issued.
    "token": lambda demo: ["khong-ton-tai", "eyJjIjoxfQ:1vAbCd:0000000000000000000000000000000000000000000"],
    # The Q&A listing's feeds per field (qa.feeds): the fields of the demo's answered questions.
    "area": lambda demo: sorted(
        {page.subject_area.slug for page in demo.pages if getattr(page, "asker_display_name", "") and page.subject_area}
    ),
}
# Numbers that fit an <int:…> converter: the smallest, one beyond PostgreSQL's integer, one beyond bigint, and more.
NUMBERS = ["0", "1", "2147483648", "9223372036854775808", "99999999999999999999"]


def view_everywhere(path: str, view: str) -> list[Target]:
    return everywhere(path, view, readers(view), BASELINES.get(view))


def numbered(pattern: str, view: str, count: int) -> list[Target]:
    return [Target(HOSTS[0], pattern.format(*[number] * count), view) for number in NUMBERS]


def readers(view: str, page_class=None) -> tuple:
    """The rows of the table that read parameters for a view: its own, or a page type's and its base classes'."""
    if page_class is not None:
        names = [f"{cls.__module__}.{cls.__qualname__}" for cls in page_class.__mro__]
        return tuple((name, frozenset(VIEWS[name])) for name in names if name in VIEWS)
    names = VIEWS.get(view) or LIBRARY_VIEWS.get(view)
    return ((view, frozenset(names)),) if names else ()


# The API: each endpoint is a reader of its own, whose parameters come from the endpoint itself.


def api_viewset(endpoint: str):
    return api_router._endpoints[endpoint]


def api_parameters(endpoint: str, action: str, model=None) -> frozenset:
    """What an endpoint reads: the parameters Wagtail lets through, and the fields it filters by."""
    viewset = api_viewset(endpoint)
    names = set(viewset.known_query_parameters) - API_IGNORED
    if action == "find_view":
        names |= viewset.find_query_parameters
    names |= set(viewset.get_available_fields(model or viewset.model, db_fields_only=True))
    return frozenset(names)


def api(endpoint: str, action: str, pattern: str) -> list[Target]:
    path, view, shared = pattern.format(endpoint), f"api:{endpoint}:{action}", api_parameters(endpoint, "listing_view")
    if action == "find_view":  # its own parameters; the shared ones get the whole corpus on the listing
        own = frozenset(api_viewset(endpoint).find_query_parameters)
        return everywhere(path, view, [(f"api:{endpoint}:find", own)], BASELINES["api"], also=shared)
    found = everywhere(path, view, [(f"api:{endpoint}", shared)], BASELINES["api"])
    if endpoint == "pages":
        # Each page type filters by its own API fields, once `type=` names it.
        for model in sorted(api_page_types(), key=lambda model: model._meta.label):
            label, own = model._meta.label, api_parameters(endpoint, action, model) - shared
            found.append(Target(HOSTS[0], path, view, ((f"api:pages:{label}", own),), {**BASELINES["api"], "type": label}))
    return found


def api_page_types():
    """The page types with API fields of their own: those add field filters to `/api/v2/pages/?type=…`."""
    shared = set(api_viewset("pages").get_available_fields(Page, db_fields_only=True))
    return [model for model in get_page_models() if set(api_viewset("pages").get_available_fields(model, db_fields_only=True)) - shared]


def api_detail(demo: Demo, endpoint: str) -> list[Target]:
    view, shared = f"api:{endpoint}:detail_view", api_parameters(endpoint, "listing_view")
    ids = {"pages": demo.page_ids}.get(endpoint, {})
    found = [Target(host, f"/api/v2/{endpoint}/{ids.get(host, 1)}/", view, ((f"api:{endpoint}", shared),)) for host in HOSTS]
    return found + [Target(HOSTS[0], f"/api/v2/{endpoint}/{number}/", view) for number in NUMBERS]


# Wagtail's pages


def pages(demo: Demo) -> list[Target]:
    """Every live page on its own host, with the routes of routable pages (feeds, unit pages)."""
    hostnames = {site.pk: site.hostname for site in Site.objects.all()}
    found = []
    for page in demo.pages:
        site_id, _root_url, path = page.get_url_parts()
        view = f"{type(page).__module__}.{type(page).__qualname__}"
        found.append(Target(hostnames[site_id], path, view, readers(view, type(page))))
        if isinstance(page, RoutablePageMixin):
            found += routes(demo, page, hostnames[site_id], path, view)
    return found


def routes(demo: Demo, page, host: str, path: str, view: str) -> list[Target]:
    found = []
    for route in page.get_subpage_urls():
        pattern = str(route.pattern)
        arguments = re.findall(r"<(?:\w+:)?(\w+)>", pattern)
        if not pattern:
            continue  # the page itself
        if not arguments:
            found.append(Target(host, path + pattern, f"{view}.{route.name}"))
            continue
        (argument,) = arguments
        assert argument in ROUTE_ARGUMENTS, f"add values for <{argument}> of {view} to ROUTE_ARGUMENTS in tests/fuzz/targets.py"
        hostile = [] if argument in demo.fuzzed_arguments else list(corpus.PATH_SEGMENTS.values())
        demo.fuzzed_arguments.add(argument)  # the same code answers in every language: hostile values once
        for value in [*ROUTE_ARGUMENTS[argument](demo), *hostile]:
            found.append(Target(host, path + re.sub(r"<[^>]+>", value, pattern), f"{view}.{route.name}"))
    return found


def url_patterns() -> list[tuple[str, object]]:
    """Every URL pattern of Django's resolver: (route, view); routes under i18n_patterns also answer under /en/."""

    def walk(patterns, prefix=""):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                inner = "" if isinstance(pattern.pattern, LocalePrefixPattern) else str(pattern.pattern)
                yield from walk(pattern.url_patterns, prefix + inner)
            elif isinstance(pattern, URLPattern):
                yield prefix + str(pattern.pattern), pattern.callback

    return list(walk(get_resolver().url_patterns))


def public_routes() -> list[str]:
    return [route for route, _view in url_patterns() if not route.startswith(NOT_PUBLIC) or route in PUBLIC_ADMIN_PAGES]


def all_targets(demo: Demo) -> list[Target]:
    demo.fuzzed_arguments.clear()
    return [target for route in public_routes() for target in ROUTES[route](demo)]

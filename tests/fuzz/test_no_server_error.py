"""No request answers with a server error (issue 12): every public URL pattern, filled in from the demo portal, on
every site host and under /en/, with every GET parameter its code reads set to hostile values (tests/fuzz/corpus.py).

The run, in four passes: every address once as it is; every parameter with every hostile value, on addresses of
the code that reads it taking turns (so the hosts and /en/ share the work); every address that reads parameters on
every host and under /en/ with one value of a subset in all of them at once; hostile path segments below a page of
every type and in routes' arguments. The table of parameters (tests/fuzz/table.py) is checked against the code,
and the addresses (tests/fuzz/targets.py) against Django's resolver."""

import importlib
import time
from collections import defaultdict
from itertools import chain, count, zip_longest
from urllib.parse import quote

import pytest
from django.db import transaction
from django.test import Client
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Site, get_page_models

from moj_site.api import api_router
from moj_site.api_parameters import NUMBER_PARAMETERS
from subsites.models import Unit
from tests.fuzz import corpus, readers
from tests.fuzz.table import API_MODULES, LIBRARY_VIEWS, NOT_FUZZED, VIEWS
from tests.fuzz.targets import ROUTES, Demo, Target, all_targets, api_parameters, api_viewset, public_routes

ENDPOINTS = list(api_router._endpoints)
PAGE_VIEWS = {f"{model.__module__}.{model.__qualname__}" for model in get_page_models()}

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="session")
def fuzz_portal(public_demo, django_db_blocker):
    """The demo portal as anonymous requests see it (tests/conftest.py: public_demo); each test runs in its own
    transaction."""
    with django_db_blocker.unblock():
        return Demo(
            pages=list(Page.objects.live().filter(depth__gt=1).specific().order_by("path")),
            document=get_document_model().objects.order_by("pk").first(),
            media_path=get_image_model().objects.order_by("pk").first().file.url,
            units=list(Unit.objects.values_list("slug", flat=True)),
            page_ids={site.hostname: site.root_page_id for site in Site.objects.all()},
        )


@pytest.fixture
def demo(fuzz_portal):
    return fuzz_portal


def test_the_demo_has_a_page_of_every_type(demo):
    missing = set(get_page_models()) - {Page} - {type(page) for page in demo.pages}
    assert not missing, f"the demo (demo/builder.py) has no live page of these types, so nothing requests them: {missing}"


def test_every_public_url_pattern_has_addresses():
    missing = [route for route in public_routes() if route not in ROUTES]
    assert not missing, f"URL patterns without addresses to fuzz: add them to ROUTES in tests/fuzz/targets.py: {missing}"


def test_every_parameter_the_code_reads_is_in_the_table():
    problems = unlisted(readers.reads())
    assert not problems, "Add these to VIEWS in tests/fuzz/table.py (or say why not in NOT_FUZZED):\n" + "\n".join(problems)


def test_the_table_check_sees_a_new_parameter_a_new_form_field_and_a_read_it_cannot_name():
    source = """
from search.forms import SearchForm
from subsites.filters import ServiceFilterForm

def search(request):
    SearchForm(request.GET or None, sites=[], areas=[], language="vi")
    ServiceFilterForm(request.GET)
    return request.GET.get("moi"), request.GET["trang"], "khac" in request.GET, dict(request.GET)

class QuestionIndexPage:
    def get_context(self, request):
        return request.GET.get("linh_vuc"), request.GET.copy()
"""
    problems = unlisted(readers.reads_in("search.views", source))
    assert {problem.split(" reads ")[1] for problem in problems} == {"'moi'", "'khac'", "'don_vi'", "'muc_do'", "'unknown parameters'"}
    assert all("(search.views.search)" in problem for problem in problems)


def test_every_row_of_the_table_names_code_that_exists():
    for name in [*VIEWS, *LIBRARY_VIEWS]:
        module, _, attribute = name.rpartition(".")
        assert hasattr(importlib.import_module(module), attribute), f"{name} in tests/fuzz/table.py does not exist"


def unlisted(reads) -> list[str]:
    """The reads of GET parameters that the table does not list."""
    api_names = set().union(*[api_parameters(endpoint, action) for endpoint in ENDPOINTS for action in ("listing_view", "find_view")])
    problems = []
    for read in reads:
        if any(read.module == module or read.module.startswith(f"{module}.") for module in NOT_FUZZED):
            continue
        if read.module in API_MODULES:
            if read.name is not None and read.name not in api_names:
                problems.append(f"{read}: not a parameter any API endpoint knows")
            continue
        # A view or page type reads under its own name; a helper function, for the views of its module.
        owners = [read.owner] if read.owner in VIEWS else [name for name in VIEWS if name.startswith(f"{read.module}.")]
        if read.name is None or read.name not in set().union(*[VIEWS[owner] for owner in owners]):
            problems.append(str(read))
    return problems


def test_the_api_checks_only_parameters_wagtail_knows():
    known = set().union(*[api_viewset(name).known_query_parameters | api_viewset(name).find_query_parameters for name in ENDPOINTS])
    assert known >= NUMBER_PARAMETERS


# `?first_published_at=2026-01-01` is a date where the API filters by a date and time: Django reads it as midnight.
@pytest.mark.filterwarnings("ignore:DateTimeField .* received a naive datetime:RuntimeWarning")
def test_no_request_answers_with_a_server_error(demo, capsys):
    targets = all_targets(demo)
    plan = [*as_they_are(targets), *every_value_once(targets), *every_host(targets), *hostile_paths(targets)]
    plan = without_repeats([*plan, *hostile_headers(targets)])
    client = Client(raise_request_exception=False)
    started = time.monotonic()
    results = [get(client, *request) for request in plan]
    errors = [f"{status} {url} (Host: {target.host})" for target, url, status in results if status >= 500]
    with capsys.disabled():
        addresses = len({str(target) for target in targets})
        print(f"\nfuzz: {len(plan)} requests to {addresses} addresses in {time.monotonic() - started:.1f} s")
    assert not errors, f"{len(errors)} server errors:\n" + "\n".join(error[:300] for error in errors)


def get(client, target: Target, query: dict[str, str], headers=None):
    """One request in its own savepoint: a database error in it must not abort the next ones."""
    string = "&".join(f"{quote(name)}={value}" for name, value in query.items())
    url = f"{target.path}?{string}" if string else target.path
    with transaction.atomic():
        response = client.get(url, HTTP_HOST=target.host, **(headers or {}))
        if response.status_code >= 500:
            transaction.set_rollback(True)
    if response.streaming:  # files: reading them to the end closes them, as a server would
        b"".join(response.streaming_content)
    return target, url[:200] + (" (hostile headers)" if headers else ""), response.status_code


def without_repeats(plan):
    """Each request once: the passes meet on some (an address listed under two patterns, an API address both as it
    is and as its reader's turn comes), and the same request a second time runs the same code."""
    seen, kept = set(), []
    for target, query, *headers in plan:
        key = (target.host, target.path, tuple(query.items()), tuple(tuple(sent.items()) for sent in headers))
        if key not in seen:
            seen.add(key)
            kept.append((target, query, *headers))
    return kept


def baseline(target: Target, leaving_out=()) -> dict[str, str]:
    return {name: corpus.text(value) for name, value in target.baseline.items() if name not in leaving_out}


def as_they_are(targets):
    return [(target, {}) for target in targets]


def every_value_once(targets):
    """Every parameter with every hostile value, on addresses of its reader that take turns (hosts, /en/).

    The API checks its parameters one after the other and stops at the first bad one: each parameter gets requests
    of its own there. A parameter all the API's listings read with the same code (Wagtail's pagination, ordering,
    search, fields; our checks of `site` and of field filters) gets the whole corpus on the first, the subset on the
    others. Pages and views read each parameter whatever the others hold (a form cleans each field alone): one request
    sets them all, except those the others need (a search reads its filters only with a query: BASELINES), which get
    requests of their own."""
    readers = defaultdict(list)
    for target in targets:
        for reader, _names in target.readers:
            readers[reader].append(target)
    plan, fuzzed_in_api = [], set()
    for reader, pool in readers.items():
        pool, turn = interleaved_by_host(pool), count()
        names = sorted(dict(pool[0].readers)[reader])
        if reader.startswith("api:"):
            groups = [[name] for name in names]
        else:
            held = [name for name in names if name in pool[0].baseline]
            groups = [[name for name in names if name not in held], *[[name] for name in held]]
        for group in filter(None, groups):
            values = corpus.HOSTILE.values()
            if reader.count(":") == 1:  # an endpoint's shared parameters, "api:<endpoint>"
                values = [corpus.HOSTILE[label] for label in corpus.SUBSET] if group[0] in fuzzed_in_api else values
                fuzzed_in_api.add(group[0])
            for value in values:
                target = pool[next(turn) % len(pool)]
                plan.append((target, {**baseline(target, group), **dict.fromkeys(group, value)}))
    return plan


def every_host(targets):
    """Every address that reads parameters, on every host and under /en/: one value of the subset (a different one
    from host to host) in all its parameters at once."""
    plan, seen = [], set()
    for target in targets:
        key = (target.view, target.host, target.path.startswith("/en/"))
        if target.parameters and key not in seen:
            seen.add(key)
            label = corpus.SUBSET[len(seen) % len(corpus.SUBSET)]
            plan.append((target, {**baseline(target), **dict.fromkeys(target.parameters, corpus.HOSTILE[label])}))
    return plan


def hostile_paths(targets):
    """An address that does not exist, below a page of every type: every hostile segment below the first one,
    one of the subset below each of the others."""
    plan, seen = [], set()
    for target in interleaved_by_host([target for target in targets if target.view in PAGE_VIEWS]):
        if target.view not in seen:
            seen.add(target.view)
            labels = corpus.PATH_SEGMENTS if len(seen) == 1 else [corpus.SUBSET[len(seen) % len(corpus.SUBSET)]]
            plan += [(Target(target.host, f"{target.path}{corpus.PATH_SEGMENTS[label]}/", target.view), {}) for label in labels]
    return plan


def hostile_headers(targets):
    """Each set of hostile headers on one address of every view."""
    first = {}
    for target in interleaved_by_host(targets):
        first.setdefault(target.view, target)
    return [(target, {}, headers) for target in first.values() for headers in corpus.HEADERS]


def interleaved_by_host(targets):
    hosts = defaultdict(list)
    for target in targets:
        hosts[(target.host, target.path.startswith("/en/"))].append(target)
    return [target for target in chain.from_iterable(zip_longest(*hosts.values())) if target is not None]

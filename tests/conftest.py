"""Fixtures shared by every test, and the platforms they start from (tests/platforms.py).

Two pytest runs (`make pytest`): `pytest` runs everything but the browser journeys; `pytest tests/e2e` runs the
journeys, on a test database of their own (tests/e2e/conftest.py). Neither commits into the database the other uses."""

import gc
import io
import os
import shutil
from pathlib import Path

import psutil
import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.template import Template
from django.test.utils import _TestState, instrumented_test_render, override_settings, setup_databases, teardown_databases
from django.utils import translation
from pytest_django.fixtures import _get_databases_for_setup
from wagtail.models import Locale

from home.page_cache.generation import workers_tier
from subsites.provisioning import provision_site
from tests import migrated, platforms

TESTS = Path(__file__).parent
E2E = TESTS / "e2e"

# The common sites, provisioned once per session: the main portal alone ("main"), or with thads and cntt ("sites").
SITES = {
    "moj": {"name": "Bộ Tư pháp", "name_en": "Ministry of Justice", "main": True},
    "thads": {"name": "Cục Thi hành án dân sự", "name_en": "Department of Civil Judgment Enforcement"},
    "cntt": {"name": "Cục Công nghệ thông tin"},
}

# The platform a test starts from, named by the fixtures it uses; a test using none of them starts from an empty one.
# A test of the main portal alone sees one site, as a single-site install does (relative links, no site list).
PLATFORM_OF_FIXTURE = {
    "main_site": "main",
    "thads_site": "sites",
    "cntt_site": "sites",
    "search_corpus": "sites",
    "common_sites": "sites",
    "main_portal": "main",
    "demo_portal": "demo",
    "public_demo": "public",
    "portal_server": "journeys",
}
INCLUDED_IN = {"main": "sites"}  # a test that needs the main portal and thads runs on "sites"
COSTLY_PLATFORMS = {"demo", "public"}  # built by load_demo; every worker builds "sites" (a few seconds)


def pytest_configure(config):
    """The collector of reference cycles, run less often: a test run allocates millions of short-lived objects
    (querysets, templates' contexts), and with the default threshold (700) the collector walked the long-lived ones
    (Django's, Wagtail's, the collected tests) over and over. What was built at start-up stays out of its walks."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(50_000, 20, 20)


def pytest_sessionstart(session):
    """The folders of files that test processes no longer running left behind (settings.TEST_FILES_ROOT), and those
    of the layout before it, which every run made larger. Only with the test settings: other settings name no such
    folders (an exported DJANGO_SETTINGS_MODULE wins over pyproject.toml)."""
    root = getattr(settings, "TEST_FILES_ROOT", None)
    if root is None:
        return
    earlier_layout = [settings.BASE_DIR / ".data" / name for name in ("test-media", "test-private-media")]
    for folder in [*root.glob("*"), *earlier_layout]:
        if not (folder.name.isdigit() and psutil.pid_exists(int(folder.name))):
            shutil.rmtree(folder, ignore_errors=True)


def pytest_unconfigure(config):
    """This process's own files (settings.TEST_FILES_DIR: MEDIA_ROOT and PRIVATE_MEDIA_ROOT), never another folder."""
    folder = getattr(settings, "TEST_FILES_DIR", None)
    if folder is not None and folder.parent == settings.TEST_FILES_ROOT:
        shutil.rmtree(folder, ignore_errors=True)


def pytest_ignore_collect(collection_path, config):
    """The browser journeys are a run of their own: `pytest` alone leaves them out, `pytest tests/e2e` runs them."""
    if collection_path == E2E:
        return not any(_names_e2e(arg) for arg in config.args)
    return None


def _names_e2e(arg: str) -> bool:
    return Path(arg.split("::")[0]).resolve().is_relative_to(E2E)


def pytest_make_parametrize_id(config, val, argname):
    """Bytes (a DOCX or zip made for the test) are named by their size: their content holds the time they were
    zipped, and pytest-xdist stops the run when its workers, collecting a second apart, name a test differently."""
    if isinstance(val, bytes):
        return f"{argname}-{len(val)}-bytes"
    return None


@pytest.hookimpl(wrapper=True)  # around pytest-xdist's, which reads the groups
def pytest_collection_modifyitems(config, items):
    journeys = [item for item in items if E2E in item.path.parents]
    if journeys and len(journeys) != len(items):
        raise pytest.UsageError("Run the browser journeys on their own: `pytest tests/e2e` (see `make pytest`).")
    for item in journeys:
        item.add_marker(pytest.mark.e2e)
        # Declares the database, so that pytest-django sets up the test database for the journeys.
        item.add_marker(pytest.mark.django_db)
    for item in items:
        item.add_marker(pytest.mark.xdist_group(xdist_group(item)))
    if os.environ.get("PYTEST_XDIST_WORKER"):
        items[:] = longest_first(items)
    result = yield
    if getattr(config.option, "loadgroup", False) and items and "@" not in items[0].nodeid:
        # pytest-xdist names a test's group in its id; without it, every test is a group of its own and both
        # workers build each costly platform (pytest 9.2 with pytest-xdist 3.8 did this, requirements-dev.txt).
        raise pytest.UsageError("pytest-xdist did not group the tests (--dist loadgroup): check the versions of pytest and pytest-xdist.")
    return result


# The groups that take longest, in that order (a platform built by load_demo and the tests on it; the POST matrix).
LONGEST = ["demo", "public", "tests/subsites/test_action_matrix.py"]


def longest_first(items):
    """The order in which pytest-xdist hands out the groups (`make pytest` passes --no-loadscope-reorder): one at a
    time to whichever worker is free, so the longest go first and the short modules fill in at the end; otherwise
    a long group handed out last keeps one worker busy while the other waits. After the longest, the groups with the
    most tests first (pytest-xdist's own order); within a group, the order of collection."""
    groups = {}
    for item in items:
        groups.setdefault(xdist_group(item), []).append(item)
    rank = {group: position for position, group in enumerate(LONGEST)}
    order = sorted(groups, key=lambda group: (rank.get(group, len(LONGEST)), -len(groups[group])))
    return [item for group in order for item in groups[group]]


def xdist_group(item) -> str:
    """With `pytest -n 2 --dist loadgroup` (make pytest): the tests of a costly platform run in one worker, which
    builds it once; the others stay with their module, whose module-scoped fixtures are built once."""
    platform = platform_of(item)
    return platform if platform in COSTLY_PLATFORMS else item.nodeid.split("::")[0]


def platform_of(item) -> str:
    found = {PLATFORM_OF_FIXTURE[name] for name in item.fixturenames if name in PLATFORM_OF_FIXTURE}
    found -= {platform for platform, larger in INCLUDED_IN.items() if larger in found}
    if len(found) > 1:
        raise pytest.UsageError(f"{item.nodeid} uses fixtures of several platforms: {sorted(found)}")
    return found.pop() if found else platforms.EMPTY


def provision(*slugs):
    def build():
        Locale.objects.get_or_create(language_code="en")
        for slug in slugs:
            provision_site(slug, port=80, **SITES[slug])

    return build


@pytest.fixture(scope="session")
def django_db_setup(
    request, django_test_environment, django_db_blocker, django_db_keepdb, django_db_createdb, django_db_modify_db_settings
):
    """pytest-django's, but the test database starts as a copy of the migrated template (tests/migrated.py), which
    Django's setup then checks as with `--reuse-db`; then the platforms (tests/platforms.py)."""
    verbosity = request.config.option.verbose
    aliases, serialized_aliases = _get_databases_for_setup(request.session.items)
    # Always the default one: tests that reach it only through module fixtures (the isolation matrix run alone)
    # declare no database, and the platforms would otherwise be copies of the development database.
    aliases = {*aliases, "default"}
    with django_db_blocker.unblock():
        migrated.copy_into_test_database(keep=django_db_keepdb and not django_db_createdb, rebuild=django_db_createdb)
        config = setup_databases(verbosity, interactive=False, aliases=aliases, serialized_aliases=serialized_aliases, keepdb=True)
        platforms.start({"main": provision("moj"), "sites": provision(*SITES)})
    yield
    with django_db_blocker.unblock():
        platforms.finish()
        if not django_db_keepdb:
            teardown_databases(config, verbosity)


@pytest.hookimpl(wrapper=True)
def pytest_fixture_setup(fixturedef, request):
    """Point the connection at the test's platform just before pytest-django opens the test's transaction."""
    if fixturedef.argname == "_django_db_helper":
        with request.getfixturevalue("django_db_blocker").unblock():
            platforms.use(platform_of(request.node))
    return (yield)


@pytest.fixture(scope="session", autouse=True)
def templates_unrecorded(django_test_environment):
    """Django's test setup records every template a response renders with a copy of its context (response.context):
    a twentieth of the suite's time, in the admin's hundreds of templates a page. Off, but for the tests that read
    response.context (the fixture below)."""
    Template._render = _TestState.saved_data.template_render


@pytest.fixture
def template_contexts():
    """response.context for this test: Django's recording of the rendered templates, as its own test setup has it."""
    Template._render = instrumented_test_render
    yield
    Template._render = _TestState.saved_data.template_render


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: counters and cached settings of one test never leak into the next (nor
    the pages a worker keeps in its own memory, home/page_cache/generation.py)."""
    cache.clear()
    workers_tier.forget()


@pytest.fixture(autouse=True)
def vietnamese_first():
    """Each test starts in the portal's language: a request of the test before (under /en/) leaves its language
    active in the thread, and a message built outside a request would otherwise come out in English."""
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(scope="session")
def common_sites(django_db_setup):
    """Names the common sites as the platform of a fixture built once per module or package on them
    (tests/platforms.py: built_once), and so of its tests."""


@pytest.fixture(scope="session")
def main_portal(django_db_setup):
    """Names the main portal alone as the platform of a fixture built once per module on it (as common_sites does)."""


@pytest.fixture
def main_site(db):
    return platforms.portal_site("moj")


@pytest.fixture
def thads_site(db):
    return platforms.portal_site("thads")


@pytest.fixture
def cntt_site(db):
    return platforms.portal_site("cntt")


@pytest.fixture(scope="session")
def demo_portal(django_db_setup, django_db_blocker):
    """The demo portal as `load_demo` makes it (its full size, links on port 8000), built once per session.
    Returns what the command printed."""
    return demo_platform("demo", django_db_blocker, port=8000)


@pytest.fixture(scope="session")
def public_demo(django_db_setup, django_db_blocker):
    """The demo portal as `load_demo` makes it where demo accounts are not allowed (production), with two articles a
    site: no accounts, no items in review — what anonymous readers meet. Built once per session; returns what the
    command printed."""
    with override_settings(DEMO_USERS_ALLOWED=False):
        return demo_platform("public", django_db_blocker, port=80, articles=2)


def demo_platform(platform: str, django_db_blocker, **options) -> str:
    output = io.StringIO()
    platforms.register(platform, lambda: call_command("load_demo", stdout=output, **options))
    with django_db_blocker.unblock():
        platforms.use(platform)
    return output.getvalue()


def pytest_terminal_summary(terminalreporter):
    """Print the size of the permission matrices: screens (tests/subsites/test_isolation_matrix.py), actions performed
    with POST (tests/subsites/test_action_matrix.py)."""
    from tests.subsites.action_world import ROLES
    from tests.subsites.test_action_matrix import ALL_ACTIONS, cells
    from tests.subsites.test_isolation_matrix import ACCOUNTS, GLOBAL_CASES, SITE_CASES, TARGETS

    terminalreporter.write_line(
        f"permission matrix: {len(SITE_CASES) + len(GLOBAL_CASES)} cases "
        f"({len(ACCOUNTS)} roles × {len(TARGETS)} sites/trees × actions, plus {len(GLOBAL_CASES)} site-independent)"
    )
    terminalreporter.write_line(
        f"action matrix (POST, database checked): {sum(len(cells(action)) for action in ALL_ACTIONS)} cells "
        f"({len(ALL_ACTIONS)} actions × {len(ROLES)} roles, site actions on the main portal and a component site)"
    )

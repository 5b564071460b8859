"""The browser harness: the demo portal served by a live server thread, driven in Debian's Chromium
by Playwright. A missing Chromium fails the run loudly: `make test` installs it."""

import os
import shutil

import pytest
from django.conf import settings
from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.core.management import call_command
from django.db import connection, connections
from django.test.testcases import LiveServerThread
from playwright.sync_api import expect

from tests import platforms
from tests.e2e.screens import DESKTOP, phone_of
from tests.e2e.signing_in import log_in

# Playwright's sync API keeps an event loop in this thread; Django's ORM refuses to run next to one.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
# The pages' own default timeout (below), not Playwright's 5 s: a busy machine is not a failed journey.
expect.set_options(timeout=15_000)

# The old headless shell first: the same Blink, without the full browser's windows and GPU process (the journeys take
# 58 core-seconds of Chromium instead of 104 in the full browser's headless mode); else the full browser.
CHROMIUMS = ("chromium-headless-shell", "chromium", "chromium-browser")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    # Every *.localhost name to this machine's loopback, where the live server listens.
    "--host-resolver-rules=MAP *.localhost 127.0.0.1, MAP localhost 127.0.0.1",
]


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix):
    """The journeys' own test database (test_moj_e2e): never the one the other tests use, even at the same time."""
    database = settings.DATABASES["default"]
    test = database.setdefault("TEST", {})
    test["NAME"] = f"{test.get('NAME') or 'test_' + database['NAME']}_e2e"


@pytest.fixture(scope="session")
def portal_server(django_db_setup, django_db_blocker):
    """The demo portal, committed to the journeys' own copy of their test database (tests/platforms.py), served
    on a free port: the live server's threads and the journeys' own queries read the same copy."""
    with django_db_blocker.unblock():
        thread = LiveServerThread("127.0.0.1", StaticFilesHandler)
        thread.daemon = True
        thread.start()
        thread.is_ready.wait()
        if thread.error:
            raise thread.error
        platforms.register(
            "journeys",
            lambda: call_command("load_demo", port=thread.port, articles=12, stdout=open(os.devnull, "w")),  # noqa: SIM115
        )
        platforms.use("journeys")
        # Never the development database: the journeys commit what they do.
        assert connection.settings_dict["NAME"].startswith("test_"), connection.settings_dict["NAME"]
        yield f"http://localhost:{thread.port}"
        thread.terminate()
        connections.close_all()


@pytest.fixture(scope="session")
def browser(portal_server):
    """Started after the test database exists: Playwright keeps an event loop in this thread."""
    from playwright.sync_api import sync_playwright

    executable = os.environ.get("CHROMIUM") or next(filter(None, map(shutil.which, CHROMIUMS)), None)
    if not executable:
        install = "sudo apt-get install -y chromium-headless-shell"
        pytest.fail(f"Chromium is not installed. Run `make test` (it installs it) or: {install}", pytrace=False)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def signed_in(browser, portal_server):
    """`signed_in(username)`: a desktop page of its own (its own cookies), signed in to the admin as `username`."""

    def page_of(username):
        page = browser.new_context(**DESKTOP).new_page()
        page.set_default_timeout(15_000)
        log_in(page, portal_server, username)
        return page

    return page_of


@pytest.fixture(scope="session")
def reader_pages(browser):
    """`reader_pages(**context_options)`: a page of its own to each test, as a reader's new visit: no cookies. Chromium
    starts a renderer for every new page (0.4 s of processor, more than most tests' own work), so a page a test
    leaves signed out serves the next test with the same options, its cookies cleared; a page that was signed in
    (the admin, its unsaved forms) is closed."""
    kept = {}

    def page_of(**options):
        key = repr(sorted(options.items()))
        page = kept.get(key)
        if page is None or page.is_closed() or _signed_in(page):
            if page is not None and not page.is_closed():
                page.context.close()
            page = kept[key] = browser.new_context(**options).new_page()
            page.set_default_timeout(15_000)
        page.context.clear_cookies()
        return page

    yield page_of
    for page in kept.values():
        if not page.is_closed():
            page.context.close()


def _signed_in(page) -> bool:
    return any(cookie["name"] == settings.SESSION_COOKIE_NAME for cookie in page.context.cookies())


@pytest.fixture
def page(reader_pages, portal_server):
    return reader_pages(**DESKTOP)


@pytest.fixture
def phone(reader_pages, portal_server):
    return reader_pages(**phone_of(320))

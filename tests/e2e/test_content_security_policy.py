"""The Content-Security-Policy in a real browser (R-OPS-5): the public pages and the search box's suggestions break
nothing it would block, and the admin's editor, choosers, uploads and preview run under the admin's policy (what the
strict policy would still block is only reported)."""

import re

import pytest
from django.db import connections
from playwright.sync_api import expect
from wagtail.models import Page

from documents.models import LegalDocumentPage
from news.models import ArticlePage
from tests.e2e.screens import DESKTOP
from tests.e2e.signing_in import log_in

# Every frame of every page records what its policy blocked (or, report-only, would have blocked).
LISTENER = """
window.__csp = [];
document.addEventListener("securitypolicyviolation", (event) => window.__csp.push({
    disposition: event.disposition, directive: event.effectiveDirective, blocked: event.blockedURI,
    source: event.sourceFile, line: event.lineNumber, sample: event.sample,
}));
"""


@pytest.fixture(scope="module")
def urls(portal_server, django_db_blocker):
    with django_db_blocker.unblock():
        article = ArticlePage.objects.live().public().filter(main_image__isnull=False).order_by("pk").first()
        legal = LegalDocumentPage.objects.live().filter(attachments__isnull=False).order_by("pk").first()
        thads_home = Page.objects.get(depth=2, slug="thads")
        urls = {"article": article.full_url, "legal": legal.full_url, "thads": thads_home.full_url, "article_id": article.pk}
        connections.close_all()
        return urls


@pytest.fixture
def watched(browser):
    context = browser.new_context(**DESKTOP)
    context.add_init_script(LISTENER)
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def violations(page) -> list[dict]:
    found = []
    for frame in page.frames:
        try:
            found += frame.evaluate("window.__csp || []")
        except Exception:  # noqa: BLE001 — a frame that went away has nothing to report
            continue
    return found


def test_public_pages_and_search_suggestions_run_under_the_strict_policy(watched, portal_server, urls):
    page = watched
    for url in (portal_server + "/", urls["article"], urls["legal"], urls["thads"]):
        page.goto(url)
        page.wait_for_load_state("networkidle")
        expect(page.locator("img").first).to_be_visible()
        assert violations(page) == [], url
    page.goto(portal_server + "/tim-kiem/")
    with page.expect_response(re.compile(r"/tim-kiem/goi-y/\?q=")):
        page.locator("main").get_by_label("Từ khoá").press_sequentially("luat dat", delay=20)
    expect(page.locator("#search-suggestions option").first).to_have_attribute("value", re.compile("đất đai", re.IGNORECASE))
    assert violations(page) == []


def test_the_admin_editor_choosers_uploads_and_preview_work_under_the_admin_policy(watched, portal_server, urls):
    page = watched
    log_in(page, portal_server, "chief")
    for path in ("/admin/", f"/admin/pages/{urls['article_id']}/edit/", "/admin/images/multiple/add/", "/admin/documents/multiple/add/"):
        page.goto(portal_server + path)
        page.wait_for_load_state("networkidle")
        if "/edit/" in path:
            # The image chooser (a modal loaded by script) and the preview panel (a frame of the page on the admin host).
            page.locator("button[aria-describedby='id_main_image-title']").click()
            page.locator("[data-chooser-action-choose]:visible").first.click()
            page.locator(".modal-content a[data-chooser-modal-choice]").first.click()
            expect(page.locator(".modal-content")).to_be_hidden()
            page.locator("[data-side-panel-toggle='preview']").click()
            expect(page.frame_locator("#w-preview-iframe").locator("h1")).to_be_visible(timeout=15_000)
            # What the strict policy would still block is reported, not blocked: Wagtail's inline widget scripts.
            assert any(v["disposition"] == "report" and v["directive"] == "script-src-elem" for v in violations(page))
        assert [v for v in violations(page) if v["disposition"] == "enforce"] == [], path

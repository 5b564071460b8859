"""What editors and citizens meet first (issue 18), measured in Chromium: the editor's live address of a Vietnamese
title, and public layouts by the boxes of their elements at 1280 and 375 px."""

import itertools
import os
import re

import pytest
from django.db import connections
from playwright.sync_api import expect
from wagtail.models import Site

from home.models import SectionPage
from tests.e2e.screens import phone_of
from tests.e2e.signing_in import log_in


def main_section() -> SectionPage:
    section = SectionPage.objects.child_of(Site.objects.get(is_default_site=True).root_page).first()
    connections.close_all()
    return section


def test_the_editor_s_live_address_transliterates_the_vietnamese_title(page, portal_server):
    log_in(page, portal_server, "chief")
    page.goto(f"{portal_server}/admin/pages/add/home/standardpage/{main_section().pk}/")
    page.locator("#id_title").press_sequentially("Cục THADS tập huấn kỹ năng số")
    expect(page.locator("#id_slug")).to_have_value("cuc-thads-tap-huan-ky-nang-so")
    # Typed with separate combining marks (NFD keyboards), and with đ/Đ.
    page.locator("#id_title").fill("Đề án Cu\u0309ng cô\u0301 pháp chế")
    page.locator("#id_title").blur()
    expect(page.locator("#id_slug")).to_have_value(re.compile("^de-an-cung-co-phap-che$"))


def save_screenshot(page, name):
    """Screenshots for the record, when SCREENSHOTS names a directory (make no difference to the verdict)."""
    directory = os.environ.get("SCREENSHOTS")
    if directory:
        page.screenshot(path=f"{directory}/{name}.png", full_page=True)


def boxes(page, selector):
    return page.locator(selector).evaluate_all(
        "els => els.map(e => { const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; })"
    )


def overlap(a, b) -> bool:
    return a[0] < b[2] - 1 and b[0] < a[2] - 1 and a[1] < b[3] - 1 and b[1] < a[3] - 1


def widest_descendant(page, selector):
    """For each element: how far right its widest descendant reaches, beyond its own right edge."""
    return page.locator(selector).evaluate_all(
        "els => els.map(e => Math.max(0, ...[...e.querySelectorAll('*')].map(d => d.getBoundingClientRect().right))"
        " - e.getBoundingClientRect().right)"
    )


@pytest.mark.parametrize("host", ["localhost", "thads.localhost"])
def test_the_footer_s_address_stays_in_its_column_at_1280px(page, portal_server, host):
    page.goto(portal_server.replace("localhost", host, 1) + "/")
    columns = boxes(page, ".site-footer__grid > *")
    assert len(columns) >= 2
    for first, second in itertools.combinations(columns, 2):
        assert not overlap(first, second), (first, second)
    assert all(beyond <= 1 for beyond in widest_descendant(page, ".site-footer__grid > *"))
    save_screenshot(page, f"footer-1280-{host}")


@pytest.fixture
def phone_375(reader_pages, portal_server):
    return reader_pages(**phone_of(375, 667))


PHONE_PATHS = [
    "/",
    "/tin-tuc-su-kien/",
    "/van-ban/",
    "/dich-vu-cong/",
    "/tim-kiem/?q=phap+luat",
    "/nhan-tin/",
    "/hoi-dap/",
    "/lay-y-kien/",
    "/khong-co/",
]


@pytest.mark.parametrize("path", PHONE_PATHS)
def test_a_375px_phone_never_scrolls_sideways(phone_375, portal_server, path):
    phone_375.goto(portal_server + path)
    assert phone_375.evaluate("document.documentElement.scrollWidth") <= 375


def test_a_320px_phone_never_scrolls_sideways_on_any_listing(phone, portal_server):
    wide = {}
    for path in PHONE_PATHS:
        phone.goto(portal_server + path)
        width = phone.evaluate("document.documentElement.scrollWidth")
        if width > 320:
            wide[path] = width
    assert not wide, f"wider than a 320 px phone: {wide}"


def test_on_a_phone_the_main_menu_folds_behind_one_button(phone_375, portal_server):
    phone_375.goto(portal_server + "/")
    button = phone_375.get_by_role("button", name="Danh mục")
    expect(button).to_be_visible()
    links = phone_375.locator("#main-nav-list a")
    expect(links.first).to_be_hidden()
    save_screenshot(phone_375, "menu-375-folded")
    button.click()
    expect(button).to_have_attribute("aria-expanded", "true")
    expect(links.first).to_be_visible()
    for left, _, right, _ in boxes(phone_375, "#main-nav-list a"):
        assert left >= 0 and right <= 375
    # No link's words are cut: each shows its whole text.
    assert phone_375.locator("#main-nav-list a").evaluate_all("els => els.every(e => e.scrollWidth <= e.clientWidth)")
    save_screenshot(phone_375, "menu-375-open")


def test_on_a_phone_documents_are_stacked_rows_with_their_validity_and_filters_are_folded(phone_375, portal_server):
    phone_375.goto(portal_server + "/van-ban/")
    expect(phone_375.locator("summary", has_text="Bộ lọc")).to_be_visible()
    expect(phone_375.locator("form.filters")).to_be_hidden()
    first_row = phone_375.locator(".documents-table tbody tr").first
    assert first_row.bounding_box()["y"] < 667  # the first document is on the first screen, not below six drop-downs
    for left, _, right, _ in boxes(phone_375, ".documents-table tbody td"):
        assert left >= 0 and right <= 375
    validity = first_row.locator("td").nth(3)
    expect(validity).to_be_visible()
    assert "Hiệu lực" in validity.evaluate("e => getComputedStyle(e, '::before').content")
    save_screenshot(phone_375, "documents-375")
    phone_375.locator("summary", has_text="Bộ lọc").click()
    expect(phone_375.locator("form.filters")).to_be_visible()


def test_on_a_wide_screen_the_document_filters_are_open_and_the_table_has_its_columns(page, portal_server):
    page.goto(portal_server + "/van-ban/")
    expect(page.locator("form.filters")).to_be_visible()
    expect(page.locator(".documents-table thead th").first).to_be_visible()
    save_screenshot(page, "documents-1280")


@pytest.mark.parametrize("path", ["/dich-vu-cong/", "/van-ban/"])
def test_on_a_wide_screen_the_filter_fields_and_button_line_up(page, portal_server, path):
    """The services' search field was 3 px taller than its selects and the button taller still: labels and tops
    stepped down across the row."""
    page.goto(f"{portal_server}{path}")
    boxes = page.eval_on_selector_all(
        ".filters input:not([type=hidden]), .filters select, .filters__actions button",
        "elements => elements.map(element => { const box = element.getBoundingClientRect(); return [box.top, box.height]; })",
    )
    assert len(boxes) >= 2
    tops_of_first_row = [top for top, _height in boxes if abs(top - boxes[0][0]) < 30]
    assert max(height for _top, height in boxes) - min(height for _top, height in boxes) <= 1, boxes
    assert max(tops_of_first_row) - min(tops_of_first_row) <= 1, boxes


def test_the_404_page_helps_a_lost_reader(page, portal_server):
    response = page.goto(portal_server + "/khong-co-trang-nay/")
    assert response.status == 404
    expect(page.locator("main").get_by_role("searchbox")).to_be_visible()
    expect(page.locator("main").get_by_role("link", name="Tin tức – Sự kiện")).to_be_visible()
    save_screenshot(page, "404-1280")


@pytest.fixture(params=[320, 375])
def narrow_phone(request, reader_pages, portal_server):
    return reader_pages(**phone_of(request.param, 667)), request.param


def fits(page, selector, width) -> None:
    """The element neither scrolls sideways inside itself nor reaches past the viewport, nor does the page."""
    element = page.locator(selector)
    expect(element).to_be_visible()
    assert element.evaluate("e => e.scrollWidth <= e.clientWidth"), selector
    for left, _, right, _ in boxes(page, f"{selector}, {selector} *"):
        assert left >= -1 and right <= width + 1, (selector, left, right)
    assert page.evaluate("document.documentElement.scrollWidth") <= width


def test_on_a_phone_the_document_filters_fold_behind_one_button_and_the_keyword_box_is_reachable(narrow_phone, portal_server):
    phone, width = narrow_phone
    phone.goto(portal_server + "/van-ban/")
    toggle = phone.locator("details.filters-toggle > summary")
    expect(toggle).to_have_count(1)
    expect(toggle).to_be_visible()
    for control in ("#id_tu_khoa", "#id_loai", "#id_co_quan", "#id_nam"):
        expect(phone.locator(control)).to_be_hidden()
    assert phone.locator(".documents-table tbody tr").first.bounding_box()["y"] < 667
    toggle.click()
    keyword = phone.get_by_label("Từ khoá")
    expect(keyword).to_be_visible()
    left, _, right, _ = boxes(phone, "#id_tu_khoa")[0]
    assert left >= 0 and right <= width
    keyword.fill("42/2022")
    keyword.press("Enter")
    expect(phone.locator(".documents-table tbody tr")).to_have_count(1)
    expect(phone.locator(".documents-table tbody")).to_contain_text("42/2022/NĐ-CP")
    # After a search the filters stay open with what was typed, still inside the screen.
    expect(phone.locator("#id_tu_khoa")).to_have_value("42/2022")
    assert phone.evaluate("document.documentElement.scrollWidth") <= width
    save_screenshot(phone, f"documents-keyword-{width}")


def test_on_a_phone_the_document_s_relations_fit_the_screen(narrow_phone, portal_server):
    phone, width = narrow_phone
    for path in ("/van-ban/nghi-dinh-42-2022-nd-cp/", "/van-ban/thong-tu-22-2023-tt-btttt/"):
        phone.goto(portal_server + path)
        expect(phone.locator(".document-relations a")).to_have_count(1)
        fits(phone, ".document-relations", width)
    save_screenshot(phone, f"document-relations-{width}")


def test_on_a_phone_the_unit_s_staff_directory_fits_the_screen(narrow_phone, portal_server):
    phone, width = narrow_phone
    phone.goto(portal_server + "/co-cau-to-chuc/cuc-thi-hanh-an-dan-su/")
    assert phone.locator(".staff-table tbody tr").count() >= 2
    fits(phone, ".staff-table", width)
    fits(phone, ".table-wrap", width)
    expect(phone.locator(".staff-table a[href^='mailto:']").first).to_be_visible()
    save_screenshot(phone, f"unit-staff-{width}")

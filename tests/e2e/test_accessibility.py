"""WCAG 2.1 A/AA with axe-core on the home page of every demo site, and a layout that holds at 320 px."""

import pytest
from axe_playwright_python.sync_playwright import Axe

WCAG_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}, "resultTypes": ["violations"]}
HOSTS = ["localhost", "thads.localhost", "cntt.localhost", "pbgdpl.localhost"]


def home_url(portal_server: str, host: str) -> str:
    return portal_server.replace("localhost", host, 1) + "/"


@pytest.mark.parametrize("host", HOSTS)
def test_home_page_has_no_wcag_violations(page, portal_server, host):
    page.goto(home_url(portal_server, host))
    results = Axe().run(page, options=WCAG_AA)
    assert results.violations_count == 0, results.generate_report()


def test_english_home_page_has_no_wcag_violations(page, portal_server):
    page.goto(portal_server + "/en/")
    results = Axe().run(page, options=WCAG_AA)
    assert results.violations_count == 0, results.generate_report()


@pytest.mark.parametrize("host", HOSTS)
def test_home_page_fits_a_320px_phone_without_sideways_scrolling(phone, portal_server, host):
    phone.goto(home_url(portal_server, host))
    assert phone.evaluate("document.documentElement.scrollWidth") <= 320
    assert phone.get_by_role("searchbox").is_visible()


CONTENT_PAGES = {
    "article": lambda base: base + first_link(base + "/tin-tuc-su-kien/", ".item-list .teaser__title a"),
    "section": lambda base: base + "/tin-tuc-su-kien/",
    "document": lambda base: base + "/van-ban/nghi-dinh-42-2022-nd-cp/",
    "filtered documents": lambda base: base + "/van-ban/?loai=nghi-dinh&nam=2022&hieu_luc=in-force",
    "services": lambda base: base + "/dich-vu-cong/?muc_do=full",
    "questions": lambda base: base + "/hoi-dap/",
    "unit": lambda base: base + "/co-cau-to-chuc/cuc-thi-hanh-an-dan-su/",
    "search results": lambda base: base + "/tim-kiem/?q=phap+luat+dat+dai",
    "filtered search results": lambda base: base + "/tim-kiem/?q=thi+hanh+an&loai=van-ban&pham_vi=thads&tu_ngay=2024-01-01",
    "English search results": lambda base: base + "/en/search/?q=ministry",
    "page not found": lambda base: base + "/khong-co-trang-nay/",
    "English page not found": lambda base: base + "/en/no-such-page/",
    "feeds": lambda base: base + "/nhan-tin/",
    "English feeds": lambda base: base + "/en/feeds/",
    "component site's feeds": lambda base: base.replace("localhost", "thads.localhost", 1) + "/nhan-tin/",
}


def first_link(url, selector):
    from urllib.request import urlopen

    from bs4 import BeautifulSoup

    with urlopen(url) as response:
        return BeautifulSoup(response.read(), "html.parser").select_one(selector)["href"]


@pytest.mark.parametrize("name", list(CONTENT_PAGES))
def test_content_page_has_no_wcag_violations(page, portal_server, name):
    page.goto(CONTENT_PAGES[name](portal_server))
    results = Axe().run(page, options=WCAG_AA)
    assert results.violations_count == 0, results.generate_report()

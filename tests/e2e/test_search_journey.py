"""A citizen searches on a phone (R-SRCH-1, R-SHARE-3): no diacritics typed, filtered to legal documents, and the
result opened on the host of the site that published it."""

import re

from playwright.sync_api import expect


def test_citizen_finds_a_land_law_document_of_a_component_site_from_a_phone(phone, portal_server):
    phone.goto(portal_server + "/")
    box = phone.locator("header").get_by_label("Tìm kiếm")
    box.fill("phap luat dat dai")
    box.press("Enter")

    expect(phone).to_have_url(re.compile(r"/tim-kiem/\?q=phap\+luat\+dat\+dai"))
    expect(phone.locator(".search-count")).to_contain_text("kết quả cho “phap luat dat dai”")
    expect(phone.locator(".search-result mark").first).to_be_visible()
    assert phone.evaluate("document.documentElement.scrollWidth") <= 320

    phone.get_by_text("Bộ lọc").click()
    expect(phone.get_by_label("Từ ngày")).to_be_visible()
    assert phone.evaluate("document.documentElement.scrollWidth") <= 320  # the open filters fit too
    phone.get_by_label("Loại nội dung").select_option(label="Văn bản")
    phone.get_by_role("button", name="Lọc", exact=True).click()

    expect(phone).to_have_url(re.compile(r"loai=van-ban"))
    results = phone.locator(".search-result")
    for kind in results.locator(".search-result__kind").all_inner_texts():
        assert kind == "Văn bản"
    document = results.filter(has_text="Cục Thi hành án dân sự").first
    expect(document).to_contain_text("pháp luật đất đai")
    document.get_by_role("link").click()

    expect(phone).to_have_url(re.compile(r"^http://thads\.localhost:\d+/van-ban/cong-van-1520-thads-nv/$"))
    expect(phone.get_by_role("heading", level=1)).to_contain_text("pháp luật đất đai")


def test_search_box_suggests_titles_as_the_citizen_types(page, portal_server):
    page.goto(portal_server + "/tim-kiem/")
    with page.expect_response(re.compile(r"/tim-kiem/goi-y/\?q=")):
        page.locator("main").get_by_label("Từ khoá").press_sequentially("luat dat", delay=20)
    expect(page.locator("#search-suggestions option").first).to_have_attribute("value", re.compile("Luật Đất đai|đất đai"))

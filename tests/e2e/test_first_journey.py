"""First journey of a citizen: main portal → section → article → a component site → back."""

import re

from playwright.sync_api import expect


def test_citizen_reads_news_then_visits_a_component_site_and_comes_back(page, portal_server):
    page.goto(portal_server + "/")
    expect(page).to_have_title(re.compile("Cổng thông tin điện tử Bộ Tư pháp"))

    page.get_by_role("navigation", name="Điều hướng chính").get_by_role("link", name="Tin tức – Sự kiện").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Tin tức – Sự kiện")

    first_article = page.locator(".item-list .teaser__title a").first
    title = first_article.inner_text()
    first_article.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    expect(page.locator(".article__attribution")).to_contain_text("Nguồn:")

    page.get_by_role("link", name="Cục Thi hành án dân sự").click()
    expect(page).to_have_url(re.compile(r"^http://thads\.localhost:\d+/$"))
    expect(page.locator(".identity__name")).to_have_text("Trang thông tin điện tử Cục Thi hành án dân sự")

    page.get_by_role("contentinfo").get_by_role("link", name="Bộ Tư pháp").click()
    expect(page).to_have_url(re.compile(r"^http://localhost:\d+/$"))
    expect(page.locator(".identity__name")).to_have_text("Cổng thông tin điện tử Bộ Tư pháp")


def test_keyboard_user_skips_to_the_main_content(page, portal_server):
    page.goto(portal_server + "/")
    page.keyboard.press("Tab")
    skip_link = page.get_by_role("link", name="Bỏ qua, đến nội dung chính")
    expect(skip_link).to_be_focused()
    expect(skip_link).to_be_in_viewport()
    page.keyboard.press("Enter")
    expect(page.locator("#main")).to_be_focused()


def test_english_edition_is_one_click_away(page, portal_server):
    page.goto(portal_server + "/")
    page.get_by_role("link", name="English").click()
    expect(page).to_have_url(re.compile(r"/en/$"))
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("link", name="Skip to main content")).to_be_attached()

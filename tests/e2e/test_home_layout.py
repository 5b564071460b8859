"""The Chief Editor rearranges the home page in the admin, without code, and the public home page follows (R-SITE-3)."""

import re

from playwright.sync_api import expect

from tests.e2e.test_site_isolation import log_in


def block_headings(page):
    return page.locator(".home-blocks .block--latest h2").all_inner_texts()


def test_chief_editor_moves_a_section_block_to_the_top_and_publishes(page, portal_server):
    page.goto(portal_server + "/")
    before = block_headings(page)
    assert before[:3] == ["Tin tức – Sự kiện", "Chỉ đạo – Điều hành", "Nghiên cứu – Trao đổi"]

    log_in(page, portal_server, "chief")
    page.goto(portal_server + "/admin/pages/")
    page.get_by_role("link", name="Bộ Tư pháp", exact=True).first.click()
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/edit/$"))

    research_block = (
        page.locator("section.w-panel").filter(has=page.locator("[data-panel-heading-text]", has_text="Nghiên cứu – Trao đổi")).last
    )
    for _ in range(2):
        research_block.locator("[data-streamfield-action='MOVE_UP']").first.click()
    page.locator("footer .dropdown-toggle, footer [data-w-dropdown-target='toggle']").first.click()
    page.get_by_role("button", name=re.compile("^(Xuất bản|Publish)$")).click()
    expect(page.locator(".messages")).to_contain_text(re.compile("xuất bản|published", re.IGNORECASE))

    page.goto(portal_server + "/")
    assert block_headings(page)[:3] == ["Nghiên cứu – Trao đổi", "Tin tức – Sự kiện", "Chỉ đạo – Điều hành"]

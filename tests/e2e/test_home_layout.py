"""The Chief Editor rearranges the home page in the admin, without code; once a Standing Board approver has approved
the change (the two steps apply to every edited item, R-FLOW-1), the public home page follows (R-SITE-3)."""

import re

from playwright.sync_api import expect

from tests.e2e.signing_in import log_in


def block_headings(page):
    return page.locator(".home-blocks .block--latest h2").all_inner_texts()


def test_chief_editor_moves_a_section_block_to_the_top_and_an_approver_publishes(page, portal_server, signed_in):
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
    page.get_by_role("button", name=re.compile("^Gửi duyệt$")).click()
    expect(page.locator(".messages")).to_contain_text("Bộ Tư pháp")
    page.goto(portal_server + "/")
    assert block_headings(page) == before  # not live until approved

    approver = signed_in("standing_approver")
    approver.goto(portal_server + "/admin/")
    row = approver.locator("tr").filter(has=approver.get_by_role("link", name="Bộ Tư pháp", exact=True))
    row.locator("[data-w-dropdown-target='toggle']").first.click()
    row.get_by_role("button", name="Duyệt và xuất bản", exact=True).click()
    expect(row).to_have_count(0)
    approver.context.close()

    page.goto(portal_server + "/")
    assert block_headings(page)[:3] == ["Nghiên cứu – Trao đổi", "Tin tức – Sự kiện", "Chỉ đạo – Điều hành"]

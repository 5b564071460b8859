"""A site's main menu changed with a second person, then restored, in Chromium (issue 18): the approver of THADS renames
the first item of "Menu chính", types a reason in the one field labelled "Lý do thay đổi" and saves — a proposal "chờ
duyệt" reading "Đổi tên:", nothing live yet; the Chief Editor approves it on the same screen, with a note, and readers
see the new title; the approver presses "Khôi phục như trước thay đổi này" under that change with a "Lý do khôi phục":
a restore *proposal* is sent ("Đã gửi đề xuất khôi phục", never "Đã cập nhật": inside the settings form the button used
to save the settings), readers' menu unchanged; the Chief Editor sends it back with a reason, which the approver finds
on their dashboard and the screen. With SCREENSHOTS naming a directory, the screens are shot there (JPEG), else nothing."""

import os

from django.db import connections
from playwright.sync_api import expect

from subsites.models import PortalSite, SettingsProposal

NEW_TITLE = "Tin hoạt động của Cục"
WHY = "Tên mục rõ hơn cho bạn đọc"
WHY_RESTORE = "Trả lại tên mục cũ theo ý kiến Lãnh đạo Cục"
WHY_NOT = "Chưa có ý kiến của Lãnh đạo Cục"
NOTE = "Đồng ý, tên rõ hơn"


def shot(page, name):
    """The window as the user sees it, when SCREENSHOTS names a directory."""
    if directory := os.environ.get("SCREENSHOTS"):
        page.screenshot(path=f"{directory}/{name}.jpg", type="jpeg", quality=70)


def told(page, text):
    """The admin's message, shown: Wagtail slides it in from transparent."""
    expect(page.locator(".messages")).to_contain_text(text)
    expect(page.locator(".messages > ul")).to_have_css("opacity", "1")


def test_a_menu_change_is_approved_then_its_restore_is_proposed_and_sent_back(browser, portal_server, signed_in):
    as_user = signed_in

    screen = f"{portal_server}/admin/settings/home/sitenavigation/{PortalSite.objects.get(slug='thads').site_id}/"
    public_menu = browser.new_context().new_page().locator("nav.main-nav")

    # The approver renames the first item and gives a reason: a proposal, read as a rename.
    approver = as_user("thads_approver")
    approver.goto(screen)
    expect(approver.get_by_role("heading", name="Đang hiển thị trên trang (như bạn đọc thấy)")).to_be_visible()
    title = approver.locator("[name='main_menu-0-value-title']")
    old_title = title.input_value()
    title.fill(NEW_TITLE)
    reason = approver.get_by_label("Lý do thay đổi")
    expect(reason).to_have_count(1)
    reason.fill(WHY)
    reason.scroll_into_view_if_needed()
    shot(approver, "menu-reason-once")
    approver.get_by_role("button", name="Lưu").click()
    told(approver, "Đã gửi đề xuất thay đổi")
    for text in (f"Đổi tên: {old_title} → {NEW_TITLE}", WHY):
        expect(approver.locator(".settings-proposal")).to_contain_text(text)
    approver.context.close()
    public_menu.page.goto(portal_server.replace("localhost", "thads.localhost", 1) + "/")
    expect(public_menu.get_by_role("link", name=old_title, exact=True)).to_be_visible()  # nothing live yet

    # The Chief Editor approves it from the screen: readers see the new title.
    chief = as_user("chief")
    chief.goto(screen)
    decision = chief.locator(".settings-proposal").filter(has_text=WHY)
    decision.get_by_label("Ghi chú khi duyệt (không bắt buộc)").fill(NOTE)
    decision.get_by_role("button", name="Duyệt và cho hiển thị").click()
    told(chief, "Đã duyệt")
    chief.context.close()
    public_menu.page.reload()
    expect(public_menu.get_by_role("link", name=NEW_TITLE)).to_be_visible()

    # The approver proposes the menu as it was before that change, from the history (which names the approver's note).
    approver = as_user("thads_approver")
    approver.goto(screen)
    change = approver.locator(".settings-history article").filter(has_text=WHY)
    for text in (f"Đổi tên: {old_title} → {NEW_TITLE}", f"Ghi chú khi duyệt: {NOTE}"):
        expect(change).to_contain_text(text)
    change.get_by_label("Lý do khôi phục").fill(WHY_RESTORE)
    change.get_by_role("button", name="Khôi phục như trước thay đổi này").scroll_into_view_if_needed()
    shot(approver, "menu-restore")
    change.get_by_role("button", name="Khôi phục như trước thay đổi này").click()
    told(approver, "Đã gửi đề xuất khôi phục")
    expect(approver.locator(".messages")).not_to_contain_text("Đã cập nhật")
    restore = approver.locator(".settings-proposal").filter(has_text="Khôi phục như trước thay đổi lúc")
    for text in ("chờ duyệt", WHY_RESTORE, f"Đổi tên: {NEW_TITLE} → {old_title}"):
        expect(restore).to_contain_text(text)
    shot(approver, "menu-restore-result")
    approver.context.close()
    restores = SettingsProposal.objects.filter(state=SettingsProposal.State.PENDING, reason__startswith="Khôi phục như trước")
    found = [(proposal.proposed_by.username, proposal.changed, proposal.reason.endswith(WHY_RESTORE)) for proposal in restores]
    assert found == [("thads_approver", ["main_menu"], True)]
    public_menu.page.reload()
    expect(public_menu.get_by_role("link", name=NEW_TITLE)).to_be_visible()
    expect(public_menu.get_by_role("link", name=old_title, exact=True)).to_have_count(0)

    # The Chief Editor sends the restore back with a reason; the approver finds it on their dashboard and the screen.
    chief = as_user("chief")
    chief.goto(screen)
    restore = chief.locator(".settings-proposal").filter(has_text="Khôi phục như trước thay đổi lúc")
    restore.get_by_label("Lý do trả lại").fill(WHY_NOT)
    restore.get_by_role("button", name="Trả lại").click()
    told(chief, "Đã trả lại đề xuất.")
    chief.context.close()
    approver = as_user("thads_approver")
    approver.goto(portal_server + "/admin/")
    expect(approver.get_by_role("heading", name="Đề xuất của bạn bị trả lại")).to_be_visible()
    expect(approver.locator(".settings-proposals-sent-back")).to_contain_text(WHY_NOT)
    shot(approver, "menu-sent-back-dashboard")
    approver.locator(".settings-proposals-sent-back").get_by_role("link").first.click()
    expect(approver.locator(".settings-sent-back")).to_contain_text(f"Lý do trả lại: {WHY_NOT}")
    approver.context.close()
    public_menu.page.context.close()
    connections.close_all()

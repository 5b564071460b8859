"""The form of Art 9 in Chromium and what the Standing Board does with it (R-IN-1, R-IN-2, R-IN-5): a person sends
news with the spam check solved by the browser; another, with JavaScript off, answers the question instead; the
Standing Board reads the sender, classifies the first to be published and lands in the pre-filled draft."""

import re

from django.db import connections
from playwright.sync_api import expect

from intake.models import Entry, State
from news.models import ArticlePage

TITLE = "Sở Tư pháp Hòa Bình tổ chức hội nghị tập huấn hộ tịch"


def fill_form(page, title: str):
    page.get_by_label("Tin tức, sự kiện").check()
    page.get_by_label("Tiêu đề").fill(title)
    page.get_by_label("Nội dung").fill("Sáng 28/11, Sở Tư pháp tổ chức hội nghị tập huấn.\nHội nghị có 120 đại biểu.")
    page.get_by_label("Cơ quan, tổ chức").fill("Sở Tư pháp tỉnh Hòa Bình")
    page.get_by_label("Họ và tên").fill("Đinh Văn Toàn")
    page.get_by_label("Số định danh cá nhân (căn cước)").fill("017085001122")
    page.get_by_label("Điện thoại").fill("0983 111 222")
    page.locator("#id_address").fill("Phường Phương Lâm, Hòa Bình")
    page.get_by_label("Thư điện tử").fill("toan.dv@hoabinh.gov.vn")
    page.get_by_label(re.compile("Tôi đồng ý")).check()


def test_a_person_sends_news_and_the_standing_board_makes_it_a_draft(portal_server, page, signed_in):
    page.goto(portal_server + "/gui-thong-tin/")
    expect(page.get_by_role("status").filter(has_text="Đã kiểm tra chống thư rác xong.")).to_be_visible()
    expect(page.locator(".spam-check__question")).to_be_hidden()
    fill_form(page, TITLE)
    page.get_by_role("button", name="Gửi thông tin").click()
    expect(page.get_by_role("heading", name="Đã tiếp nhận thông tin")).to_be_visible()
    entry = Entry.objects.get(title=TITLE)

    board = signed_in("standing_editor")
    board.goto(portal_server + "/admin/intake/")
    board.get_by_role("link", name=TITLE).click()
    expect(board.get_by_text("017085001122")).to_be_visible()  # the Standing Board reads the sender
    board.get_by_label("Đăng trên Cổng chính (tạo tin bài nháp)").check()
    board.get_by_label("Chuyên mục trên Cổng chính").select_option(index=1)
    board.get_by_role("button", name="Ghi quyết định").click()
    expect(board.locator("#id_title")).to_have_value(TITLE)
    entry.refresh_from_db()
    article = ArticlePage.objects.get(pk=entry.page_id)
    assert entry.state == State.PUBLISH and not article.live and article.source == "Sở Tư pháp tỉnh Hòa Bình"
    connections.close_all()
    board.context.close()


def test_without_javascript_the_question_is_there_and_answering_it_sends(browser, portal_server):
    page = browser.new_context(java_script_enabled=False, locale="vi-VN").new_page()
    page.goto(portal_server + "/gui-thong-tin/")
    question = page.locator(".spam-check__question label").inner_text()
    words = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]
    first, second = re.match(r"(\w+) cộng (\w+) bằng", question).groups()
    fill_form(page, "Tin gửi khi tắt JavaScript")
    page.get_by_label(question).fill(str(words.index(first.lower()) + words.index(second)))
    page.get_by_role("button", name="Gửi thông tin").click()
    expect(page.get_by_role("heading", name="Đã tiếp nhận thông tin")).to_be_visible()
    assert Entry.objects.filter(title="Tin gửi khi tắt JavaScript").exists()
    connections.close_all()
    page.context.close()

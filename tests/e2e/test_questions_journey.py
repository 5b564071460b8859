"""A citizen's legal question in Chromium, end to end (R-CONT-5, issue 14 "Done when"): on a 375 px phone the citizen
asks and gets a code; the question lands with the THADS focal point (field → unit, intake.FocalPoint), who asks for a
clarification; the citizen gives it through the code on the tracking page; the focal point answers and sends the Q&A
page to the workflow; a second person approves; the answer is live without personal data and the citizen is
e-mailed. The variants (refusals, reassignment, privacy) run over HTTP in tests/questions/. And axe-core on the form,
the tracking page and the listing."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core import mail
from django.db import connections
from playwright.sync_api import expect

from qa.models import QuestionPage
from questions.models import Question, State
from tests.e2e.screens import phone_of
from tests.e2e.test_accessibility import WCAG_AA

TITLE = "Thời hạn yêu cầu thi hành án khi bản án bị kháng nghị"
EMAIL = "thao.nt@example.vn"


@pytest.fixture
def citizen(browser, portal_server):
    context = browser.new_context(**phone_of(375, 740))
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def fits(page, width=375):
    assert page.evaluate("document.documentElement.scrollWidth") <= width


def test_a_citizen_asks_on_a_phone_and_the_answer_is_published_after_a_second_persons_approval(browser, portal_server, citizen, signed_in):
    mail.outbox.clear()
    # 1. The citizen asks on a phone.
    citizen.goto(portal_server + "/hoi-dap/gui-cau-hoi/")
    expect(citizen.get_by_role("status").filter(has_text="Đã kiểm tra chống thư rác xong.")).to_be_visible()
    fits(citizen)
    citizen.get_by_label("Lĩnh vực").select_option(label="Thi hành án dân sự")
    citizen.get_by_label("Tiêu đề câu hỏi").fill(TITLE)
    citizen.get_by_label("Nội dung câu hỏi").fill("Bản án của tôi bị kháng nghị giám đốc thẩm. Thời hạn yêu cầu thi hành án tính thế nào?")
    citizen.get_by_label("Họ và tên").fill("Nguyễn Thị Thảo")
    citizen.get_by_label("Thư điện tử").fill(EMAIL)
    citizen.get_by_label("Điện thoại").fill("0987 654 321")
    citizen.get_by_label("Tỉnh, thành phố").fill("Ninh Bình")
    citizen.get_by_label(re.compile("Tôi đồng ý")).check()
    citizen.get_by_role("button", name="Gửi câu hỏi").click()
    expect(citizen.get_by_role("heading", name="Đã nhận câu hỏi")).to_be_visible()
    code = citizen.locator(".tracking-code").inner_text()
    question = Question.objects.get(tracking_code=code)
    assert question.title == TITLE and question.unit.slug == "cuc-thi-hanh-an-dan-su" and question.state == State.ASSIGNED

    # 2. The THADS focal point finds it and asks for a clarification.
    focal = signed_in("focal_thads")
    focal.goto(portal_server + "/admin/questions/")
    focal.get_by_role("link", name=TITLE).click()
    expect(focal.get_by_text("Nguyễn Thị Thảo")).to_be_visible()  # the handling focal point reads the asker
    focal.locator("input[name=action][value=clarify]").check()
    focal.locator("textarea[name=note]").fill("Đề nghị bà cho biết ngày có quyết định kháng nghị.")
    focal.get_by_role("button", name="Ghi", exact=True).click()
    expect(focal.get_by_text("Chờ người hỏi làm rõ").first).to_be_visible()

    # 3. The citizen answers through the code on the tracking page.
    citizen.goto(portal_server + "/hoi-dap/tra-cuu/")
    citizen.get_by_label("Mã tra cứu").first.fill(code.lower())
    citizen.get_by_role("button", name="Tra cứu").click()
    expect(citizen.get_by_text("ngày có quyết định kháng nghị")).to_be_visible()
    fits(citizen)
    expect(citizen.get_by_role("status").filter(has_text="Đã kiểm tra chống thư rác xong.")).to_be_visible()
    citizen.get_by_label("Thư điện tử đã dùng khi gửi câu hỏi").fill(EMAIL)
    citizen.get_by_label("Nội dung làm rõ").fill("Quyết định kháng nghị ngày 12/5/2026.")
    citizen.get_by_role("button", name="Gửi nội dung làm rõ").click()
    expect(citizen.get_by_text("Đã gửi nội dung làm rõ.")).to_be_visible()

    # 4. The focal point answers and sends the Q&A page to the workflow.
    focal.reload()
    expect(focal.get_by_text("Quyết định kháng nghị ngày 12/5/2026.").first).to_be_visible()
    focal.locator("input[name=action][value=answer]").check()
    editor = focal.locator(".Draftail-Editor [contenteditable=true]")
    editor.click()
    editor.press_sequentially("Thời hạn yêu cầu thi hành án không tính thời gian hoãn, tạm đình chỉ thi hành án.")
    expect(focal.locator("input[name=answer]")).to_have_value(re.compile("tạm đình chỉ"))  # Draftail saves as you type
    focal.get_by_role("button", name="Ghi", exact=True).click()
    expect(focal.get_by_text("Đã ghi: Trả lời.")).to_be_visible()
    focal.get_by_role("button", name="Tạo trang hỏi đáp và gửi duyệt").click()
    expect(focal.get_by_text("và gửi duyệt.")).to_be_visible()
    focal.context.close()
    question.refresh_from_db()
    page = QuestionPage.objects.get(pk=question.page_id)
    assert question.state == State.ANSWERED and not page.live

    # 5. A second person approves: the answer is live, without the asker's personal data; the citizen is e-mailed.
    approver = signed_in("standing_approver")
    approver.goto(portal_server + "/admin/")
    row = approver.locator("tr").filter(has_text=TITLE)
    row.locator("[data-w-dropdown-target='toggle']").first.click()
    row.get_by_role("button", name=re.compile("^Duyệt và xuất bản$")).click()
    expect(row).to_have_count(0)
    approver.context.close()
    page.refresh_from_db()
    assert page.live
    citizen.goto(page.full_url)
    expect(citizen.get_by_role("heading", name=TITLE)).to_be_visible()
    expect(citizen.get_by_text("không tính thời gian hoãn")).to_be_visible()
    body = citizen.locator("main").inner_text()
    assert "N.T.T., Ninh Bình" in body
    for personal in ("Nguyễn Thị Thảo", EMAIL, "0987"):
        assert personal not in citizen.content()
    question.refresh_from_db()
    assert question.state == State.PUBLISHED
    told = [message for message in mail.outbox if message.to == [EMAIL] and "đã được trả lời" in message.subject]
    assert told and page.slug in told[0].body
    connections.close_all()


def axe_clean(page):
    results = Axe().run(page, options=WCAG_AA)
    assert results.violations_count == 0, results.generate_report()


@pytest.mark.parametrize(
    "path",
    [
        "/hoi-dap/gui-cau-hoi/",
        "/hoi-dap/tra-cuu/",
        "/hoi-dap/tra-cuu/?code=KHONGCO1",
        "/hoi-dap/",
        "/hoi-dap/?q=thi+hanh+an&linh_vuc=thi-hanh-an-dan-su&nam=1900",
    ],
)
def test_the_question_pages_have_no_wcag_violations(page, portal_server, path):
    page.goto(portal_server + path)
    axe_clean(page)


def test_the_form_with_errors_and_the_tracking_page_awaiting_a_clarification_have_no_wcag_violations(page, portal_server):
    page.goto(portal_server + "/hoi-dap/gui-cau-hoi/")
    page.get_by_role("button", name="Gửi câu hỏi").click()
    expect(page.get_by_role("alert").first).to_be_visible()
    axe_clean(page)
    code = Question.objects.filter(state=State.CLARIFICATION).values_list("tracking_code", flat=True).first()
    connections.close_all()
    page.goto(f"{portal_server}/hoi-dap/tra-cuu/?code={code}")
    expect(page.get_by_role("heading", name="Làm rõ câu hỏi")).to_be_visible()
    axe_clean(page)

"""A public consultation from comment to report (issue 15, "Done when"), all of it in Chromium, on the demo's draft
decree open for comment: a reader comments on Điều 5 khoản 2 and on the whole draft and confirms each e-mail by its
link (axe-core on the draft page and on its form); a moderator of the main portal publishes one comment and hides the
other with a reason, on the admin's screens; the period closes by the clock (consultations.periods.now fixed after the
closing time — the live server is a thread of this process, so the same function serves it); the drafting unit (the
Standing Board's editor) disposes every published comment on the disposition screen and sends the set with the revised
draft; a second person, an approver of the main portal, approves it in the browser, which publishes the report; the
reader downloads the DOCX report from the draft's page and, opened with python-docx, it lists each comment under its
article with its disposition; the page shows the dispositions (axe-core again); the reader gets the e-mail.

What the browser does is committed by the live server, so the demo's draft stays reported for the journeys that
follow in the same session (none of them uses it). The test itself only reads."""

import re
from datetime import timedelta

import docx
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from consultations import periods
from consultations.models import Comment, DraftPage
from demo.consultation_samples import sample_docx
from tests.e2e.test_accessibility import WCAG_AA

SLUG = "du-thao-nghi-dinh-tro-giup-phap-ly"
READER = "tran.minh@example.vn"
ON_CLAUSE = "Đề nghị bổ sung người khuyết tật có khó khăn về tài chính vào khoản 2."
ON_WHOLE = "Dự thảo nên có điều khoản chuyển tiếp cho các vụ việc đang thực hiện."
HIDDEN_BECAUSE = "Đã có góp ý cùng nội dung."
ACCEPTED = "Đã bổ sung người khuyết tật có khó khăn về tài chính tại khoản 2 Điều 5."
EXPLAINED = "Nội dung đã được quy định tại Luật Trợ giúp pháp lý."
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def no_violations(page):
    results = Axe().run(page, options=WCAG_AA)
    assert results.violations_count == 0, results.generate_report()


def send_comment(page, text, whole_draft=False):
    expect(page.get_by_role("status").filter(has_text="Đã kiểm tra chống thư rác xong.")).to_be_visible()
    if whole_draft:
        page.locator("#id_anchor").select_option("")
    page.locator("#id_text").fill(text)
    page.locator("#id_full_name").fill("Trần Văn Minh")
    page.locator("#id_email").fill(READER)
    page.locator("#id_show_name").check()
    page.locator("#id_consent").check()
    page.get_by_role("button", name="Gửi góp ý").click()
    expect(page.get_by_role("heading", name="Đã nhận góp ý")).to_be_visible()


def confirm_by_link(page, message):
    link = re.search(r"http://\S+/xac-nhan/\S+/", message.body).group(0)
    page.goto(link)
    page.get_by_role("button", name="Xác nhận thư điện tử").click()
    expect(page.get_by_role("status")).to_contain_text("Đã xác nhận thư điện tử.")


def moderate(page, base_url, text, action, reason=""):
    """From the list of comments waiting for moderation to the comment's screen and its form."""
    page.goto(base_url + "/admin/consultations/?state=received")
    page.get_by_role("link", name=text, exact=True).click()
    form = page.locator("form[action$='/kiem-duyet/']")
    form.get_by_label(action, exact=True).check()
    if reason:
        form.get_by_label("Lý do không đăng").fill(reason)
    form.get_by_role("button", name="Lưu").click()
    expect(page.locator(".messages")).to_contain_text("Đã cập nhật góp ý")


def dispose(page, comment, kind, explanation):
    section = page.locator(f"#y-kien-{comment.pk}")
    section.get_by_label(kind, exact=True).check()
    section.get_by_label("Giải trình, tiếp thu", exact=True).fill(explanation)
    section.get_by_role("button", name="Ghi giải trình, tiếp thu").click()
    expect(page.locator(".messages")).to_contain_text(f"Đã ghi giải trình, tiếp thu góp ý #{comment.pk}.")


def test_a_reader_comments_the_board_disposes_a_second_person_approves_and_the_reader_gets_the_report(
    browser, page, portal_server, mailoutbox, monkeypatch, tmp_path, signed_in
):
    draft = DraftPage.objects.get(slug=SLUG)
    page.goto(draft.full_url)
    expect(page.get_by_role("heading", level=1)).to_contain_text("Dự thảo Nghị định")
    no_violations(page)
    page.get_by_role("link", name="Góp ý Điều 5 khoản 2", exact=True).click()
    expect(page.locator("#id_anchor")).to_have_value("dieu-5-khoan-2")
    no_violations(page)
    send_comment(page, ON_CLAUSE)
    page.goto(draft.full_url + "gop-y/")
    send_comment(page, ON_WHOLE, whole_draft=True)
    confirmations = [message for message in mailoutbox if message.to == [READER]]
    assert len(confirmations) == 2
    for message in confirmations:
        confirm_by_link(page, message)
    on_clause, on_whole = Comment.objects.get(text=ON_CLAUSE), Comment.objects.get(text=ON_WHOLE)
    assert on_clause.is_confirmed and on_whole.is_confirmed and on_clause.anchor_label == "Điều 5 khoản 2"

    # A moderator of the main portal publishes one and hides the other, with the reason.
    moderator = signed_in("standing_editor")
    moderate(moderator, portal_server, ON_CLAUSE, "Đăng góp ý")
    moderate(moderator, portal_server, ON_WHOLE, "Không đăng (nêu lý do)", reason=HIDDEN_BECAUSE)
    on_whole.refresh_from_db()
    assert Comment.objects.get(pk=on_clause.pk).state == "published"
    assert (on_whole.state, on_whole.hidden_reason) == ("hidden", HIDDEN_BECAUSE)
    page.goto(draft.full_url)
    expect(page.locator(".draft-comments")).to_contain_text(ON_CLAUSE)
    expect(page.locator("body")).not_to_contain_text(ON_WHOLE)

    # Before closing the disposition screen says it must wait; then the period closes by the clock.
    screen = f"{portal_server}/admin/consultations/du-thao/{draft.pk}/"
    moderator.goto(screen)
    expect(moderator.locator(".help-warning")).to_contain_text("sau khi kết thúc thời hạn lấy ý kiến")
    expect(moderator.get_by_role("button", name="Ghi giải trình, tiếp thu")).to_have_count(0)
    monkeypatch.setattr(periods, "now", lambda: draft.closes_at + timedelta(minutes=1))
    page.goto(draft.full_url + "gop-y/")
    expect(page.locator("main")).to_contain_text("Đã hết thời hạn lấy ý kiến")

    # The drafting unit disposes every published comment, then sends the set with the revised draft.
    published = list(Comment.objects.filter(page=draft, state="published"))
    assert on_clause.pk in {comment.pk for comment in published} and len(published) == 3
    moderator.goto(screen)
    for comment in published:
        dispose(moderator, comment, *(("Tiếp thu", ACCEPTED) if comment.pk == on_clause.pk else ("Giải trình", EXPLAINED)))
    moderator.get_by_label("Dự thảo đã chỉnh lý (.docx)").set_input_files(
        files=[{"name": "du-thao-chinh-ly.docx", "mimeType": DOCX_TYPE, "buffer": sample_docx("nghi-dinh-tro-giup-phap-ly-lan-2")}]
    )
    moderator.get_by_role("button", name="Gửi duyệt").click()
    expect(moderator.locator(".messages")).to_contain_text("Đã gửi duyệt bản giải trình, tiếp thu.")
    expect(moderator.locator("main")).to_contain_text("không thể tự duyệt")  # the writer never approves
    expect(moderator.get_by_role("button", name="Ghi quyết định")).to_have_count(0)
    moderator.context.close()

    # A second person, an approver of the main portal, approves: the report is published with the revised draft.
    approver = signed_in("standing_approver")
    approver.goto(screen)
    approver.get_by_label("Duyệt và công bố báo cáo cùng dự thảo đã chỉnh lý", exact=True).check()
    approver.get_by_role("button", name="Ghi quyết định").click()
    expect(approver.locator(".messages")).to_contain_text("Đã duyệt và công bố báo cáo tiếp thu, giải trình")
    approver.context.close()
    draft = DraftPage.objects.get(pk=draft.pk)
    assert draft.state == "da-co-bao-cao" and draft.current_version().label == "Dự thảo sau tiếp thu, giải trình"

    # The reader finds the report on the draft's page, with each comment's disposition, and downloads the DOCX.
    page.goto(draft.full_url)
    expect(page.locator(".draft-state")).to_have_text("Đã có báo cáo tiếp thu, giải trình")
    page.get_by_role("link", name="Góp ý và giải trình, tiếp thu của cơ quan soạn thảo").click()
    expect(page).to_have_url(re.compile("#disposed-comments$"))
    dispositions = page.locator(".draft-dispositions")
    expect(dispositions.locator("li").filter(has_text=ON_CLAUSE)).to_contain_text(f"Tiếp thu {ACCEPTED}")
    expect(dispositions).not_to_contain_text(ON_WHOLE)
    expect(dispositions).not_to_contain_text(READER)
    no_violations(page)
    with page.expect_download() as download:
        page.get_by_role("link", name=re.compile(r"^Báo cáo tổng hợp, giải trình, tiếp thu ý kiến — .*[^)]$")).click()
    path = tmp_path / "bao-cao.docx"
    download.value.save_as(path)
    rows = [[cell.text for cell in row.cells] for row in docx.Document(path).tables[0].rows]
    headings = [row[0] for row in rows if len(set(row)) == 1]
    lines = {row[2]: (row[1], row[4]) for row in rows[1:] if len(set(row)) > 1}
    assert len(lines) == len(published) and ON_WHOLE not in lines
    assert lines[ON_CLAUSE] == ("Điều 5 khoản 2", f"Tiếp thu. {ACCEPTED}")
    clause_heading = next(heading for heading in headings if heading.startswith("Điều 5."))
    assert rows.index(next(row for row in rows if row[2] == ON_CLAUSE)) > rows.index([clause_heading] * 5)
    for comment in published:
        assert lines[comment.text][1].startswith(("Tiếp thu.", "Giải trình."))

    # The reader gets the e-mail with the link to the draft.
    reported = [message for message in mailoutbox if message.to == [READER] and "báo cáo" in message.subject]
    assert len(reported) == 1 and draft.full_url in reported[0].body

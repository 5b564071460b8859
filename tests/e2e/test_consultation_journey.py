"""A public consultation from comment to report (issue 15, "Done when"). The reader's part runs in Chromium on the
demo's draft decree open for comment (axe-core on the draft page and on its form): a comment on Điều 5 khoản 2 and one
on the whole draft, each e-mail confirmed by opening its link. The rest runs in the same test over Django's test client
(the admin's moderation and disposition screens, POST as their forms send them), which is quicker on a loaded machine
and leaves the demo as it was (the test's transaction is rolled back; only the reader's two comments stay): a moderator
publishes one comment and hides the other; the period closes by the clock (consultations.periods.now fixed after the
closing time — the live server is a thread of this process, so the same function serves both); the drafting unit
disposes every published comment and sends the set with the revised draft; a second person approves it, which
publishes the report; the DOCX report, opened with python-docx, lists each comment under its article with its
disposition; the reader gets the e-mail with the link."""

import io
import re
from datetime import timedelta
from urllib.parse import urlsplit

import docx
from axe_playwright_python.sync_playwright import Axe
from django.contrib.auth import get_user_model
from django.test import Client
from playwright.sync_api import expect

from consultations import periods
from consultations.models import Comment, DossierFile, DraftPage
from demo.consultation_samples import sample_docx
from tests.e2e.test_accessibility import WCAG_AA

SLUG = "du-thao-nghi-dinh-tro-giup-phap-ly"
READER = "tran.minh@example.vn"
ON_CLAUSE = "Đề nghị bổ sung người khuyết tật có khó khăn về tài chính vào khoản 2."
ON_WHOLE = "Dự thảo nên có điều khoản chuyển tiếp cho các vụ việc đang thực hiện."


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


def signed_in(username):
    client = Client()
    client.force_login(get_user_model().objects.get(username=username))
    return client


def test_a_reader_comments_the_board_disposes_a_second_person_approves_and_the_reader_gets_the_report(
    page, portal_server, mailoutbox, monkeypatch, django_capture_on_commit_callbacks
):
    draft = DraftPage.objects.get(slug=SLUG)
    path = urlsplit(draft.full_url).path
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

    # Over the test client from here (see the docstring). A moderator of the main portal publishes one, hides one.
    moderator = signed_in("standing_editor")
    moderator.post(f"/admin/consultations/{on_clause.pk}/kiem-duyet/", {"action": "publish"})
    moderator.post(f"/admin/consultations/{on_whole.pk}/kiem-duyet/", {"action": "hide", "reason": "Đã có góp ý cùng nội dung."})
    assert dict(Comment.objects.filter(pk__in=[on_clause.pk, on_whole.pk]).values_list("pk", "state")) == {
        on_clause.pk: "published",
        on_whole.pk: "hidden",
    }
    assert ON_CLAUSE in Client().get(path, HTTP_HOST="localhost").text

    # Disposing before closing is refused; then the period closes by the clock.
    prefix = f"y-kien-{on_clause.pk}"
    early = moderator.post(f"/admin/consultations/{on_clause.pk}/giai-trinh/", {f"{prefix}-kind": "tiep-thu", f"{prefix}-explanation": "x"})
    assert early.status_code == 400
    monkeypatch.setattr(periods, "now", lambda: draft.closes_at + timedelta(minutes=1))
    assert "Đã hết thời hạn lấy ý kiến" in Client().get(path + "gop-y/", HTTP_HOST="localhost").text

    # The drafting unit (the Standing Board's editor) disposes every published comment, then sends the set.
    published = list(Comment.objects.filter(page=draft, state="published"))
    kinds = {on_clause.pk: ("tiep-thu", "Đã bổ sung người khuyết tật có khó khăn về tài chính tại khoản 2 Điều 5.")}
    for comment in published:
        kind, explanation = kinds.get(comment.pk, ("giai-trinh", "Nội dung đã được quy định tại Luật Trợ giúp pháp lý."))
        prefix = f"y-kien-{comment.pk}"
        values = {f"{prefix}-kind": kind, f"{prefix}-explanation": explanation, f"{prefix}-summary": ""}
        assert moderator.post(f"/admin/consultations/{comment.pk}/giai-trinh/", values).status_code == 302
    screen = f"/admin/consultations/du-thao/{draft.pk}/"
    revised = io.BytesIO(sample_docx("nghi-dinh-tro-giup-phap-ly-lan-2"))
    revised.name = "du-thao-chinh-ly.docx"
    sent = moderator.post(screen + "gui-duyet/", {"revised_label": "Dự thảo sau tiếp thu, giải trình", "revised_docx": revised})
    assert sent.status_code == 302
    # The writer (an editor) cannot approve; a second person, an approver of the main portal, does.
    assert moderator.post(screen + "duyet/", {"decision": "approve"}).status_code == 404
    with django_capture_on_commit_callbacks(execute=True):  # the test's transaction never commits: the e-mails wait for it
        assert signed_in("standing_approver").post(screen + "duyet/", {"decision": "approve"}).status_code == 302

    draft = DraftPage.objects.get(pk=draft.pk)
    assert draft.state == "da-co-bao-cao" and draft.current_version().label == "Dự thảo sau tiếp thu, giải trình"
    report_file = draft.dossier.get(kind=DossierFile.Kind.SUMMARY, document__file__endswith=".docx").document
    rows = [[cell.text for cell in row.cells] for row in docx.Document(report_file.file.path).tables[0].rows]
    headings = [row[0] for row in rows if len(set(row)) == 1]
    lines = {row[2]: (row[1], row[4]) for row in rows[1:] if len(set(row)) > 1}
    assert len(lines) == len(published) and ON_WHOLE not in lines
    assert lines[ON_CLAUSE] == ("Điều 5 khoản 2", "Tiếp thu. Đã bổ sung người khuyết tật có khó khăn về tài chính tại khoản 2 Điều 5.")
    clause_heading = next(heading for heading in headings if heading.startswith("Điều 5."))
    assert rows.index(next(row for row in rows if row[2] == ON_CLAUSE)) > rows.index([clause_heading] * 5)
    for comment in published:
        assert lines[comment.text][1].startswith(("Tiếp thu.", "Giải trình."))

    # The reader gets the e-mail with the link to the draft, whose page now shows the report.
    reported = [message for message in mailoutbox if message.to == [READER] and "báo cáo" in message.subject]
    assert len(reported) == 1 and draft.full_url in reported[0].body
    public = Client().get(path, HTTP_HOST="localhost").text
    assert "Đã có báo cáo tiếp thu, giải trình" in public and report_file.title in public

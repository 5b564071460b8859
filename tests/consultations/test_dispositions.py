"""Disposing of comments after closing and approving the set (issue 15, item 4): refused before closing; the screen
groups the published comments by article in the draft's order; "gửi duyệt" needs every published comment disposed and
a readable revised draft; the one who wrote the dispositions or sent them can never approve them, a second person
approves (the report is then published) or sends them back with a reason; every action in the audit log."""

import re

import pytest
from wagtail.models import ModelLogEntry, PageLogEntry

from consultations import disposing
from consultations.dispositions import Disposition, DispositionReview
from consultations.models import ConsultationIndexPage, DraftPage
from tests.consultations.conftest import make_draft
from tests.consultations.disposition_helpers import comment_on, decide, dispose, revised_upload, submit


def test_disposing_before_closing_is_refused(client, open_draft, team):
    comment = comment_on(open_draft, "dieu-5-khoan-2", "Góp ý khi còn đang lấy ý kiến.")
    client.force_login(team["standing_editor"])
    response = dispose(client, comment)
    assert response.status_code == 400
    assert "Chỉ tiếp thu, giải trình góp ý sau khi kết thúc thời hạn lấy ý kiến." in response.text
    assert not Disposition.objects.exists()


def test_the_period_closing_by_the_clock_opens_disposing(client, open_draft, team, clock):
    comment = comment_on(open_draft, "dieu-5-khoan-2", "Góp ý trước khi hết hạn.")
    clock(open_draft.closes_at)
    client.force_login(team["standing_editor"])
    assert dispose(client, comment).status_code == 302
    assert Disposition.objects.get(comment=comment).kind == "tiep-thu"


def test_the_screen_groups_comments_by_article_in_the_drafts_order(client, closed_draft, team):
    comment_on(closed_draft, "dieu-18", "Về thù lao cộng tác viên.")
    comment_on(closed_draft, "dieu-5-khoan-2", "Về người được trợ giúp.")
    comment_on(closed_draft, "", "Góp ý chung cho cả dự thảo.")
    comment_on(closed_draft, "dieu-5", "Về cả Điều 5.")
    comment_on(closed_draft, "dieu-7", "Chưa được đăng.", publish=False)
    client.force_login(team["standing_editor"])
    page = client.get(f"/admin/consultations/du-thao/{closed_draft.pk}/").text
    headings = re.findall(r"<h2>([^<]+)</h2>", page)
    assert headings[:3] == ["Góp ý chung cho cả dự thảo", headings[1], headings[2]]
    assert headings[1].startswith("Điều 5.") and headings[2].startswith("Điều 18.")
    assert page.index("Về người được trợ giúp.") < page.index("Về thù lao cộng tác viên.")
    assert "Chưa được đăng." not in page


def test_a_second_person_approves_and_the_writer_never_does(client, closed_draft, team, mailoutbox, django_capture_on_commit_callbacks):
    first = comment_on(closed_draft, "dieu-5-khoan-2", "Đề nghị bổ sung người khuyết tật.")
    second = comment_on(closed_draft, "", "Đề nghị rút gọn thủ tục.", email="nam.vv@example.vn")
    client.force_login(team["standing_approver"])
    assert dispose(client, first).status_code == 302
    response = submit(client, closed_draft)
    assert response.status_code == 400 and "Còn 1 góp ý đã đăng chưa được giải trình, tiếp thu." in response.text
    assert dispose(client, second, kind="giai-trinh", explanation="Thủ tục đã được quy định tại Luật.").status_code == 302
    assert submit(client, closed_draft).status_code == 302
    assert DispositionReview.objects.get(page=closed_draft).state == "submitted"
    # Changing a disposition while it waits for approval is refused.
    assert dispose(client, first, kind="khong-tiep-thu").status_code == 400
    # The writer, an approver of the site, may not approve their own set.
    response = decide(client, closed_draft)
    assert response.status_code == 400 and "không thể tự duyệt" in response.text
    assert DraftPage.objects.get(pk=closed_draft.pk).report_published_at is None
    # Another site's approver does not even find it.
    client.force_login(team["thads_approver"])
    assert decide(client, closed_draft).status_code == 404
    client.force_login(team["chief"])
    with django_capture_on_commit_callbacks(execute=True):
        assert decide(client, closed_draft).status_code == 302
    draft = DraftPage.objects.get(pk=closed_draft.pk)
    assert draft.state == "da-co-bao-cao" and draft.live and not draft.has_unpublished_changes
    assert [file.document.filename.rsplit(".", 1)[1] for file in draft.dossier.filter(kind="bao-cao-tong-hop")] == ["docx", "xlsx"]
    assert draft.current_version().label == "Dự thảo sau tiếp thu, giải trình" and draft.versions.count() == 3
    assert sorted(message.to[0] for message in mailoutbox if "báo cáo" in message.subject) == ["hoa.lt@example.vn", "nam.vv@example.vn"]
    actions = set(PageLogEntry.objects.filter(page=closed_draft).values_list("action", flat=True))
    assert {disposing.SUBMITTED, disposing.APPROVED, "wagtail.publish"} <= actions
    assert ModelLogEntry.objects.filter(action=disposing.DISPOSED).count() == 2


def test_sending_back_needs_a_reason_and_opens_the_set_again(client, closed_draft, team):
    comment = comment_on(closed_draft, "dieu-5-khoan-2", "Góp ý.")
    client.force_login(team["standing_editor"])
    dispose(client, comment)
    submit(client, closed_draft)
    client.force_login(team["standing_approver"])
    response = decide(client, closed_draft, "return", "")
    assert response.status_code == 400 and "Hãy nêu lý do trả lại." in response.text
    assert decide(client, closed_draft, "return", "Giải trình chưa rõ căn cứ.").status_code == 302
    review = DispositionReview.objects.get(page=closed_draft)
    assert review.state == "returned" and review.return_reason == "Giải trình chưa rõ căn cứ."
    entry = PageLogEntry.objects.get(action=disposing.RETURNED)
    assert entry.data["reason"] == "Giải trình chưa rõ căn cứ." and entry.user == team["standing_approver"]
    client.force_login(team["standing_editor"])
    assert dispose(client, comment, explanation="Đã bổ sung căn cứ.").status_code == 302
    # Whoever touched the set since — the editor — may not approve it; the approver who sent it back still may.
    submit(client, closed_draft)
    client.force_login(team["standing_approver"])
    assert decide(client, closed_draft).status_code == 302


def test_a_revised_draft_that_is_not_a_docx_is_refused_beside_the_field(client, closed_draft, team):
    comment = comment_on(closed_draft, "dieu-5-khoan-2", "Góp ý.")
    client.force_login(team["standing_editor"])
    dispose(client, comment)
    response = submit(client, closed_draft, revised_upload("ban.docx", b"not a word file"))
    assert response.status_code == 400 and "không phải là tài liệu Word .docx hợp lệ" in response.text
    response = submit(client, closed_draft, revised_upload("ban.pdf", b"%PDF-1.4"))
    assert response.status_code == 400 and "Hãy chọn tệp Word .docx" in response.text
    assert DispositionReview.objects.get(page=closed_draft).state == "drafting"


def test_a_draft_page_with_unpublished_changes_is_not_published_with_the_report(client, closed_draft, team):
    comment = comment_on(closed_draft, "dieu-5-khoan-2", "Góp ý.")
    client.force_login(team["standing_editor"])
    dispose(client, comment)
    submit(client, closed_draft)
    draft = DraftPage.objects.get(pk=closed_draft.pk)
    draft.title = "Tiêu đề chưa ai duyệt"
    draft.save_revision(user=team["standing_editor"])
    client.force_login(team["chief"])
    response = decide(client, closed_draft)
    assert response.status_code == 400 and "thay đổi chưa xuất bản" in response.text
    assert DraftPage.objects.get(pk=closed_draft.pk).report_published_at is None


@pytest.mark.parametrize("username", ["thads_approver", "board_member"])
def test_other_people_neither_see_nor_dispose(client, closed_draft, team, username):
    comment = comment_on(closed_draft, "dieu-5-khoan-2", "Góp ý.")
    client.force_login(team[username])
    assert client.get(f"/admin/consultations/du-thao/{closed_draft.pk}/").status_code in (302, 403, 404)
    assert dispose(client, comment).status_code in (302, 403, 404)
    assert not Disposition.objects.exists()


def test_a_thads_draft_is_disposed_by_thads(client, thads_site, team):
    index = thads_site.site.root_page.add_child(instance=ConsultationIndexPage(title="Lấy ý kiến dự thảo", slug="lay-y-kien"))
    draft = make_draft(index, opens=-70, days=60)
    comment = comment_on(draft, "dieu-5", "Góp ý cho thi hành án.")
    client.force_login(team["standing_editor"])
    assert dispose(client, comment).status_code == 404
    client.force_login(team["thads_approver"])
    assert dispose(client, comment).status_code == 302

"""Moderating comments (issue 15): each site's team sees and moderates only its own site's drafts' comments (the
Chief Editor every site's); publish (only once the e-mail is confirmed), hide with a reason, mark a duplicate — each
an audit log entry; every showing of a commenter's personal data and every attachment download logged."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from wagtail.models import ModelLogEntry

from accounts import roles
from accounts.factories import UserFactory
from consultations import commenting
from consultations.models import Comment, ConsultationIndexPage
from defence.personal_data import VIEWED
from tests.consultations.conftest import comment_fields, make_draft
from tests.intake.conftest import MINIMAL_PDF


@pytest.fixture
def drafts(consultation_index, thads_site):
    thads_index = thads_site.site.root_page.add_child(instance=ConsultationIndexPage(title="Lấy ý kiến dự thảo", slug="lay-y-kien"))
    return {"moj": make_draft(consultation_index), "thads": make_draft(thads_index, title="Dự thảo Thông tư về thi hành án")}


def receive(draft, confirmed=True, **changes):
    fields = comment_fields(**changes) | {"consent": True, "show_name": True}
    comment = commenting.receive(draft, draft.current_version(), fields)
    if confirmed:
        Comment.objects.filter(pk=comment.pk).update(email_confirmed_at=timezone.now())
        comment.refresh_from_db()
    return comment


@pytest.fixture
def people(main_site, thads_site):
    return {
        "standing_approver": UserFactory(username="standing_approver", groups=[main_site.approvers_group]),
        "thads_editor": UserFactory(username="thads_editor", groups=[thads_site.editors_group]),
        "chief": UserFactory(username="chief", groups=[roles.CHIEF_EDITOR]),
        "focal": UserFactory(username="focal_thads", groups=[roles.FOCAL_POINTS]),
    }


def test_each_team_lists_and_opens_only_its_own_sites_comments(client, drafts, people):
    ours, theirs = receive(drafts["thads"], text="Góp ý cho thông tư thi hành án."), receive(drafts["moj"], text="Góp ý cho nghị định.")
    client.force_login(people["thads_editor"])
    listing = client.get("/admin/consultations/").text
    assert "Góp ý cho thông tư thi hành án." in listing and "Góp ý cho nghị định." not in listing
    assert client.get(f"/admin/consultations/{ours.pk}/").status_code == 200
    assert client.get(f"/admin/consultations/{theirs.pk}/").status_code == 404
    client.force_login(people["chief"])
    listing = client.get("/admin/consultations/").text
    assert "Góp ý cho thông tư thi hành án." in listing and "Góp ý cho nghị định." in listing
    client.force_login(people["focal"])
    assert client.get("/admin/consultations/").status_code in (302, 403)


def test_opening_a_comment_is_logged_as_a_showing_of_personal_data(client, drafts, people):
    comment = receive(drafts["moj"])
    client.force_login(people["standing_approver"])
    page = client.get(f"/admin/consultations/{comment.pk}/").text
    assert "Lê Thị Hoa" in page and "hoa.lt@example.vn" in page
    entry = ModelLogEntry.objects.get(action=VIEWED, object_id=str(comment.pk))
    assert entry.user == people["standing_approver"]


def test_publish_hide_and_duplicate_each_land_in_the_audit_log(client, drafts, people):
    first, second, third = (receive(drafts["moj"], text=f"Góp ý số {number}.") for number in (1, 2, 3))
    client.force_login(people["standing_approver"])
    url = "/admin/consultations/{}/kiem-duyet/"
    assert client.post(url.format(first.pk), {"action": "publish"}).status_code == 302
    response = client.post(url.format(second.pk), {"action": "hide", "reason": ""})
    assert response.status_code == 400 and "Hãy nêu lý do không đăng." in response.text
    client.post(url.format(second.pk), {"action": "hide", "reason": "Lời lẽ xúc phạm."})
    client.post(url.format(third.pk), {"action": "duplicate", "duplicate_of": first.pk})
    states = dict(Comment.objects.values_list("pk", "state"))
    assert (states[first.pk], states[second.pk], states[third.pk]) == ("published", "hidden", "duplicate")
    entries = {entry.action: entry for entry in ModelLogEntry.objects.filter(action__startswith="moj.consultation_comment")}
    assert entries["moj.consultation_comment_hide"].data["reason"] == "Lời lẽ xúc phạm."
    assert entries["moj.consultation_comment_duplicate"].data["duplicate_of"] == first.pk
    assert entries["moj.consultation_comment_publish"].user == people["standing_approver"]
    # The public page shows the published one only.
    page = client.get(drafts["moj"].url).text
    assert "Góp ý số 1." in page and "Góp ý số 2." not in page and "Góp ý số 3." not in page


def test_an_unconfirmed_comment_is_not_published(client, drafts, people):
    comment = receive(drafts["moj"], confirmed=False)
    client.force_login(people["standing_approver"])
    response = client.post(f"/admin/consultations/{comment.pk}/kiem-duyet/", {"action": "publish"})
    assert response.status_code == 400 and "chưa xác nhận thư điện tử" in response.text
    assert Comment.objects.get(pk=comment.pk).state == "received"


def test_the_attachment_is_downloaded_by_moderators_only_and_logged(client, drafts, people):
    upload = SimpleUploadedFile("y-kien.pdf", MINIMAL_PDF, content_type="application/pdf")
    comment = receive(drafts["moj"], attachment=upload)
    client.force_login(people["thads_editor"])
    assert client.get(f"/admin/consultations/{comment.pk}/tep/").status_code == 404
    client.force_login(people["standing_approver"])
    response = client.get(f"/admin/consultations/{comment.pk}/tep/")
    assert response.status_code == 200 and b"".join(response.streaming_content).startswith(b"%PDF")
    assert ModelLogEntry.objects.filter(action=VIEWED, object_id=str(comment.pk), data__fields="attachment").exists()

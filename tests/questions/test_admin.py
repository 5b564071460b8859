"""Handling citizens' questions in the admin (R-CONT-5, R-IN-2): who sees which question, who reads the asker's
personal data (each showing logged), and each action POSTed as each role with the database checked; publishing
through the site's two-step workflow without the asker's personal data."""

import json

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from wagtail.models import ModelLogEntry

from accounts import roles
from accounts.factories import UserFactory
from defence.personal_data import VIEWED
from qa.models import QuestionPage
from questions import handling
from questions.models import Event, Question, Route, State
from tests.questions.conftest import ask, question_fields


def contentstate(text: str) -> str:
    """What the Draftail editor posts for one paragraph."""
    block = {"key": "a1b2c", "type": "unstyled", "depth": 0, "text": text, "inlineStyleRanges": [], "entityRanges": [], "data": {}}
    return json.dumps({"blocks": [block], "entityMap": {}})


@pytest.fixture
def people(main_site, thads_site, routing):
    return {
        "focal": routing["focal"],
        "other_focal": routing["other_focal"],
        "standing_editor": UserFactory(username="standing_editor", groups=[main_site.editors_group]),
        "standing_approver": UserFactory(username="standing_approver", groups=[main_site.approvers_group]),
        "chief": UserFactory(username="chief", groups=[roles.CHIEF_EDITOR]),
        "thads_editor": UserFactory(username="thads_editor", groups=[thads_site.editors_group]),
    }


@pytest.fixture
def question(client, qa_index, routing):
    ask(client, question_fields(subject_area=routing["enforcement"].pk))
    mail.outbox.clear()
    return Question.objects.get()


def post_action(client, user, question, **data):
    client.force_login(user)
    return client.post(f"/admin/questions/{question.pk}/xu-ly/", data)


def test_a_focal_point_sees_only_their_units_questions(client, question, people):
    client.force_login(people["focal"])
    assert question.tracking_code in client.get("/admin/questions/").text
    client.force_login(people["other_focal"])
    assert question.tracking_code not in client.get("/admin/questions/").text
    assert client.get(f"/admin/questions/{question.pk}/").status_code == 404
    client.force_login(people["thads_editor"])
    assert client.get("/admin/questions/").status_code in (302, 403)


@pytest.mark.parametrize("role", ["focal", "standing_editor", "chief"])
def test_the_handlers_read_the_askers_personal_data_and_each_reading_is_logged(client, question, people, role):
    client.force_login(people[role])
    page = client.get(f"/admin/questions/{question.pk}/").text
    assert "Trần Văn Bình" in page and "binh.tv@example.vn" in page
    assert ModelLogEntry.objects.filter(action=VIEWED, user=people[role], object_id=str(question.pk)).count() == 1


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        ("focal", True),
        ("standing_editor", True),
        ("standing_approver", True),
        ("chief", True),
        ("other_focal", False),
        ("thads_editor", False),
    ],
)
def test_asking_for_clarification_as_each_role(client, question, people, role, allowed):
    response = post_action(client, people[role], question, action="clarify", note="Bản án của Toà án nào?")
    question.refresh_from_db()
    assert (question.state == State.CLARIFICATION) is allowed
    if allowed:
        assert response.status_code == 302
        assert "Bản án của Toà án nào?" in mail.outbox[-1].body and mail.outbox[-1].to == ["binh.tv@example.vn"]
    else:
        assert response.status_code in (302, 403, 404) and not mail.outbox


def test_an_action_without_what_it_needs_keeps_the_form_with_a_message(client, question, people):
    response = post_action(client, people["focal"], question, action="not_competent", competent_body="")
    assert response.status_code == 400 and "Ghi tên cơ quan có thẩm quyền" in response.text
    question.refresh_from_db()
    assert question.state == State.ASSIGNED


def test_reassigning_moves_the_question_to_the_other_units_focal_point(client, question, people, routing):
    post_action(client, people["focal"], question, action="reassign", unit=routing["other"].pk, note="Thuộc lĩnh vực trợ giúp pháp lý")
    question.refresh_from_db()
    assert question.unit == routing["other"]
    assert "Thuộc lĩnh vực trợ giúp pháp lý" in question.events.get(kind=Event.Kind.REASSIGNED).note
    client.force_login(people["focal"])
    assert client.get(f"/admin/questions/{question.pk}/").status_code == 404
    client.force_login(people["other_focal"])
    assert client.get(f"/admin/questions/{question.pk}/").status_code == 200


def test_not_our_competence_tells_the_asker_the_competent_body(client, question, people):
    post_action(client, people["focal"], question, action="not_competent", competent_body="Toà án nhân dân tỉnh Nam Định")
    question.refresh_from_db()
    assert question.state == State.NOT_OUR_COMPETENCE
    assert "Toà án nhân dân tỉnh Nam Định" in mail.outbox[-1].body


def test_duplicate_and_spam(client, question, people, routing):
    second = handling.receive({**question_fields(email="khac@example.vn", subject_area=routing["enforcement"]), "attachment": None}, None)
    post_action(client, people["focal"], second, action="duplicate", duplicate_code=question.tracking_code.lower())
    second.refresh_from_db()
    assert (second.state, second.duplicate_of) == (State.DUPLICATE, question)
    post_action(client, people["focal"], question, action="spam")
    question.refresh_from_db()
    assert question.state == State.SPAM


def test_answer_then_publish_through_the_two_step_workflow_without_personal_data(client, question, people):
    post_action(client, people["focal"], question, action="answer", answer=contentstate("Thời hiệu yêu cầu thi hành án là 05 năm."))
    question.refresh_from_db()
    assert question.state == State.ANSWERED and "05 năm" in question.answer
    client.force_login(people["focal"])
    client.post(f"/admin/questions/{question.pk}/dang/")
    question.refresh_from_db()
    page = QuestionPage.objects.get(pk=question.page_id)
    assert not page.live and page.asker_display_name == "T.V.B., Nam Định"
    stored = json.dumps(page.get_latest_revision().content, ensure_ascii=False)
    for personal in ("Trần Văn Bình", "binh.tv@example.vn", "0912"):
        assert personal not in stored
    # The second person approves; the page goes live and the asker is told.
    client.force_login(people["standing_approver"])
    task_state = QuestionPage.objects.get(pk=page.pk).current_workflow_task_state
    client.post(f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/", {"comment": ""})
    assert QuestionPage.objects.get(pk=page.pk).live
    question.refresh_from_db()
    assert question.state == State.PUBLISHED
    to_asker = [message for message in mail.outbox if message.to == ["binh.tv@example.vn"]]
    assert "đã được trả lời" in to_asker[-1].subject and page.url_path.split("/")[-2] in to_asker[-1].body


def test_an_answer_sent_privately_records_the_reason(client, question, people):
    handling.answer(question, people["focal"], "<p>Đề nghị ông liên hệ Chi cục Thi hành án dân sự.</p>")
    client.force_login(people["focal"])
    client.post(f"/admin/questions/{question.pk}/gui-rieng/", {"reason": "Vụ việc cụ thể của cá nhân"})
    question.refresh_from_db()
    assert question.private_reason == "Vụ việc cụ thể của cá nhân"
    assert "Chi cục Thi hành án dân sự" in mail.outbox[-1].body
    client.force_login(people["other_focal"])
    client.post(f"/admin/questions/{question.pk}/gui-rieng/", {"reason": "x"})
    question.refresh_from_db()
    assert question.private_reason == "Vụ việc cụ thể của cá nhân"


def test_the_clarification_pauses_the_deadline(question, people):
    due = question.due_at
    handling.ask_clarification(question, people["focal"], "Ngày bản án có hiệu lực?")
    handling.clarify(question, "Ngày 10/3/2022.")
    question.refresh_from_db()
    assert question.due_at >= due and question.state == State.ASSIGNED


def test_the_focal_points_dashboard_shows_due_questions_and_overdue_in_red(client, question, people):
    Question.objects.filter(pk=question.pk).update(due_at=question.asked_at - timezone.timedelta(days=1))
    client.force_login(people["focal"])
    page = client.get("/admin/").text
    assert "Câu hỏi pháp luật chờ trả lời" in page and question.tracking_code in page
    assert 'class="questions-due__overdue w-text-critical-200"' in page and "Quá hạn: 1." in page
    client.force_login(people["other_focal"])
    assert question.tracking_code not in client.get("/admin/").text


def test_the_dashboard_counts_questions_awaiting_the_asker_apart_from_those_due(client, question, people):
    handling.ask_clarification(question, people["focal"], "Ngày bản án có hiệu lực?")
    client.force_login(people["focal"])
    page = client.get("/admin/").text
    assert "Quá hạn: 0. Chờ người hỏi làm rõ (tạm dừng tính hạn): 1." in page
    assert question.tracking_code not in page  # its clock is paused: not among the questions due


def test_the_monthly_report_counts_per_unit_and_a_focal_point_sees_only_their_unit(client, question, people, routing):
    handling.answer(question, people["focal"], "<p>Thời hiệu là 05 năm.</p>")
    handling.receive({**question_fields(email="khac@example.vn"), "subject_area": None, "attachment": None})
    Question.objects.filter(unit=None).update(unit=routing["other"])
    month = timezone.localdate().strftime("%Y-%m")
    client.force_login(people["standing_editor"])
    page = client.get("/admin/questions/bao-cao/", {"month": month}).text
    assert "Cục Quản lý thi hành án dân sự" in page and "Cục Trợ giúp pháp lý" in page
    assert "100%" in page and "<svg" in page
    client.force_login(people["focal"])
    page = client.get("/admin/questions/bao-cao/", {"month": month}).text
    assert "Cục Quản lý thi hành án dân sự" in page and "Cục Trợ giúp pháp lý" not in page
    client.force_login(people["thads_editor"])
    assert client.get("/admin/questions/bao-cao/").status_code in (302, 403)


def test_the_standing_board_edits_the_routing_table_and_a_focal_point_cannot(client, people, routing):
    client.force_login(people["standing_editor"])
    client.post("/admin/snippets/questions/route/add/", {"subject_area": routing["civil_status"].pk, "unit": routing["other"].pk})
    assert Route.objects.filter(subject_area=routing["civil_status"], unit=routing["other"]).exists()
    client.force_login(people["focal"])
    client.post(f"/admin/snippets/questions/route/delete/{Route.objects.get(subject_area=routing['civil_status']).pk}/")
    assert Route.objects.filter(subject_area=routing["civil_status"]).exists()


def test_the_attachment_is_downloaded_by_the_questions_handlers_only(client, people, routing):
    scan = SimpleUploadedFile("ban-an.pdf", b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n", content_type="application/pdf")
    question = handling.receive({**question_fields(subject_area=routing["enforcement"]), "attachment": scan})
    for role, allowed in [("focal", True), ("standing_editor", True), ("chief", True), ("other_focal", False), ("thads_editor", False)]:
        client.force_login(people[role])
        response = client.get(f"/admin/questions/{question.pk}/tep/")
        assert (response.status_code == 200) == allowed, role
        if allowed:
            assert b"".join(response.streaming_content).startswith(b"%PDF")
            assert ModelLogEntry.objects.filter(action=VIEWED, user=people[role], object_id=str(question.pk)).exists()

"""Asking a legal question and following it (R-CONT-5): the form on a site with a Q&A section, routing by field to
the unit's focal point, a tracking code e-mailed, duplicates caught, the tracking page without personal data, and
the asker's clarification through it."""

import re

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection

from defence import spam
from qa.models import QuestionIndexPage
from questions import handling
from questions.models import Event, Question, State
from tests.intake.conftest import challenge_of
from tests.questions.conftest import ask, post_form, question_fields


def test_a_question_is_routed_to_its_fields_unit_and_the_asker_gets_a_code(client, qa_index, routing):
    response = ask(client, question_fields(subject_area=routing["enforcement"].pk))
    assert response.status_code == 200
    question = Question.objects.get()
    assert question.tracking_code in response.text
    assert (question.state, question.unit) == (State.ASSIGNED, routing["thads"])
    assert question.due_at > question.asked_at
    # Personal data is stored encrypted: not in the row as typed.
    with connection.cursor() as cursor:
        cursor.execute("SELECT full_name, email FROM questions_question")
        stored = cursor.fetchone()
    assert "Bình" not in stored[0] and "example.vn" not in stored[1]
    to_asker = [m for m in mail.outbox if m.to == ["binh.tv@example.vn"]]
    assert question.tracking_code in to_asker[0].body
    to_focal = [m for m in mail.outbox if m.to == ["focal@thads.moj.gov.vn"]]
    assert to_focal and "Trần" not in to_focal[0].body


def test_an_unmapped_field_waits_for_the_standing_board(client, qa_index, routing):
    ask(client, question_fields(subject_area=routing["civil_status"].pk))
    question = Question.objects.get()
    assert (question.state, question.unit) == (State.NEW, None)


def test_the_default_unit_of_the_settings_takes_unmapped_fields(client, qa_index, routing, settings):
    settings.QUESTIONS_DEFAULT_UNIT = "cuc-tgpl"
    ask(client, question_fields())
    assert Question.objects.get().unit == routing["other"]


def test_bad_input_gets_messages_per_field_with_the_form_kept(client, qa_index, routing):
    response = ask(client, question_fields(email="not-an-address", phone="12", publish_as="pseudonym", consent=""))
    assert response.status_code == 400
    assert "Địa chỉ thư điện tử không đúng" in response.text
    assert "Hãy nhập bút danh" in response.text
    assert "Cần có sự đồng ý" in response.text
    assert "Thời hạn yêu cầu thi hành án" in response.text  # kept
    assert not Question.objects.exists()


def test_an_attachment_that_is_not_what_it_says_is_refused(client, qa_index, routing):
    fake = SimpleUploadedFile("ban-an.pdf", b"MZ\x90\x00 not a pdf", content_type="application/pdf")
    response = ask(client, question_fields(attachment=fake))
    assert response.status_code == 400 and "không đúng định dạng .pdf" in response.text
    assert not Question.objects.exists()


def test_without_the_spam_check_nothing_is_kept(client, qa_index, routing):
    response = post_form(client, question_fields(), path="/hoi-dap/gui-cau-hoi/", solve=False)
    assert response.status_code == 400
    assert not Question.objects.exists()


def test_the_same_question_twice_in_a_day_is_kept_once(client, qa_index, routing):
    ask(client, question_fields())
    response = ask(client, question_fields(email="BINH.TV@example.vn", text=question_fields()["text"] + " Xin cảm ơn."))
    assert "Câu hỏi đã được gửi trước đó" in response.text
    assert Question.objects.count() == 1


def test_a_site_without_a_qa_section_has_no_form(client, main_site):
    assert client.get("/hoi-dap/gui-cau-hoi/", HTTP_HOST="localhost").status_code == 404


def test_the_tracking_page_shows_the_state_without_personal_data(client, qa_index, routing):
    ask(client, question_fields(subject_area=routing["enforcement"].pk))
    question = Question.objects.get()
    response = client.get("/hoi-dap/tra-cuu/", {"code": question.tracking_code.lower()}, HTTP_HOST="localhost")
    assert response.status_code == 200
    assert "Đã giao đơn vị" in response.text and "Cục Quản lý thi hành án dân sự" in response.text
    for personal in ("Trần Văn Bình", "binh.tv@example.vn", "0912"):
        assert personal not in response.text
    unknown = client.get("/hoi-dap/tra-cuu/", {"code": "ZZZZZZZZ"}, HTTP_HOST="localhost")
    assert unknown.status_code == 400 and "Không tìm thấy câu hỏi" in unknown.text


@pytest.fixture
def awaiting_clarification(client, qa_index, routing):
    ask(client, question_fields(subject_area=routing["enforcement"].pk))
    question = Question.objects.get()
    handling.ask_clarification(question, routing["focal"], "Bản án của Toà án nào, có hiệu lực ngày nào?")
    return question


def clarify(client, code, email, text="Bản án của Toà án nhân dân huyện Ý Yên, hiệu lực ngày 10/3/2022."):
    page = client.get("/hoi-dap/tra-cuu/", {"code": code}, HTTP_HOST="localhost").text
    payload = {"code": code, "email": email, "clarification": text, "bang_chung": spam.solve(challenge_of(page))}
    payload["cau_hoi_ma"] = re.search(r'name="cau_hoi_ma" value="([^"]+)"', page).group(1)
    return client.post("/hoi-dap/tra-cuu/", payload, HTTP_HOST="localhost")


def test_the_asker_clarifies_through_the_tracking_page(client, awaiting_clarification):
    question = awaiting_clarification
    page = client.get("/hoi-dap/tra-cuu/", {"code": question.tracking_code}, HTTP_HOST="localhost")
    assert "Bản án của Toà án nào" in page.text
    response = clarify(client, question.tracking_code, "binh.tv@example.vn")
    assert response.status_code == 200
    question.refresh_from_db()
    assert question.state == State.ASSIGNED
    assert "huyện Ý Yên" in question.text
    assert question.events.filter(kind=Event.Kind.CLARIFIED).exists()


def test_a_clarification_with_another_email_is_refused(client, awaiting_clarification):
    response = clarify(client, awaiting_clarification.tracking_code, "someone.else@example.vn")
    assert response.status_code == 400 and "không khớp" in response.text
    awaiting_clarification.refresh_from_db()
    assert awaiting_clarification.state == State.CLARIFICATION


def test_a_component_site_with_a_qa_section_has_the_form_and_records_where_it_was_asked(client, thads_site, routing):
    thads_site.site.root_page.add_child(instance=QuestionIndexPage(title="Hỏi đáp", slug="hoi-dap"))
    response = ask(client, question_fields(subject_area=routing["enforcement"].pk), host="thads.localhost")
    assert response.status_code == 200
    assert Question.objects.get().portal_site == thads_site

"""The periodic jobs of citizens' questions (R-CONT-5, R-IN-2): reminders to the focal point before and after the due
time (working days, editorial.calendar), and the askers' personal data erased after the retention period, with an
entry in the audit log."""

import datetime

import pytest
from django.conf import settings
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import ModelLogEntry

from accounts.factories import UserFactory
from editorial.calendar import working_days
from editorial.models.board import working_calendar
from qa.models import QuestionPage
from questions import handling, retention
from questions.models import Event, Question, State
from questions.publishing import draft_and_submit, on_published
from questions.reminders import send_reminders
from tests.questions.conftest import question_fields


@pytest.fixture
def question(qa_index, routing):
    question = handling.receive({**question_fields(subject_area=routing["enforcement"]), "attachment": None})
    mail.outbox.clear()
    return question


def to_focal(outbox):
    return [message for message in outbox if message.to == ["focal@thads.moj.gov.vn"]]


def test_the_jobs_are_scheduled():
    assert settings.OPERATIONS_SCHEDULE["send_question_reminders"]["command"] == "send_question_reminders"
    assert settings.OPERATIONS_SCHEDULE["purge_question_personal_data"]["command"] == "purge_question_personal_data"


def test_the_focal_point_is_reminded_once_before_the_due_time_and_once_after(question):
    calendar = working_calendar()

    def reminders():  # this question's: other tests' data (a demo loaded in the session) may have their own
        return [message for message in to_focal(mail.outbox) if question.tracking_code in message.subject]

    two_days_before = calendar.add(question.asked_at, working_days(3))  # 2 working days left of 5: not yet
    send_reminders(two_days_before)
    assert not reminders()
    half_a_day_before = calendar.add(question.asked_at, working_days(4.5))
    send_reminders(half_a_day_before)
    soon = reminders()
    assert len(soon) == 1 and "Sắp đến hạn" in soon[0].subject
    assert "Trần" not in soon[0].body and "binh.tv" not in soon[0].body  # no personal data to staff
    send_reminders(half_a_day_before)
    assert len(reminders()) == 1  # once
    after = question.due_at + datetime.timedelta(hours=1)
    send_reminders(after)
    send_reminders(after)
    assert len(reminders()) == 2 and "Quá hạn" in reminders()[-1].subject
    assert question.events.filter(kind=Event.Kind.REMINDED).count() == 2


def test_no_reminder_while_the_asker_clarifies_and_a_new_due_time_is_reminded_afresh(question, routing):
    late = question.due_at + datetime.timedelta(hours=1)
    handling.ask_clarification(question, routing["focal"], "Bản án của Toà án nào?")
    mail.outbox.clear()
    send_reminders(late)
    assert not question.events.filter(kind=Event.Kind.REMINDED).exists()
    Question.objects.filter(pk=question.pk).update(reminded_due_soon_at=timezone.now())
    question.refresh_from_db()
    handling.clarify(question, "Toà án nhân dân huyện Hải Hậu.")
    question.refresh_from_db()
    assert question.reminded_due_soon_at is None
    send_reminders(question.due_at + datetime.timedelta(hours=1))
    assert question.events.filter(kind=Event.Kind.REMINDED).count() == 1


def test_the_command_runs(question):
    Question.objects.filter(pk=question.pk).update(due_at=timezone.now() - datetime.timedelta(hours=1))
    call_command("send_question_reminders", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert to_focal(mail.outbox)


def test_answered_questions_are_not_reminded(question, routing):
    handling.answer(question, routing["focal"], "<p>Thời hiệu là 05 năm.</p>")
    send_reminders(question.due_at + datetime.timedelta(days=3))
    assert not question.events.filter(kind=Event.Kind.REMINDED).exists()


def test_personal_data_is_erased_after_the_retention_period_with_an_audit_entry(question, routing, settings):
    settings.QUESTIONS_PERSONAL_DATA_RETENTION_DAYS = 30
    handling.answer(question, routing["focal"], "<p>Thời hiệu là 05 năm.</p>")
    handling.send_privately(question, routing["focal"], "Vụ việc riêng")
    question.refresh_from_db()
    assert question.closed_at is not None
    retention.purge(timezone.now() + datetime.timedelta(days=29))
    question.refresh_from_db()
    assert question.personal_data_erased_at is None
    call_command("purge_question_personal_data", stdout=open("/dev/null", "w"))  # noqa: SIM115
    question.refresh_from_db()
    assert question.full_name == "Trần Văn Bình"  # not yet: 30 days have not passed
    retention.purge(timezone.now() + datetime.timedelta(days=31))
    question.refresh_from_db()
    assert (question.full_name, question.email, question.phone, question.email_digest) == ("", "", "", "")
    assert question.personal_data_erased_at is not None and "05 năm" in question.answer
    assert question.events.filter(kind=Event.Kind.ERASED).exists()
    entry = ModelLogEntry.objects.get(action=retention.ERASED, object_id=str(question.pk))
    assert "full_name" in entry.data["fields"]
    retention.purge(timezone.now() + datetime.timedelta(days=60))
    assert ModelLogEntry.objects.filter(action=retention.ERASED, object_id=str(question.pk)).count() == 1  # once


def test_a_published_answer_keeps_its_page_when_the_asker_is_erased(client, question, routing, settings, main_site):
    handling.answer(question, routing["focal"], "<p>Thời hiệu là 05 năm.</p>")
    approver = UserFactory(username="standing_approver", groups=[main_site.approvers_group])

    page = draft_and_submit(question, routing["focal"])
    page.get_latest_revision().publish(user=approver)
    on_published(page)
    question.refresh_from_db()
    assert question.state == State.PUBLISHED and question.closed_at is not None
    retention.purge(timezone.now() + datetime.timedelta(days=settings.QUESTIONS_PERSONAL_DATA_RETENTION_DAYS + 1))
    question.refresh_from_db()
    assert question.full_name == "" and QuestionPage.objects.get(pk=page.pk).asker_display_name == "T.V.B., Nam Định"
    client.force_login(routing["focal"])
    response = client.get(f"/admin/questions/{question.pk}/")
    assert response.status_code == 200 and "đã được xoá" in response.text

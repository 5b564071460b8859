"""Reminders to a unit's focal point (R-CONT-5): once when an open question's due time is less than
QUESTIONS_REMIND_BEFORE_DAYS working days away, once when it has passed. A question waiting for the asker's
clarification is not reminded (its clock is paused); a new due time (after a clarification or a reassignment) is
reminded afresh (questions.handling). Run by the periodic job `send_question_reminders` (OPERATIONS_SCHEDULE)."""

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation

from editorial.calendar import working_days
from editorial.models.board import working_calendar
from questions import notifications
from questions.models import Event, Question, State

REMINDED_STATES = [State.NEW, State.ASSIGNED]


def _remind(question: Question, overdue: bool, now) -> None:
    with transaction.atomic():
        field = "reminded_overdue_at" if overdue else "reminded_due_soon_at"
        # Claimed first: two runs at once send one reminder.
        if not Question.objects.filter(pk=question.pk, **{f"{field}__isnull": True}).update(**{field: now}):
            return
        Event.objects.create(question=question, kind=Event.Kind.REMINDED, note=notifications.reminder_note(question, overdue))
        notifications.reminder(question, overdue)


def send_reminders(now=None) -> int:
    """In the portal's language (Vietnamese), whatever language the process last activated."""
    with translation.override(settings.LANGUAGE_CODE):
        return _send_reminders(now or timezone.now())


def _send_reminders(now) -> int:
    calendar = working_calendar()
    soon = working_days(settings.QUESTIONS_REMIND_BEFORE_DAYS)
    open_questions = Question.objects.filter(state__in=REMINDED_STATES, unit__isnull=False, due_at__isnull=False)
    sent = 0
    for question in open_questions.filter(due_at__lte=now, reminded_overdue_at__isnull=True):
        _remind(question, True, now)
        sent += 1
    candidates = open_questions.filter(due_at__gt=now, reminded_due_soon_at__isnull=True)
    for question in candidates.only("pk", "due_at", "tracking_code", "title", "unit_id"):
        if calendar.working_time_between(now, question.due_at) <= soon:
            _remind(question, False, now)
            sent += 1
    return sent

"""What happens to a question (R-CONT-5): received and routed by field, its deadline in working days (the clock
pauses while the asker clarifies), and the focal point's decisions. Every step leaves an event on the time line;
the asker is e-mailed (questions.notifications). Publishing is questions.publishing's."""

import difflib
import hashlib

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from editorial.calendar import working_days
from editorial.models.board import working_calendar
from editorial.rules import ActionRefused
from questions import notifications
from questions.models import Event, Question, Route, State
from subsites.models import Unit
from vietnamese.text import fold

DUPLICATE_WINDOW_HOURS = 24
NEAR_IDENTICAL = 0.9


def email_digest(email: str) -> str:
    return hashlib.sha256(f"questions:{settings.SECRET_KEY}:{email.strip().lower()}".encode()).hexdigest()


def route_for(subject_area) -> tuple[Unit | None, int]:
    """The unit answering `subject_area` and its working days; unmapped: the default unit of the settings."""
    route = Route.objects.select_related("unit").filter(subject_area=subject_area).first() if subject_area else None
    if route is not None:
        return route.unit, route.answer_days or settings.QUESTIONS_ANSWER_DAYS
    default = Unit.objects.filter(slug=settings.QUESTIONS_DEFAULT_UNIT).first() if settings.QUESTIONS_DEFAULT_UNIT else None
    return default, settings.QUESTIONS_ANSWER_DAYS


def find_duplicate(email: str, text: str) -> Question | None:
    """The same e-mail and near-identical text within a day (compared folded: case and diacritics aside)."""
    since = timezone.now() - timezone.timedelta(hours=DUPLICATE_WINDOW_HOURS)
    folded = fold(text)
    for earlier in Question.objects.filter(email_digest=email_digest(email), asked_at__gte=since).only("text"):
        if difflib.SequenceMatcher(None, fold(earlier.text), folded).ratio() >= NEAR_IDENTICAL:
            return earlier
    return None


def _event(question, kind, user=None, note="", public=False):
    Event.objects.create(question=question, kind=kind, user=user, note=note, public=public)


@transaction.atomic
def receive(data: dict, portal_site=None) -> Question:
    unit, days = route_for(data.get("subject_area"))
    now = timezone.now()
    attachment = data.get("attachment")
    question = Question(
        portal_site=portal_site,
        full_name=data["full_name"],
        email=data["email"],
        phone=data.get("phone", ""),
        email_digest=email_digest(data["email"]),
        province=data["province"],
        publish_as=data["publish_as"],
        pseudonym=data.get("pseudonym", ""),
        consented_at=now,
        subject_area=data.get("subject_area"),
        title=data["title"],
        text=data["text"],
        unit=unit,
        state=State.ASSIGNED if unit else State.NEW,
        due_at=working_calendar().add(now, working_days(days)),
    )
    if attachment:
        question.attachment = attachment
        question.attachment_name = attachment.name[:255]
    question.save()
    _event(question, Event.Kind.ASKED, public=True)
    if unit:
        _event(question, Event.Kind.ASSIGNED, note=unit.name, public=True)
        notifications.to_focal_points(question)
    notifications.received(question)
    return question


def _require_open(question: Question, *states):
    if question.state not in (states or (State.NEW, State.ASSIGNED)):
        raise ActionRefused(_("Câu hỏi này không còn ở trạng thái cho phép thao tác này."))


@transaction.atomic
def ask_clarification(question: Question, user, request_text: str) -> None:
    _require_open(question)
    question.state, question.paused_at, question.clarification_request = State.CLARIFICATION, timezone.now(), request_text
    question.save()
    _event(question, Event.Kind.CLARIFICATION, user, request_text, public=True)
    notifications.clarification_requested(question)


@transaction.atomic
def clarify(question: Question, text: str) -> None:
    """The asker's answer, through the tracking page: the deadline moves by the working time it waited."""
    _require_open(question, State.CLARIFICATION)
    now = timezone.now()
    if question.due_at and question.paused_at:
        question.due_at = working_calendar().add(question.due_at, working_calendar().working_time_between(question.paused_at, now))
    heading = _("Làm rõ của người hỏi (%(day)s):") % {"day": f"{timezone.localtime(now):%d/%m/%Y}"}
    question.text = f"{question.text}\n\n{heading}\n{text}"
    question.state = State.ASSIGNED if question.unit_id else State.NEW
    question.paused_at = None
    question.reminded_due_soon_at = question.reminded_overdue_at = None  # a new due time: reminded afresh
    question.save()
    _event(question, Event.Kind.CLARIFIED, note=text, public=True)
    notifications.to_focal_points(question)


@transaction.atomic
def reassign(question: Question, user, unit: Unit, reason: str) -> None:
    _require_open(question)
    previous = question.unit.name if question.unit_id else _("Thường trực Ban Biên tập")
    question.unit, question.state = unit, State.ASSIGNED
    question.reminded_due_soon_at = question.reminded_overdue_at = None  # the new unit's focal point is reminded too
    question.save()
    _event(question, Event.Kind.REASSIGNED, user, f"{previous} → {unit.name}: {reason}", public=True)
    notifications.to_focal_points(question)


@transaction.atomic
def answer(question: Question, user, text: str) -> None:
    _require_open(question)
    question.answer, question.state, question.answered_at = text, State.ANSWERED, timezone.now()
    question.save()
    _event(question, Event.Kind.ANSWERED, user, public=True)


@transaction.atomic
def send_privately(question: Question, user, reason: str) -> None:
    _require_open(question, State.ANSWERED)
    if question.private_reason or question.page_id:  # sent once; or published (its page in the workflow already)
        raise ActionRefused(_("Câu trả lời này đã được gửi riêng, hoặc đã có trang hỏi đáp để đăng."))
    question.private_reason, question.closed_at = reason, timezone.now()
    question.save()
    _event(question, Event.Kind.SENT_PRIVATELY, user, reason)
    notifications.answered_privately(question)


@transaction.atomic
def close(question: Question, user, state: str, note: str = "", **changes) -> None:
    """Not our competence (with the competent body), duplicate (of another question) or spam."""
    _require_open(question)
    kinds = {State.NOT_OUR_COMPETENCE: Event.Kind.NOT_OUR_COMPETENCE, State.DUPLICATE: Event.Kind.DUPLICATE, State.SPAM: Event.Kind.SPAM}
    question.state, question.closed_at = state, timezone.now()
    for name, value in changes.items():
        setattr(question, name, value)
    question.save()
    _event(question, kinds[state], user, note, public=state != State.SPAM)
    if state == State.NOT_OUR_COMPETENCE:
        notifications.not_our_competence(question)

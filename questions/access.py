"""Who sees which question (R-CONT-5, R-IN-2): the Standing Board and the Chief Editor see all; a unit's focal
point sees the questions routed to their unit. Personal data: the Standing Board, the Chief Editor, and the focal
point handling the question (its unit's) — each showing logged by the views."""

from accounts.roles import is_chief_editor, is_standing_board
from intake.models import FocalPoint
from questions.models import Question


def is_keeper(user) -> bool:
    return user.is_authenticated and user.is_active and (is_standing_board(user) or is_chief_editor(user))


def visible_questions(user):
    if not user.is_authenticated or not user.is_active:
        return Question.objects.none()
    if is_keeper(user):
        return Question.objects.all()
    return Question.objects.filter(unit__in=FocalPoint.objects.filter(user=user).values("unit"))


def handles(user, question: Question) -> bool:
    """The keepers, and the focal points of the unit the question is routed to."""
    return is_keeper(user) or (question.unit_id is not None and FocalPoint.objects.filter(user=user, unit_id=question.unit_id).exists())


def may_read_personal_data(user, question: Question) -> bool:
    return handles(user, question)


def may_open(user) -> bool:
    return is_keeper(user) or (user.is_authenticated and FocalPoint.objects.filter(user=user).exists())

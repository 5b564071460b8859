"""The sending deadlines of Art 10 (R-IN-4) on the working-day calendar: 1 working day after signing for direction
and administration documents and for news, 2 for other information; weekends, holidays and the administrators'
days off do not count."""

import datetime

import pytest

from editorial.calendar import VIETNAM
from editorial.models import CalendarException
from intake.deadlines import is_late, sending_deadline
from intake.models import Kind

pytestmark = pytest.mark.django_db
FRIDAY = datetime.date(2026, 11, 27)


def at(day: int, hour: int) -> datetime.datetime:
    return datetime.datetime(2026, 11, day, hour, tzinfo=VIETNAM)


def test_news_signed_on_a_friday_is_due_at_the_end_of_monday_and_other_information_of_tuesday():
    assert sending_deadline(Kind.NEWS, FRIDAY) == at(30, 17)
    assert sending_deadline(Kind.ADMINISTRATIVE, FRIDAY) == at(30, 17)
    assert sending_deadline(Kind.OTHER, FRIDAY).astimezone(VIETNAM) == datetime.datetime(2026, 12, 1, 17, tzinfo=VIETNAM)


def test_a_day_off_added_by_the_administrators_moves_the_deadline():
    CalendarException.objects.create(date=datetime.date(2026, 11, 30), is_working_day=False, note="Nghỉ bù")
    assert sending_deadline(Kind.NEWS, FRIDAY).astimezone(VIETNAM) == datetime.datetime(2026, 12, 1, 17, tzinfo=VIETNAM)


def test_lateness_is_arrival_after_the_deadline_and_nothing_is_late_without_a_date():
    deadline = sending_deadline(Kind.NEWS, FRIDAY)
    assert not is_late(at(30, 16), deadline)
    assert is_late(at(30, 18), deadline)
    assert sending_deadline(Kind.NEWS, None) is None and not is_late(at(30, 18), None)

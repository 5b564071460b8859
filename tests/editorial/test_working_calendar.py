"""Deadlines in Vietnamese working time (R-FLOW-3) with fixed dates: Tết, lunch, weekends, make-up Saturdays."""

import datetime

import pytest

from editorial.calendar import HALF_DAY, ONE_DAY, VIETNAM, WorkingCalendar
from editorial.models import CalendarException, working_calendar


def at(year, month, day, hour=0, minute=0):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=VIETNAM)


calendar = WorkingCalendar()


def test_received_friday_16h_before_tet_is_due_on_the_right_day_after_the_holiday():
    # Friday 13 Feb 2026, 16:00: one working hour left that day; Tết runs Mon 16 – Fri 20 Feb 2026.
    assert calendar.add(at(2026, 2, 13, 16), ONE_DAY) == at(2026, 2, 23, 16)
    assert calendar.add(at(2026, 2, 13, 16), HALF_DAY) == at(2026, 2, 23, 11)


def test_half_a_working_day_across_lunch():
    assert calendar.add(at(2026, 11, 25, 10), HALF_DAY) == at(2026, 11, 25, 15)  # 10–12, then 13–15


def test_half_a_working_day_across_a_weekend():
    assert calendar.add(at(2026, 11, 27, 15, 30), HALF_DAY) == at(2026, 11, 30, 10, 30)  # Fri 15:30 → Mon 10:30


def test_received_outside_working_hours_counts_from_the_next_opening():
    assert calendar.add(at(2026, 11, 25, 19), HALF_DAY) == at(2026, 11, 26, 12)
    assert calendar.add(at(2026, 11, 28, 9), ONE_DAY) == at(2026, 11, 30, 17)  # Saturday → Monday


def test_a_make_up_saturday_counts():
    # 22 Aug 2026 is a make-up working Saturday for the day off on Monday 31 Aug (national calendar).
    assert calendar.add(at(2026, 8, 21, 16), HALF_DAY) == at(2026, 8, 22, 11)
    assert calendar.add(at(2026, 8, 28, 16), HALF_DAY) == at(2026, 9, 3, 11)  # Mon 31/8, Tue 1/9, Wed 2/9 off


@pytest.mark.django_db
def test_days_off_and_make_up_days_added_by_administrators_count():
    CalendarException.objects.create(date=datetime.date(2026, 12, 31), is_working_day=False, note="Nghỉ bù")
    CalendarException.objects.create(date=datetime.date(2027, 1, 2), is_working_day=True, note="Làm bù thứ Bảy")
    current = working_calendar()
    assert current.add(at(2026, 12, 30, 16), HALF_DAY) == at(2027, 1, 2, 11)  # 31/12 off, 1/1 holiday, Sat 2/1 worked


def test_working_time_between_two_moments():
    assert calendar.working_time_between(at(2026, 11, 27, 15, 30), at(2026, 11, 30, 10, 30)) == HALF_DAY
    assert calendar.working_time_between(at(2026, 11, 30, 10), at(2026, 11, 27, 10)) == datetime.timedelta()

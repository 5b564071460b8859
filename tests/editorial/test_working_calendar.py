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


@pytest.mark.parametrize("duration", [HALF_DAY, ONE_DAY, 2 * ONE_DAY])
def test_a_due_time_never_falls_outside_working_hours(duration):
    """Issue 18: one due time was shown at 03:00. Whenever an item is sent — at night, at lunch, on a Saturday,
    the Friday before Tết — its due time is inside a working period of a working day."""
    for start_day in (at(2026, 2, 12), at(2026, 8, 20), at(2026, 11, 23)):
        for quarter in range(0, 7 * 24 * 4, 3):  # a week, every 45 minutes
            start = start_day + datetime.timedelta(minutes=15 * quarter)
            due = calendar.add(start, duration)
            assert calendar.is_working_time(due), (start, due)
            assert calendar.working_time_between(start, due) == duration, (start, due)


def test_a_past_due_time_of_the_demo_is_a_working_moment():
    assert calendar.last_working_moment_before(at(2026, 11, 26, 3)) == at(2026, 11, 25, 17)  # Thursday 03:00
    assert calendar.last_working_moment_before(at(2026, 11, 25, 3)) == at(2026, 11, 23, 17)  # 24/11 is a day off
    assert calendar.last_working_moment_before(at(2026, 11, 25, 12, 30)) == at(2026, 11, 25, 12)
    assert calendar.last_working_moment_before(at(2026, 11, 25, 9, 15)) == at(2026, 11, 25, 9, 15)
    assert calendar.last_working_moment_before(at(2026, 11, 30, 7)) == at(2026, 11, 27, 17)  # Monday → Friday

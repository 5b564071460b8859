"""Vietnamese working time (R-FLOW-3, Art 13): Monday–Friday, 8:00–12:00 and 13:00–17:00 in Asia/Ho_Chi_Minh,
without the public holidays (Tết included) and with the make-up working Saturdays of the `holidays` package,
corrected by the days off and make-up days that administrators add each year (`CalendarException`).

Deadlines count working hours from when the information was received: ½ working day is 4 working hours,
1 working day is 8."""

import datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays

VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")
WORKING_PERIODS = ((datetime.time(8), datetime.time(12)), (datetime.time(13), datetime.time(17)))
HOURS_PER_WORKING_DAY = 8
HALF_DAY = datetime.timedelta(hours=HOURS_PER_WORKING_DAY / 2)
ONE_DAY = datetime.timedelta(hours=HOURS_PER_WORKING_DAY)


def working_days(days: float) -> datetime.timedelta:
    """A deadline of Art 13 in working days (½, 1) as working time."""
    return datetime.timedelta(hours=HOURS_PER_WORKING_DAY * days)


@lru_cache(maxsize=32)
def _national_calendar(year: int):
    return holidays.Vietnam(years=[year])


class WorkingCalendar:
    def __init__(self, exceptions: dict[datetime.date, bool] | None = None):
        # date → True when it is a working day, False when it is a day off (administrators' corrections)
        self.exceptions = exceptions or {}

    def is_working_day(self, day: datetime.date) -> bool:
        if day in self.exceptions:
            return self.exceptions[day]
        return _national_calendar(day.year).is_working_day(day)

    def is_working_time(self, moment: datetime.datetime) -> bool:
        """Whether `moment` (aware) falls in a working period, ends included: a due time always does."""
        moment = moment.astimezone(VIETNAM)
        if not self.is_working_day(moment.date()):
            return False
        return any(begins <= moment.time() <= ends for begins, ends in WORKING_PERIODS)

    def last_working_moment_before(self, moment: datetime.datetime) -> datetime.datetime:
        """The latest moment of working time at or before `moment`: a due time already past, as the demo needs."""
        moment = moment.astimezone(VIETNAM)
        day = moment.date()
        for _ in range(3660):
            if self.is_working_day(day):
                for begins, ends in reversed(WORKING_PERIODS):
                    period_start = datetime.datetime.combine(day, begins, VIETNAM)
                    if moment >= period_start:
                        return min(moment, datetime.datetime.combine(day, ends, VIETNAM))
            day -= datetime.timedelta(days=1)
            moment = datetime.datetime.combine(day, datetime.time(23, 59), VIETNAM)
        raise ValueError("No working time found within ten years")

    def add(self, start: datetime.datetime, duration: datetime.timedelta) -> datetime.datetime:
        """The moment `duration` of working time after `start` (aware), in Vietnamese time."""
        moment = start.astimezone(VIETNAM)
        remaining = duration
        day = moment.date()
        for _ in range(3660):  # at most ten years of days: a bound, never reached by real deadlines
            if self.is_working_day(day):
                for begins, ends in WORKING_PERIODS:
                    period_start = datetime.datetime.combine(day, begins, VIETNAM)
                    period_end = datetime.datetime.combine(day, ends, VIETNAM)
                    if moment >= period_end:
                        continue
                    moment = max(moment, period_start)
                    available = period_end - moment
                    if remaining <= available:
                        return moment + remaining
                    remaining -= available
                    moment = period_end
            day += datetime.timedelta(days=1)
            moment = datetime.datetime.combine(day, datetime.time(0), VIETNAM)
        raise ValueError("No working time found within ten years")

    def working_time_between(self, start: datetime.datetime, end: datetime.datetime) -> datetime.timedelta:
        """Working time elapsed from `start` to `end` (zero if `end` is earlier), for on-time rates."""
        total = datetime.timedelta()
        start, end = start.astimezone(VIETNAM), end.astimezone(VIETNAM)
        day = start.date()
        while day <= end.date():
            if self.is_working_day(day):
                for begins, ends in WORKING_PERIODS:
                    period_start = max(datetime.datetime.combine(day, begins, VIETNAM), start)
                    period_end = min(datetime.datetime.combine(day, ends, VIETNAM), end)
                    if period_end > period_start:
                        total += period_end - period_start
            day += datetime.timedelta(days=1)
        return total

"""When each periodic job is due (issue 17), from one schedule in settings (OPERATIONS_SCHEDULE):

    "every_minutes": N            every N minutes, on the clock's N-minute grid
    "daily_at": "HH:MM"           once a day, portal time (Asia/Ho_Chi_Minh)
    "weekly_on": W (+ daily_at)   once a week, on weekday W (0 is Monday)
    "monthly_on": D (+ daily_at)  once a month, on day D

A job is due when its latest slot (the last moment ≤ now it should have started) has no run yet: a scheduler that
was down runs each missed job once when it comes back, not once per missed slot."""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.utils import timezone


@dataclass(frozen=True)
class Job:
    name: str
    command: str
    args: tuple[str, ...] = ()
    every_minutes: int | None = None
    daily_at: str | None = None
    weekly_on: int | None = None
    monthly_on: int | None = None

    @property
    def period(self) -> datetime.timedelta:
        if self.every_minutes:
            return datetime.timedelta(minutes=self.every_minutes)
        return datetime.timedelta(days=31 if self.monthly_on else 7 if self.weekly_on is not None else 1)

    def latest_slot(self, now: datetime.datetime) -> datetime.datetime:
        if self.every_minutes:
            epoch = datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC)
            steps = (now - epoch) // self.period
            return epoch + steps * self.period
        local = timezone.localtime(now)
        hour, minute = (int(part) for part in (self.daily_at or "00:00").split(":"))
        slot = local.replace(hour=hour, minute=minute, second=0, microsecond=0)
        if self.monthly_on:
            slot = slot.replace(day=self.monthly_on)
            if slot > local:
                slot = (slot.replace(day=1) - datetime.timedelta(days=1)).replace(day=self.monthly_on)
        elif self.weekly_on is not None:
            slot -= datetime.timedelta(days=(slot.weekday() - self.weekly_on) % 7)
            if slot > local:
                slot -= datetime.timedelta(days=7)
        elif slot > local:
            slot -= datetime.timedelta(days=1)
        return slot

    def next_slot(self, now: datetime.datetime) -> datetime.datetime:
        slot = self.latest_slot(now)
        step = self.period if self.every_minutes else datetime.timedelta(days=1)
        candidate = slot + step
        while self.latest_slot(candidate) == slot:  # weekly, monthly: walk to the next week's or month's day
            candidate += datetime.timedelta(days=1)
        return self.latest_slot(candidate)


def jobs() -> list[Job]:
    return [
        Job(
            name=name,
            command=spec["command"],
            args=tuple(spec.get("args", ())),
            **{key: spec[key] for key in ("every_minutes", "daily_at", "weekly_on", "monthly_on") if key in spec},
        )
        for name, spec in settings.OPERATIONS_SCHEDULE.items()
    ]


def job(name: str) -> Job:
    return next(found for found in jobs() if found.name == name)

"""The deadlines of the register, on the working-day calendar (editorial.calendar): the sender's (Art 10, R-IN-4),
the answer to a completion request (Art 11.2, R-IN-6), and the publishing deadline of Art 13 counted from receipt."""

import datetime

from editorial.calendar import VIETNAM, WORKING_PERIODS, working_days
from editorial.models import working_calendar
from intake.models import Kind

# Art 10: working days after signing (administrative information) or after the event (news); other information 2.
SENDING_DAYS = {Kind.ADMINISTRATIVE: 1, Kind.NEWS: 1, Kind.OTHER: 2}
COMPLETION_DAYS = 1


def sending_deadline(kind: str, signed_on: datetime.date | None) -> datetime.datetime | None:
    """The end of the working day that is SENDING_DAYS working days after the day of signing."""
    if signed_on is None:
        return None
    end_of_day = datetime.datetime.combine(signed_on, WORKING_PERIODS[-1][1], VIETNAM)
    return working_calendar().add(end_of_day, working_days(SENDING_DAYS.get(kind, 2)))


def is_late(received_at: datetime.datetime, deadline: datetime.datetime | None) -> bool:
    return deadline is not None and received_at > deadline


def completion_deadline(asked_at: datetime.datetime) -> datetime.datetime:
    return working_calendar().add(asked_at, working_days(COMPLETION_DAYS))


def publishing_deadline(received_at: datetime.datetime, page) -> datetime.datetime:
    """Art 13 counts from the receipt of the information, not from when the draft was submitted."""
    return working_calendar().add(received_at, working_days(getattr(page, "publishing_deadline_days", lambda: 1)()))

"""The editorial process's data: the Board and the calendar, the steps of the workflows, takedowns and overrides."""

from .board import BoardMember, CalendarException, expert_reviewers, working_calendar
from .takedowns import Takedown, UnreviewedPublication
from .tasks import EditorialTaskMixin, EditorialTaskState, ExpertReviewTask, Reminder, SiteApprovalTask

__all__ = [
    "BoardMember",
    "CalendarException",
    "EditorialTaskMixin",
    "EditorialTaskState",
    "ExpertReviewTask",
    "Reminder",
    "SiteApprovalTask",
    "Takedown",
    "UnreviewedPublication",
    "expert_reviewers",
    "working_calendar",
]

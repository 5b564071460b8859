"""The editorial process's data: the Board and the calendar, the steps of the workflows, takedowns and overrides."""

from .assignments import Assignment, FieldReview
from .board import BoardMember, CalendarException, expert_reviewers, working_calendar
from .review_requests import ReviewRequest, ReviewRequestItem
from .takedowns import Takedown, UnreviewedPublication
from .tasks import EditorialTaskMixin, EditorialTaskState, ExpertReviewTask, Reminder, SiteApprovalTask

__all__ = [
    "Assignment",
    "BoardMember",
    "CalendarException",
    "EditorialTaskMixin",
    "EditorialTaskState",
    "ExpertReviewTask",
    "FieldReview",
    "Reminder",
    "ReviewRequest",
    "ReviewRequestItem",
    "SiteApprovalTask",
    "Takedown",
    "UnreviewedPublication",
    "expert_reviewers",
    "working_calendar",
]

"""The comment period of a draft (issue 15): its state is computed from the clock and the page's open/close times, so
opening and closing happen by themselves, with no job to run. `now()` is the one clock of the app (tests fix it)."""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ConsultationState(models.TextChoices):
    UPCOMING = "sap-mo", _("Sắp lấy ý kiến")
    OPEN = "dang-lay-y-kien", _("Đang lấy ý kiến")
    CLOSED = "da-ket-thuc", _("Đã kết thúc")
    REPORTED = "da-co-bao-cao", _("Đã có báo cáo tiếp thu, giải trình")


def now():
    return timezone.now()


def state_of(opens_at, closes_at, report_published_at=None, at=None) -> str:
    at = at or now()
    if report_published_at is not None:
        return ConsultationState.REPORTED
    if at < opens_at:
        return ConsultationState.UPCOMING
    if at < closes_at:
        return ConsultationState.OPEN
    return ConsultationState.CLOSED


def state_filter(state: str, at=None) -> Q:
    """The same states as a database filter on DraftPage, for the listing."""
    at = at or now()
    not_reported = Q(report_published_at__isnull=True)
    return {
        ConsultationState.UPCOMING: not_reported & Q(opens_at__gt=at),
        ConsultationState.OPEN: not_reported & Q(opens_at__lte=at, closes_at__gt=at),
        ConsultationState.CLOSED: not_reported & Q(closes_at__lte=at),
        ConsultationState.REPORTED: Q(report_published_at__isnull=False),
    }[state]


def minimum_period() -> timedelta:
    """CONSULTATION_MIN_DAYS (a setting): the shortest comment period a draft page accepts."""
    return timedelta(days=settings.CONSULTATION_MIN_DAYS)

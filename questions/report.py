"""The monthly report of citizens' questions per unit (R-CONT-5): received, answered, median working days to
answer (the clarification pause aside: answered against the due time, which moved by the pause), on-time rate,
with a chart like the editorial report's. The Standing Board and the Chief Editor see every unit; a focal point
sees their own units."""

import datetime
import statistics
from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.utils import timezone

from editorial.calendar import HOURS_PER_WORKING_DAY, VIETNAM
from editorial.models.board import working_calendar
from editorial.reports import MonthForm
from intake.models import FocalPoint
from questions.access import is_keeper, may_open
from questions.models import Question
from subsites.models import Unit

CHART_WIDTH = 400
ROW_HEIGHT = 28


@dataclass
class UnitFigures:
    unit: Unit
    received: int = 0
    answered: int = 0
    on_time: int = 0
    days: list[float] = field(default_factory=list)

    @property
    def on_time_rate(self) -> int | None:
        return round(100 * self.on_time / self.answered) if self.answered else None

    @property
    def median_days(self) -> float | None:
        return round(statistics.median(self.days), 1) if self.days else None


def _bounds(month: datetime.date):
    start = datetime.datetime(month.year, month.month, 1, tzinfo=VIETNAM)
    end = datetime.datetime(month.year + (month.month == 12), month.month % 12 + 1, 1, tzinfo=VIETNAM)
    return start, end


def monthly_figures(units, month: datetime.date) -> list[UnitFigures]:
    start, end = _bounds(month)
    calendar = working_calendar()
    figures = {unit.pk: UnitFigures(unit) for unit in units}
    for question in Question.objects.filter(unit__in=figures, asked_at__gte=start, asked_at__lt=end).only("unit_id"):
        figures[question.unit_id].received += 1
    answered = Question.objects.filter(unit__in=figures, answered_at__gte=start, answered_at__lt=end)
    for question in answered.only("unit_id", "asked_at", "answered_at", "due_at"):
        figure = figures[question.unit_id]
        figure.answered += 1
        figure.on_time += question.due_at is None or question.answered_at <= question.due_at
        hours = calendar.working_time_between(question.asked_at, question.answered_at).total_seconds() / 3600
        figure.days.append(hours / HOURS_PER_WORKING_DAY)
    return [figure for figure in figures.values() if figure.received or figure.answered]


def report(request):
    if not may_open(request.user):
        raise PermissionDenied
    units = Unit.objects.order_by("name")
    if not is_keeper(request.user):
        units = units.filter(pk__in=FocalPoint.objects.filter(user=request.user).values("unit"))
    form = MonthForm(request.GET or {"month": timezone.localdate().strftime("%Y-%m")})
    month = form.cleaned_data["month"] if form.is_valid() else timezone.localdate().replace(day=1)
    figures = monthly_figures(units, month)
    chart = [(figure, index * ROW_HEIGHT, round(CHART_WIDTH * (figure.on_time_rate or 0) / 100)) for index, figure in enumerate(figures)]
    context = {"form": form, "month": month, "figures": figures, "chart": chart, "chart_height": max(len(chart), 1) * ROW_HEIGHT}
    return TemplateResponse(request, "questions/admin/report.html", context, status=400 if form.errors else 200)

"""Reports of the editorial process, per site and month (R-FLOW-3, R-FLOW-4): items published, on-time rate, median
working time to publish, with a chart; refusals by reason of Art 14 and site."""

import datetime
import statistics
from collections import Counter
from dataclasses import dataclass, field

from django import forms
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, TaskState

from accounts.roles import group_ids, is_chief_editor, is_standing_board
from editorial.assignments import figures_per_person
from editorial.calendar import VIETNAM
from editorial.models import EditorialTaskState, SiteApprovalTask, working_calendar
from editorial.rules import RefusalReason
from home.trees import SiteIndex
from subsites.models import PortalSite


def visible_sites(user) -> list[PortalSite]:
    """The Chief Editor and the Standing Board see every site; a site's approvers see their own."""
    sites = PortalSite.objects.select_related("site__root_page").order_by("-is_main_portal", "name")
    if is_chief_editor(user) or is_standing_board(user):
        return list(sites)
    return list(sites.filter(approvers_group__in=user.groups.all()))


def user_may_see_reports(user) -> bool:
    """Whether `visible_sites` has any, without a query once the sites are cached: the admin menu asks on every screen."""
    if is_chief_editor(user) or is_standing_board(user):
        return bool(PortalSite.every_site())
    return any(site.approvers_group_id in group_ids(user) for site in PortalSite.every_site())


class MonthForm(forms.Form):
    month = forms.DateField(label=_("Tháng"), input_formats=["%Y-%m"], widget=forms.DateInput(attrs={"type": "month"}, format="%Y-%m"))

    def clean_month(self):
        month = self.cleaned_data["month"]
        if not 2000 <= month.year <= 2999:
            raise forms.ValidationError(_("Chọn một tháng từ năm 2000."))
        return month


@dataclass
class SiteFigures:
    portal_site: PortalSite
    published: int = 0
    on_time: int = 0
    hours: list[float] = field(default_factory=list)
    refusals: Counter = field(default_factory=Counter)

    @property
    def on_time_rate(self) -> int | None:
        return round(100 * self.on_time / self.published) if self.published else None

    @property
    def median_hours(self) -> float | None:
        return round(statistics.median(self.hours), 1) if self.hours else None


def _month_bounds(month: datetime.date) -> tuple[datetime.datetime, datetime.datetime]:
    start = datetime.datetime(month.year, month.month, 1, tzinfo=VIETNAM)
    end = datetime.datetime(month.year + (month.month == 12), month.month % 12 + 1, 1, tzinfo=VIETNAM)
    return start, end


def submission_times(approvals) -> dict[int, datetime.datetime]:
    """For each approval, when the version it published was submitted (Art 13 counts from there): the start of the
    first step after the last sending back. The workflow state's own creation is the first submission ever, so an
    item sent back and sent again counted the days spent in the author's hands (issue 18)."""
    states = TaskState.objects.filter(workflow_state__in={a.workflow_state_id for a in approvals}).values_list(
        "workflow_state_id", "started_at", "finished_at", "status"
    )
    by_workflow = {}
    for workflow_state_id, started_at, finished_at, status in states:
        by_workflow.setdefault(workflow_state_id, []).append((started_at, finished_at, status))
    times = {}
    for approval in approvals:
        earlier = [s for s in by_workflow.get(approval.workflow_state_id, []) if s[0] <= approval.started_at]
        sent_back = max((s[1] for s in earlier if s[2] == TaskState.STATUS_REJECTED and s[1]), default=None)
        rounds = [s[0] for s in earlier if sent_back is None or s[0] >= sent_back]
        times[approval.pk] = min(rounds, default=approval.started_at)
    return times


def monthly_figures(sites: list[PortalSite], month: datetime.date) -> list[SiteFigures]:
    start, end = _month_bounds(month)
    figures = [SiteFigures(site) for site in sites]
    finished = EditorialTaskState.objects.filter(finished_at__gte=start, finished_at__lt=end).select_related("workflow_state")
    approvals = finished.filter(status=TaskState.STATUS_APPROVED, task__in=SiteApprovalTask.objects.all())
    refusals = finished.filter(status=TaskState.STATUS_REJECTED).exclude(refusal_reason="")
    page_paths = dict(
        Page.objects.filter(pk__in={int(s.workflow_state.object_id) for s in [*approvals, *refusals]}).values_list("pk", "url_path")
    )
    by_site, index = {figure.portal_site.site_id: figure for figure in figures}, SiteIndex()

    def figures_of(page_id) -> SiteFigures | None:
        return by_site.get(index.site_id_of(page_paths.get(page_id, "")))

    calendar = working_calendar()
    submitted = submission_times(approvals)
    for approval in approvals:
        figure = figures_of(int(approval.workflow_state.object_id))
        if figure is None:
            continue
        figure.published += 1
        figure.on_time += approval.due_at is None or approval.finished_at <= approval.due_at
        figure.hours.append(calendar.working_time_between(submitted[approval.pk], approval.finished_at).total_seconds() / 3600)
    for refusal in refusals:
        figure = figures_of(int(refusal.workflow_state.object_id))
        if figure is not None:
            figure.refusals[refusal.refusal_reason] += 1
    return figures


def editorial_report(request):
    """Per site for one month: published, on time, median working hours to publish, refusals by reason."""
    sites = visible_sites(request.user)
    if not sites:
        raise PermissionDenied
    form = MonthForm(request.GET or None)
    month = form.cleaned_data["month"] if form.is_valid() else timezone.localdate().replace(day=1)
    figures = monthly_figures(sites, month)
    # One row per reason of Art 14, one column per site, and the total.
    refusal_rows = [
        (label, [f.refusals[code] for f in figures], sum(f.refusals[code] for f in figures)) for code, label in RefusalReason.choices
    ]
    return TemplateResponse(
        request,
        "editorial/report.html",
        {
            "form": form if form.is_bound else MonthForm(initial={"month": month}),
            "month": month,
            "figures": figures,
            "refusal_rows": refusal_rows,
            "assignment_rows": figures_per_person(*_month_bounds(month), {site.site_id for site in sites}),
            "chart": [(figure, 28 * row, round(3.6 * (figure.on_time_rate or 0))) for row, figure in enumerate(figures)],
            "chart_height": 28 * len(figures) + 10,
        },
    )

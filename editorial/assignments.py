"""Assigning items to reporters and editors (Art 12.1): the Standing Board on every site, a site's approvers on their
own site, to someone who may edit the item, with a due time in working days. The assignee finds it first on the
dashboard and by e-mail; the assigner follows its state; every assignment and reassignment is in the audit log."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.core.mail import send_mail
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from wagtail.admin.ui.components import Component
from wagtail.log_actions import log
from wagtail.models import Page, WorkflowState

from accounts.roles import CHIEF_EDITOR, STANDING_APPROVERS, group_ids, has_role
from editorial.assignment_forms import AssignmentForm
from editorial.calendar import working_days
from editorial.models import Assignment, working_calendar
from home.trees import SiteIndex
from subsites.models import PortalSite

ASSIGN = "moj.assign"
REASSIGN = "moj.reassign"


def portal_site_of(page: Page) -> PortalSite | None:
    site = page.get_site()
    return PortalSite.objects.filter(site=site).select_related("editors_group", "approvers_group").first() if site else None


def assigns_everywhere(user) -> bool:
    """Those of the Standing Board who lead the work (its approvers, the Chief Editor) assign on every site; its
    editors are the people they assign (Art 12.1)."""
    return has_role(user, CHIEF_EDITOR, STANDING_APPROVERS)


def assigns_anywhere(user) -> bool:
    """Whether the user may assign items on some site."""
    return assigns_everywhere(user) or any(site.approvers_group_id in group_ids(user) for site in PortalSite.every_site())


def may_assign(page: Page, user) -> bool:
    """The Standing Board assigns on every site; a site's approvers on their own (Art 12.1)."""
    if not user.is_active or page.depth <= 2:
        return False
    if assigns_everywhere(user):
        return True
    portal_site = portal_site_of(page)
    return portal_site is not None and user.groups.filter(pk=portal_site.approvers_group_id).exists()


def candidates(page: Page):
    """The people of the item's site who may edit it: its editors and approvers."""
    portal_site = portal_site_of(page)
    if portal_site is None:
        return get_user_model().objects.none()
    team = (
        get_user_model()
        .objects.filter(is_active=True, groups__in=[portal_site.editors_group_id, portal_site.approvers_group_id])
        .distinct()
    )
    allowed = [user.pk for user in team if page.permissions_for_user(user).can_edit()]
    return get_user_model().objects.filter(pk__in=allowed).order_by("first_name", "username")


def current_assignment(page: Page) -> Assignment | None:
    return Assignment.objects.filter(page=page, replaced_at__isnull=True).select_related("assignee").first()


@transaction.atomic
def assign(page: Page, assigner, assignee, days, note: str = "", reason: str = "") -> Assignment:
    """Assign (or reassign, with a reason) the item; checked here, whatever door the request came through."""
    if not may_assign(page, assigner):
        raise PermissionDenied
    if not (assignee.is_active and page.permissions_for_user(assignee).can_edit()):
        raise PermissionDenied
    previous = current_assignment(page)
    if previous is not None and not reason.strip():
        raise PermissionDenied
    now = timezone.now()
    if previous is not None:
        previous.replaced_at = now
        previous.save(update_fields=["replaced_at"])
    assignment = Assignment.objects.create(
        page=page,
        assignee=assignee,
        assigned_by=assigner,
        note=note,
        reason=reason.strip() if previous else "",
        working_days=days,
        assigned_at=now,
        due_at=working_calendar().add(now, working_days(float(days))),
    )
    data = {"assignee": assignee.get_username(), "due_at": assignment.due_at.isoformat(), "note": note}
    if previous is not None:
        data.update(reason=assignment.reason, previous_assignee=previous.assignee.get_username())
    log(instance=page.specific, action=REASSIGN if previous else ASSIGN, user=assigner, data=data)
    if assignee.email:
        title = page.get_admin_display_title()
        due = date_format(timezone.localtime(assignment.due_at), "H:i d/m/Y")
        body = _("Bạn được giao xử lý “%(title)s”. Hạn hoàn thành: %(due)s.") % {"title": title, "due": due}
        if note:
            body += "\n\n" + _("Ghi chú: %(note)s") % {"note": note}
        send_mail(_("[Việc được giao] %(title)s") % {"title": title}, body, None, [assignee.email], fail_silently=True)
    return assignment


def with_states(assignments) -> list[Assignment]:
    """Each assignment with its state and when its work was done: submitted for approval or published after it was
    given (a few queries for the whole list)."""
    assignments = list(assignments)
    page_ids = {str(a.page_id) for a in assignments if a.page_id}
    submissions = {}
    for state in WorkflowState.objects.filter(object_id__in=page_ids).values("object_id", "created_at"):
        submissions.setdefault(int(state["object_id"]), []).append(state["created_at"])
    for a in assignments:
        published = a.page.last_published_at if a.page and a.page.live else None
        submitted = min((when for when in submissions.get(a.page_id, []) if when >= a.assigned_at), default=None)
        a.published = published if published and published >= a.assigned_at else None
        a.done_at = min(filter(None, [a.published, submitted]), default=None)
        a.on_time = a.done_at is not None and a.done_at <= a.due_at
        a.overdue = a.done_at is None and a.is_current and a.due_at < timezone.now()
        if not a.is_current:
            a.state = Assignment.State.REASSIGNED
        elif a.published:
            a.state = Assignment.State.PUBLISHED
        elif submitted:
            a.state = Assignment.State.SUBMITTED
        else:
            a.state = Assignment.State.ASSIGNED
        a.state_label = Assignment.State(a.state).label
    return assignments


def assign_view(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    if not may_assign(page, request.user):
        raise PermissionDenied
    previous = current_assignment(page)
    form = AssignmentForm(request.POST or None, candidates=candidates(page), reassigning=previous is not None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        assignment = assign(page, request.user, data["assignee"], data["working_days"], data["note"], data.get("reason", ""))
        messages.success(
            request, _("Đã giao “%(title)s” cho %(name)s.") % {"title": page.title, "name": str(assignment.assignee.get_full_name())}
        )
        return redirect("editorial_assignments")
    return TemplateResponse(request, "editorial/assignments/assign.html", {"page": page, "form": form, "previous": previous})


def given_by_me(request):
    """What the user assigned and where each item is now."""
    assignments = Assignment.objects.filter(assigned_by=request.user).select_related("page", "assignee").order_by("-assigned_at")[:200]
    if not assignments and not assigns_anywhere(request.user):
        raise PermissionDenied
    return TemplateResponse(request, "editorial/assignments/given.html", {"assignments": with_states(assignments)})


class AssignedToMePanel(Component):
    """ "Việc được giao" on the assignee's dashboard, the nearest due time first, overdue in red."""

    name = "assigned_to_me"
    template_name = "editorial/assignments/panel.html"
    order = 90

    def get_context_data(self, parent_context):
        user = parent_context["request"].user
        current = Assignment.objects.filter(assignee=user, replaced_at__isnull=True).select_related("page", "assigned_by")
        open_ = [a for a in with_states(current.order_by("due_at")[:50]) if a.state == Assignment.State.ASSIGNED]
        return {"assignments": open_}


def figures_per_person(start, end, site_ids: set[int]) -> list[dict]:
    """Per assignee, for the current assignments given between start and end on the given sites: assigned, done on
    time (Art 12.1)."""
    given = Assignment.objects.filter(assigned_at__gte=start, assigned_at__lt=end, replaced_at__isnull=True, page__isnull=False)
    index, rows = SiteIndex(), {}
    for a in with_states(given.select_related("page", "assignee")):
        if index.site_id_of(a.page.url_path) not in site_ids:
            continue
        row = rows.setdefault(
            a.assignee_id, {"person": a.assignee.get_full_name() or a.assignee.get_username(), "assigned": 0, "on_time": 0}
        )
        row["assigned"] += 1
        row["on_time"] += a.on_time
    return sorted(rows.values(), key=lambda row: row["person"])

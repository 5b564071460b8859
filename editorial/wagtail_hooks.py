"""The editorial process in the admin: Board and calendar snippets, the editorial URLs and report, the reasoned
actions in a page's header menu, the dashboard panels, the status at the top of the editor and the log actions.
The doors that keep publishing inside the workflow are editorial.guards (imported here so that its hooks register)."""

from django.conf import settings
from django.contrib import messages
from django.urls import path, reverse
from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from accounts import roles
from accounts.roles import has_role, is_chief_editor
from editorial import (
    abandoned_drafts,
    assignments,
    guards,  # noqa: F401 (the doors of the two steps register their hooks when imported)
    monitoring,
    publishing,
    reports,
    review_requests,
    section_items,
    views,
)
from editorial.models import BoardMember, CalendarException, Takedown
from editorial.panels import MySubmissionsPanel, MyTasksPanel, MyTranslationsPanel
from editorial.translations import can_submit


class BoardMemberViewSet(SnippetViewSet):
    """Board members and their fields are data (R-FLOW-2): the Chief Editor changes them in the admin."""

    model = BoardMember
    icon = "user"
    menu_label = _("Thành viên Ban Biên tập")
    list_display = ["__str__"]


register_snippet(BoardMemberViewSet)


@hooks.register("register_admin_urls")
def register_translation_urls():
    return [path("translations/<int:page_id>/submit/", views.submit_translation, name="submit_translation_for_approval")]


def _submit_button(page, user, next_url=None):
    if page.locale.language_code != settings.LANGUAGE_CODE and can_submit(page, user):
        yield Button(
            _("Gửi duyệt bản dịch"),
            reverse("submit_translation_for_approval", args=[page.pk]),
            icon_name="resubmit",
            priority=5,
        )


@hooks.register("register_page_listing_more_buttons")
def translation_submit_listing_button(page, user, view_name=None, next_url=None):
    yield from _submit_button(page, user, next_url)


@hooks.register("register_page_header_buttons")
def translation_submit_header_button(page, user, view_name=None, next_url=None):
    yield from _submit_button(page, user, next_url)


class CalendarExceptionViewSet(SnippetViewSet):
    """Days off and make-up working days, added by administrators each year (R-FLOW-3)."""

    model = CalendarException
    icon = "date"
    menu_label = _("Lịch ngày nghỉ, làm bù")
    list_display = ["date", "is_working_day", "note"]


register_snippet(CalendarExceptionViewSet)


@hooks.register("register_admin_urls")
def register_editorial_urls():
    return [
        path("editorial/pages/<int:page_id>/assign/", assignments.assign_view, name="editorial_assign"),
        path("editorial/pages/<int:page_id>/<slug:action>/", views.page_action, name="editorial_page_action"),
        path("editorial/report/", reports.editorial_report, name="editorial_report"),
        path("editorial/abandoned-drafts/", abandoned_drafts.abandoned_drafts_view, name="editorial_abandoned_drafts"),
        path("editorial/assignments/", assignments.given_by_me, name="editorial_assignments"),
        path("editorial/sections/<int:section_id>/items/", section_items.section_items, name="editorial_section_items"),
        path("editorial/fields/", monitoring.field_monitoring, name="editorial_field_monitoring"),
        path("editorial/review-requests/", review_requests.request_list, name="editorial_review_requests"),
        path("editorial/review-requests/new/", review_requests.new_request, name="editorial_new_review_request"),
        path("editorial/review-requests/<int:request_id>/", review_requests.request_detail, name="editorial_review_request"),
    ]


@hooks.register("register_page_header_buttons")
def editorial_header_buttons(page, user, view_name=None, next_url=None):
    """The reasoned actions on an item, where the people who may take them look: the page's header menu."""
    if view_name != "edit":
        return
    if assignments.may_assign(page, user):
        yield Button(_("Giao việc"), reverse("editorial_assign", args=[page.pk]), icon_name="user", priority=8)
    takedown = publishing.active_takedown(page)
    if takedown and takedown.kind == Takedown.Kind.TEMPORARY and publishing.can_restore(page, user):
        yield Button(
            _("Khôi phục sau xác minh"), reverse("editorial_page_action", args=[page.pk, "restore"]), icon_name="undo", priority=10
        )
    if page.live and publishing.can_take_down(page, user):
        yield Button(
            _("Gỡ tạm thời để xác minh"), reverse("editorial_page_action", args=[page.pk, "take-down"]), icon_name="warning", priority=11
        )
        yield Button(_("Gỡ bỏ vĩnh viễn"), reverse("editorial_page_action", args=[page.pk, "remove"]), icon_name="bin", priority=12)
    flag = publishing.pending_override(page)
    if flag and publishing.can_review_override(page, user, flag):
        yield Button(_("Xác nhận đã rà soát"), reverse("editorial_page_action", args=[page.pk, "reviewed"]), icon_name="tick", priority=9)
    if page.depth > 2 and is_chief_editor(user) and not takedown:
        yield Button(
            _("Xuất bản không qua duyệt"),
            reverse("editorial_page_action", args=[page.pk, "publish-without-review"]),
            icon_name="warning",
            priority=13,
        )


@hooks.register("register_log_actions")
def register_editorial_log_actions(actions):
    actions.register_action(publishing.OVERRIDE_PUBLISH, _("Xuất bản không qua duyệt"), _("Xuất bản không qua duyệt"))
    actions.register_action(publishing.OVERRIDE_REVIEWED, _("Xác nhận đã rà soát"), _("Xác nhận đã rà soát"))
    actions.register_action(publishing.TAKEDOWN, _("Gỡ tạm thời để xác minh"), _("Gỡ tạm thời để xác minh"))
    actions.register_action(publishing.REMOVAL, _("Gỡ bỏ vĩnh viễn"), _("Gỡ bỏ vĩnh viễn"))
    actions.register_action(publishing.RESTORE, _("Khôi phục sau xác minh"), _("Khôi phục sau xác minh"))
    actions.register_action(publishing.CORRECTION, _("Đăng cải chính"), _("Đăng cải chính"))
    actions.register_action(publishing.CORRECTION_DRAFT, _("Mở bản nháp đính chính"), _("Mở bản nháp đính chính"))
    actions.register_action(assignments.ASSIGN, _("Giao việc"), _("Giao việc"))
    actions.register_action(assignments.REASSIGN, _("Giao lại"), _("Giao lại"))
    actions.register_action(monitoring.FIELD_REVIEWED, _("Đã rà soát (lĩnh vực)"), _("Đã rà soát (lĩnh vực)"))
    actions.register_action(monitoring.FIELD_NEEDS_LOOK, _("Đề nghị xem lại (lĩnh vực)"), _("Đề nghị xem lại (lĩnh vực)"))
    actions.register_action(review_requests.REVIEW_REQUEST, _("Đề nghị đơn vị rà soát"), _("Đề nghị đơn vị rà soát"))
    actions.register_action(review_requests.REVIEW_ANSWER, _("Đơn vị trả lời rà soát"), _("Đơn vị trả lời rà soát"))
    actions.register_action(publishing.REFUSED, _("Từ chối tự duyệt"), _("Từ chối tự duyệt"))


@hooks.register("construct_homepage_panels")
def editorial_dashboard_panels(request, panels):
    """Wagtail's "Awaiting your review" becomes "My tasks", ordered by due time; its "Your pages in a workflow" becomes
    "My items in review", with due times and the reasons for sending back."""
    replaced = {"workflow_objects_to_moderate", "user_objects_in_workflow_moderation"}
    panels[:] = [panel for panel in panels if panel.name not in replaced]
    panels.extend([assignments.AssignedToMePanel(), monitoring.SentBackPanel(), MyTasksPanel(), MySubmissionsPanel()])
    if drafts_panel := abandoned_drafts.dashboard_panel(request):
        panels.append(drafts_panel)
    if has_role(request.user, roles.EN_TRANSLATORS) and not request.user.is_superuser:
        panels.append(MyTranslationsPanel())


@hooks.register("before_edit_page")
def show_editorial_status(request, page):
    """The item's place in the process, at the top of its editor: due time (red once overdue), why it was sent back,
    "not reviewed", taken down (R-FLOW-1..5)."""
    if request.method != "GET":
        return None
    workflow_state = page.current_workflow_state
    task_state = workflow_state.current_task_state.specific if workflow_state and workflow_state.current_task_state else None
    if workflow_state and workflow_state.status == workflow_state.STATUS_IN_PROGRESS and getattr(task_state, "due_at", None):
        text = _("Bước “%(task)s”: hạn xử lý %(due)s.") % {
            "task": task_state.task.name,
            "due": date_format(localtime(task_state.due_at), "H:i d/m/Y"),
        }
        if task_state.is_overdue:
            messages.error(request, _("Quá hạn! %(text)s") % {"text": text})
        else:
            messages.info(request, text)
    elif workflow_state and workflow_state.status == workflow_state.STATUS_NEEDS_CHANGES and getattr(task_state, "refusal_reason", ""):
        messages.warning(
            request,
            _("Bị trả lại — lý do: %(reason)s. Nhận xét: %(comment)s")
            % {"reason": task_state.get_refusal_reason_display(), "comment": task_state.comment},
        )
    if flag := publishing.pending_override(page):
        messages.warning(
            request, _("Chưa rà soát: Trưởng Ban Biên tập xuất bản không qua duyệt. Lý do: %(reason)s") % {"reason": flag.reason}
        )
    if assignment := assignments.current_assignment(page):
        messages.info(
            request,
            _("Được giao cho %(name)s, hạn hoàn thành %(due)s.")
            % {
                "name": assignment.assignee.get_full_name() or assignment.assignee.get_username(),
                "due": date_format(localtime(assignment.due_at), "H:i d/m/Y"),
            },
        )
    if asked := review_requests.pending_correction(page):
        messages.warning(request, _("Đơn vị đề nghị đính chính: %(comment)s") % {"comment": asked.comment})
    if takedown := publishing.active_takedown(page):
        messages.warning(request, _("%(kind)s. Lý do: %(reason)s") % {"kind": takedown.get_kind_display(), "reason": takedown.reason})
    return None


class EditorialReportMenuItem(MenuItem):
    def is_shown(self, request):
        return reports.user_may_see_reports(request.user)


@hooks.register("register_reports_menu_item")
def register_editorial_report_menu_item():
    return EditorialReportMenuItem(_("Quy trình biên tập"), reverse("editorial_report"), icon_name="date", order=800)


class FieldMonitoringMenuItem(MenuItem):
    def is_shown(self, request):
        return monitoring.board_member_of(request.user) is not None


class GivenAssignmentsMenuItem(MenuItem):
    def is_shown(self, request):
        return assignments.assigns_anywhere(request.user)


@hooks.register("register_admin_menu_item")
def register_board_menu_items():
    return FieldMonitoringMenuItem(_("Theo dõi lĩnh vực"), reverse("editorial_field_monitoring"), icon_name="view", order=250)


@hooks.register("register_admin_menu_item")
def register_assignment_menu_item():
    return GivenAssignmentsMenuItem(_("Việc tôi đã giao"), reverse("editorial_assignments"), icon_name="user", order=251)


class ReviewRequestsMenuItem(MenuItem):
    def is_shown(self, request):
        user = request.user
        return review_requests.may_request(user) or user.review_requests.exists()


@hooks.register("register_admin_menu_item")
def register_review_requests_menu_item():
    return ReviewRequestsMenuItem(_("Đề nghị rà soát"), reverse("editorial_review_requests"), icon_name="help", order=252)

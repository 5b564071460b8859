"""The editor's rough edges of the two steps (issue 18): the action an editor or approver is expected to take is the
prominent button, the ½/1-day rule of Art 13 is stated before submitting, and an approver who approves or sends back
is told what happened. Attribution required to submit: home.forms."""

import datetime

from django.contrib import messages
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.action_menu import ActionMenuItem, WorkflowMenuItem
from wagtail.models import Page, TaskState, WorkflowState


class WaitingMenuItem(ActionMenuItem):
    """While an item waits for someone else, the editor's main button says so, with the due time; stopping the
    workflow ("Ngừng quy trình") moves into the menu beside it."""

    name = "action-waiting"
    template_name = "editorial/action_menu/waiting.html"

    def is_shown(self, context):
        return True

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        task_state = parent_context["page"].current_workflow_task_state
        due_at = getattr(task_state.specific, "due_at", None) if task_state else None
        context["label"] = (
            _("Đang chờ duyệt — hạn %(due)s") % {"due": date_format(localtime(due_at), "H:i d/m/Y")} if due_at else _("Đang chờ duyệt")
        )
        return context


@hooks.register("construct_page_action_menu", order=10)
def expected_action_first(menu_items, request, context):
    """An approver's first button is to approve (then send back), not to save a draft; an editor whose item waits sees
    that it waits, not "Ngừng quy trình"."""
    workflow_items = [item for item in menu_items if isinstance(item, WorkflowMenuItem)]
    if workflow_items:
        workflow_items.sort(key=lambda item: item.name != "approve")
        menu_items[:] = workflow_items + [item for item in menu_items if item not in workflow_items]
        return
    if menu_items and menu_items[0].name == "action-cancel-workflow":
        menu_items[:] = [WaitingMenuItem(), *[item for item in menu_items if item.name != "action-page-locked"]]


def deadline_rule(page=None) -> str:
    """Art 13 in one sentence, for this item when it is known."""
    if page is not None and hasattr(page, "publishing_deadline_days"):
        days = page.publishing_deadline_days()
        text = _("Sau khi gửi duyệt, tin bài này được duyệt trong %(days)s ngày làm việc (Điều 13).") % {
            "days": "½" if days == 0.5 else "01"
        }
        if page.needs_expert_review:
            text += " " + _(
                "Là tin, bài chuyên sâu, phức tạp, tin bài được thành viên Ban Biên tập thẩm định trước, trong 01 ngày làm việc."
            )
        return text
    return _(
        "Sau khi gửi duyệt: tin tức, tin chỉ đạo điều hành và văn bản hành chính được duyệt trong ½ ngày làm việc; tin bài "
        "nghiên cứu, trao đổi và văn bản khác trong 01 ngày làm việc; tin, bài chuyên sâu, phức tạp được thẩm định thêm "
        "01 ngày làm việc (Điều 13)."
    )


@hooks.register("before_edit_page")
def state_the_deadline_before_submitting(request, page):
    if request.method != "GET" or not hasattr(page.specific_class or Page, "publishing_deadline_days"):
        return None
    workflow_state = page.current_workflow_state
    if workflow_state is None or workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        messages.info(request, deadline_rule(page.get_latest_revision_as_object()))
    return None


@hooks.register("before_create_page")
def state_the_rule_on_a_new_item(request, parent_page, page_class):
    if request.method == "GET" and hasattr(page_class, "publishing_deadline_days"):
        messages.info(request, deadline_rule())
    return None


def confirm_review(request, page_id, since) -> None:
    """After approving or sending back (from the dashboard, the modal or the editor), the approver is told the outcome."""
    finished = (
        TaskState.objects.filter(workflow_state__object_id=str(page_id), finished_by=request.user, finished_at__gte=since)
        .select_related("workflow_state", "task")
        .order_by("-finished_at")
        .first()
    )
    if finished is None:
        return
    page = Page.objects.get(pk=page_id)
    title = page.get_latest_revision_as_object().title
    workflow_state = finished.workflow_state
    if finished.status == TaskState.STATUS_REJECTED:
        messages.success(request, _("Đã trả lại “%(title)s” cho tác giả, kèm lý do và nhận xét.") % {"title": title})
    elif finished.status == TaskState.STATUS_APPROVED and workflow_state.status == WorkflowState.STATUS_APPROVED:
        messages.success(request, _("Đã duyệt và xuất bản “%(title)s”: tin bài đã lên trang.") % {"title": title})
    elif finished.status == TaskState.STATUS_APPROVED:
        next_task = workflow_state.current_task_state.task.name if workflow_state.current_task_state else ""
        messages.success(
            request,
            _("Đã duyệt bước “%(task)s” của “%(title)s”; tin bài chuyển sang bước “%(next)s”.")
            % {
                "task": finished.task.name,
                "title": title,
                "next": next_task,
            },
        )


@hooks.register("after_edit_page")
def confirm_review_in_editor(request, page):
    if request.POST.get("action-workflow-action"):
        confirm_review(request, page.pk, timezone.now() - datetime.timedelta(minutes=1))
    return None

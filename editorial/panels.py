"""Where editors and approvers work: the admin dashboard (R-FLOW-3, R-FLOW-4)."""

from django.utils import timezone
from wagtail.admin.ui.components import Component
from wagtail.admin.views.home import WorkflowObjectsToModeratePanel
from wagtail.models import TaskState, WorkflowState

from editorial.models import EditorialTaskState, Reminder


class MyTasksPanel(WorkflowObjectsToModeratePanel):
    """Items waiting for this user, the most urgent first, overdue ones in red."""

    template_name = "editorial/panels/my_tasks.html"

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        states = context["states"]
        due = dict(EditorialTaskState.objects.filter(pk__in=[s["task_state"].pk for s in states]).values_list("pk", "due_at"))
        now = timezone.now()
        for state in states:
            state["due_at"] = due.get(state["task_state"].pk)
            state["overdue"] = state["due_at"] is not None and state["due_at"] < now
        far_future = timezone.datetime.max.replace(tzinfo=timezone.get_current_timezone())
        states.sort(key=lambda s: s["due_at"] or far_future)
        return context


class MySubmissionsPanel(Component):
    """The author's own items in a workflow: where they are, their due time, and why one was sent back."""

    name = "my_submissions"
    template_name = "editorial/panels/my_submissions.html"
    order = 210

    def get_context_data(self, parent_context):
        user = parent_context["request"].user
        workflow_states = (
            WorkflowState.objects.filter(
                requested_by=user, status__in=[WorkflowState.STATUS_IN_PROGRESS, WorkflowState.STATUS_NEEDS_CHANGES]
            )
            .select_related("current_task_state__task")
            .order_by("-created_at")[:20]
        )
        rows = []
        for workflow_state in workflow_states:
            task_state = workflow_state.current_task_state
            specific = EditorialTaskState.objects.filter(pk=task_state.pk).first() if task_state else None
            rows.append({"workflow_state": workflow_state, "object": workflow_state.content_object, "task_state": specific or task_state})
        # A reminder shows as long as its step waits.
        reminders = Reminder.objects.filter(user=user, task_state__status=TaskState.STATUS_IN_PROGRESS).select_related(
            "task_state__workflow_state"
        )[:20]
        return {"rows": rows, "reminders": reminders, "now": timezone.now()}

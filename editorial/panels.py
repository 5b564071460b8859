"""Where editors and approvers work: the admin dashboard (R-FLOW-3, R-FLOW-4)."""

import datetime

from django.db.models import OuterRef, Subquery
from django.utils import timezone
from wagtail.admin.ui.components import Component
from wagtail.admin.views.home import WorkflowObjectsToModeratePanel
from wagtail.models import Revision, TaskState, WorkflowState

from editorial.models import EditorialTaskState, Reminder
from editorial.rules import authors_of, authors_since_publication
from editorial.translations import translation_tasks


class MyTasksPanel(WorkflowObjectsToModeratePanel):
    """Items waiting for this user, the most urgent first, overdue ones in red. Wagtail's own panel asks each task
    for its actions one item at a time (about 40 queries per item with our rules); this one reads what every row
    needs in a few queries: an item is only listed to someone who may act on it, so its actions are the task's,
    unless that person submitted or last edited it (R-FLOW-1)."""

    template_name = "editorial/panels/my_tasks.html"

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        user = request.user
        states = (
            TaskState.objects.reviewable_by(user)
            .select_related("revision__user", "workflow_state", "task")
            .prefetch_related("revision__content_object", "revision__content_object__latest_revision")
            .annotate(
                previous_revision_id=Revision.objects.previous_revision_id_subquery(),
                due_at=Subquery(EditorialTaskState.objects.filter(pk=OuterRef("pk")).values("due_at")),
            )
        )
        states = [state for state in states if state.revision.content_object is not None]
        editors = authors_since_publication(state.revision.content_object for state in states)
        tasks, rows, now = {}, [], timezone.now()
        for state in states:
            obj = state.revision.content_object
            # The step's own class for its actions, which read no field: no query (`specific` would ask one a step).
            task = tasks.setdefault(state.task_id, state.task.specific_deferred)
            authors = authors_of(state.workflow_state, state.revision, obj.latest_revision) | editors[obj.pk]
            due_at = state.due_at
            rows.append(
                {
                    "obj": obj,
                    "revision": state.revision,
                    "previous_revision_id": state.previous_revision_id,
                    "live_revision_id": obj.live_revision_id,
                    "task_state": state,
                    "actions": [] if user.pk in authors else getattr(task, "moderator_actions", list)(),
                    "workflow_action_url_name": "wagtailadmin_pages:workflow_action",
                    "workflow_preview_url_name": "wagtailadmin_pages:workflow_preview" if obj.is_previewable else None,
                    "revisions_compare_url_name": "wagtailadmin_pages:revisions_compare",
                    "due_at": due_at,
                    "overdue": due_at is not None and due_at < now,
                }
            )
        far_future = timezone.datetime.max.replace(tzinfo=datetime.UTC)
        rows.sort(key=lambda row: row["due_at"] or far_future)
        return {"states": rows, "request": request, "csrf_token": parent_context["csrf_token"]}


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
            .prefetch_related("content_object")
            .order_by("-created_at")[:20]
        )
        # Every item's step with its due time and reason, in one query (not one an item).
        step_ids = [state.current_task_state_id for state in workflow_states if state.current_task_state_id]
        steps = EditorialTaskState.objects.select_related("task").in_bulk(step_ids)
        rows = []
        for workflow_state in workflow_states:
            task_state = workflow_state.current_task_state
            specific = steps.get(task_state.pk) if task_state else None
            rows.append({"workflow_state": workflow_state, "object": workflow_state.content_object, "task_state": specific or task_state})
        # A reminder shows as long as its step waits.
        reminders = (
            Reminder.objects.filter(user=user, task_state__status=TaskState.STATUS_IN_PROGRESS)
            .select_related("task_state__workflow_state")
            .prefetch_related("task_state__workflow_state__content_object")[:20]
        )
        return {"rows": rows, "reminders": reminders, "now": timezone.now()}


class MyTranslationsPanel(Component):
    """A translator's own list (issue 18): items chosen for English not yet sent for approval, with how much is
    translated; those waiting for the English approver; those sent back. Shown to the English translators."""

    name = "my_translations"
    template_name = "editorial/panels/my_translations.html"
    order = 205

    def get_context_data(self, parent_context):
        return {"rows": translation_tasks(parent_context["request"].user)}

"""Many items at once for the tests of the admin at scale (issue 16): articles in a month folder written in bulk
(bench/bulk.py), and the same articles waiting for the site's approvers, as `Workflow.start` leaves them after a
skipped expert review — a draft revision by their editor, a workflow in progress, the approval step with its due
time — written with a handful of INSERTs instead of about 30 queries an item."""

import datetime

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.utils import timezone
from wagtail.models import Page, Revision, TaskState, WorkflowState

from bench.bulk import bulk_articles
from editorial.models import EditorialTaskState, SiteApprovalTask
from news.models import ArticlePage


def articles(folder, count: int, live: bool = True) -> list[int]:
    return bulk_articles(folder, count, timezone.now() - datetime.timedelta(days=1), datetime.timedelta(minutes=1), live=live)


def waiting_for_approval(folder, count: int, editor) -> list[int]:
    """`count` new drafts under `folder`, submitted by `editor`, now at the approval step of their site's workflow."""
    ids = articles(folder, count, live=False)
    page = ContentType.objects.get_for_model(Page)
    article = ContentType.objects.get_for_model(ArticlePage)
    pages = list(ArticlePage.objects.filter(pk__in=ids).order_by("pk"))
    template = pages[0].serializable_data()
    now = timezone.now()
    revisions = Revision.objects.bulk_create(
        Revision(
            content_type=article,
            base_content_type=page,
            object_id=str(item.pk),
            user=editor,
            object_str=item.title,
            created_at=now,
            content={**template, "pk": item.pk, "title": item.title, "slug": item.slug, "path": item.path, "url_path": item.url_path},
        )
        for item in pages
    )
    for item, revision in zip(pages, revisions, strict=True):
        item.latest_revision = revision
        item.latest_revision_created_at = now
    Page.objects.bulk_update(pages, ["latest_revision", "latest_revision_created_at"])

    workflow = pages[0].get_workflow()
    approval = SiteApprovalTask.objects.get(workflow_tasks__workflow=workflow)
    workflow_states = WorkflowState.objects.bulk_create(
        WorkflowState(
            content_type=article,
            base_content_type=page,
            object_id=str(item.pk),
            workflow=workflow,
            status=WorkflowState.STATUS_IN_PROGRESS,
            requested_by=editor,
        )
        for item in pages
    )
    task_states = TaskState.objects.bulk_create(
        TaskState(
            workflow_state=workflow_state,
            revision=revision,
            task=approval,
            status=TaskState.STATUS_IN_PROGRESS,
            content_type=ContentType.objects.get_for_model(EditorialTaskState),
        )
        for workflow_state, revision in zip(workflow_states, revisions, strict=True)
    )
    with connection.cursor() as cursor:  # the child rows of a multi-table model, which bulk_create cannot write
        cursor.executemany(
            f"INSERT INTO {EditorialTaskState._meta.db_table} (taskstate_ptr_id, due_at, refusal_reason) VALUES (%s, %s, '')",
            [(state.pk, now + datetime.timedelta(hours=n)) for n, state in enumerate(task_states)],
        )
    for workflow_state, task_state in zip(workflow_states, task_states, strict=True):
        workflow_state.current_task_state = task_state
    WorkflowState.objects.bulk_update(workflow_states, ["current_task_state"])
    return ids

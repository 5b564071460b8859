"""The editorial report's median working hours to publish (R-FLOW-3, Art 13) on data with real timings: it showed
"0,0" (issue 18). Counted in working hours from the submission of the version published, not the first one."""

import datetime

from wagtail.models import TaskState, WorkflowState

from editorial.calendar import VIETNAM
from editorial.models import EditorialTaskState
from news.models import ArticlePage
from tests.editorial.test_workflow import act, current


def at(day, hour, minute=0):
    return datetime.datetime(2026, 11, day, hour, minute, tzinfo=VIETNAM)


def dated(article, submitted, approved):
    """Moves the item's whole workflow to the times a real day would have given it."""
    workflow_state = WorkflowState.objects.get(base_content_type__isnull=False, object_id=str(article.pk))
    WorkflowState.objects.filter(pk=workflow_state.pk).update(created_at=submitted)
    states = TaskState.objects.filter(workflow_state=workflow_state)
    states.exclude(status=TaskState.STATUS_APPROVED).update(started_at=submitted, finished_at=submitted)
    states.filter(status=TaskState.STATUS_APPROVED).update(started_at=submitted, finished_at=approved)
    EditorialTaskState.objects.filter(workflow_state=workflow_state).update(due_at=approved + datetime.timedelta(hours=1))


def test_median_working_hours_on_real_timings(client, newsroom):
    items = [newsroom["draft"](title=f"Tin số {n}") for n in range(3)]
    for article in items:
        newsroom["submit"](article)
        act(client, newsroom["approver"], article, "approve", comment="")
    # Monday 9:00 → 15:00 is 5 working hours (lunch 12–13 left out); Friday 16:00 → Monday 9:30 is 1.5;
    # Tuesday 8:30 → Wednesday 10:30 is 3.5 + 4 + 2.5 = 10. The median is 5.
    dated(items[0], at(16, 9), at(16, 15))
    dated(items[1], at(20, 16), at(23, 9, 30))
    dated(items[2], at(17, 8, 30), at(18, 10, 30))

    client.force_login(newsroom["chief"])
    report = client.get("/admin/editorial/report/", {"month": "2026-11"}).text
    row = report[report.index("Bộ Tư pháp</th>") :][:300]
    assert "<td>3</td>" in row and "<td>5,0</td>" in row, row


def test_time_in_the_authors_hands_after_sending_back_is_not_counted(client, newsroom):
    article = newsroom["draft"]()
    newsroom["submit"](article)
    act(client, newsroom["approver"], article, "reject", reason="quality", comment="Sửa ảnh minh hoạ.")
    workflow_state = WorkflowState.objects.get(object_id=str(article.pk))
    rejected = TaskState.objects.get(workflow_state=workflow_state, status=TaskState.STATUS_REJECTED)
    # First submitted on Monday 9:00, sent back at 10:00; the author sends it again on Thursday at 14:00.
    WorkflowState.objects.filter(pk=workflow_state.pk).update(created_at=at(16, 9))
    TaskState.objects.filter(workflow_state=workflow_state).update(started_at=at(16, 9), finished_at=at(16, 9))
    TaskState.objects.filter(pk=rejected.pk).update(finished_at=at(16, 10))
    ArticlePage.objects.get(pk=article.pk).save_revision(user=newsroom["reporter"])
    WorkflowState.objects.get(pk=workflow_state.pk).resume(newsroom["reporter"])
    again = current(article)
    TaskState.objects.filter(workflow_state=workflow_state, started_at__gt=at(16, 10)).update(started_at=at(19, 14))
    act(client, newsroom["approver"], article, "approve", comment="")
    TaskState.objects.filter(pk=again.pk).update(finished_at=at(19, 16))  # two working hours after sending again

    client.force_login(newsroom["chief"])
    report = client.get("/admin/editorial/report/", {"month": "2026-11"}).text
    row = report[report.index("Bộ Tư pháp</th>") :][:300]
    assert "<td>1</td>" in row and "<td>2,0</td>" in row, row

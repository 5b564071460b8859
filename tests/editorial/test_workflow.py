"""The editorial process of Decision 1319 on Wagtail workflows (R-FLOW-1..5, R-OPS-3): two steps with a different
person approving, expert review by the Board member of the field, due times in working days, refusals with a reason
of Art 14, reminders, the monthly report."""

import datetime

from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import PageLogEntry, TaskState, WorkflowState

from accounts import roles
from accounts.factories import UserFactory
from editorial.calendar import HALF_DAY, ONE_DAY
from editorial.models import BoardMember, EditorialTaskState, ExpertReviewTask, Reminder, SiteApprovalTask, working_calendar
from news.models import ArticlePage


def current(article) -> EditorialTaskState:
    return EditorialTaskState.objects.get(pk=ArticlePage.objects.get(pk=article.pk).current_workflow_task_state.pk)


def act(client, user, article, action, **data):
    client.force_login(user)
    task_state = current(article)
    return client.post(f"/admin/pages/workflow/action/{article.pk}/{action}/{task_state.pk}/", data, follow=True)


def test_an_ordinary_item_skips_expert_review_and_waits_for_an_approver_with_a_half_day_deadline(newsroom):
    article = newsroom["draft"]()
    newsroom["submit"](article)

    task_state = current(article)
    assert isinstance(task_state.task.specific, SiteApprovalTask)
    assert task_state.due_at == working_calendar().add(task_state.started_at, HALF_DAY)
    skipped = EditorialTaskState.objects.get(workflow_state=task_state.workflow_state, task__in=ExpertReviewTask.objects.all())
    assert skipped.status == TaskState.STATUS_SKIPPED
    assert not ArticlePage.objects.get(pk=article.pk).live


def test_research_articles_have_one_working_day(newsroom):
    article = newsroom["draft"](kind=ArticlePage.Kind.RESEARCH)
    newsroom["submit"](article)
    task_state = current(article)
    assert task_state.due_at == working_calendar().add(task_state.started_at, ONE_DAY)


def test_a_second_person_approves_and_publishes(client, newsroom):
    article = newsroom["draft"]()
    newsroom["submit"](article)

    response = act(client, newsroom["approver"], article, "approve", comment="")
    assert response.status_code == 200
    assert ArticlePage.objects.get(pk=article.pk).live
    assert PageLogEntry.objects.filter(page=article, action="wagtail.workflow.approve", user=newsroom["approver"]).exists()


def test_whoever_submitted_or_last_edited_can_never_approve(client, newsroom):
    """An approver who writes and submits an item cannot approve it, nor can one who edited the version under review."""
    approver, approver2 = newsroom["approver"], newsroom["approver2"]
    article = newsroom["draft"]()
    newsroom["submit"](article, approver)

    response = act(client, approver, article, "approve", comment="")
    assert "không thể tự duyệt" in response.content.decode()
    assert not ArticlePage.objects.get(pk=article.pk).live
    assert PageLogEntry.objects.filter(page=article, action="moj.refused", user=approver).exists()

    # The second approver edits the version under review: now they are its last editor, and may not approve either.
    ArticlePage.objects.get(pk=article.pk).save_revision(user=approver2)
    act(client, approver2, article, "approve", comment="")
    assert not ArticlePage.objects.get(pk=article.pk).live

    # Nor may the reporter through the superuser back door: the rule holds whatever the role.
    reporter = newsroom["reporter"]
    reporter.is_superuser = True
    reporter.save()
    act(client, reporter, article, "approve", comment="")
    assert not ArticlePage.objects.get(pk=article.pk).live


def test_the_approve_buttons_are_not_offered_to_the_author(newsroom):
    article = newsroom["draft"]()
    newsroom["submit"](article, newsroom["approver"])
    page = ArticlePage.objects.get(pk=article.pk)
    task = page.current_workflow_task
    assert task.get_actions(page, newsroom["approver"]) == []
    assert {name for name, *_ in task.get_actions(page, newsroom["approver2"])} == {"approve", "reject"}


def test_nobody_publishes_from_the_editor(client, newsroom):
    article = newsroom["draft"]()
    for user in (newsroom["approver"], newsroom["chief"]):
        client.force_login(user)
        response = client.post(f"/admin/pages/{article.pk}/edit/", {"action-publish": "1", "title": "x"}, follow=True)
        assert "hai bước" in response.content.decode()
        assert not ArticlePage.objects.get(pk=article.pk).live
    client.force_login(newsroom["approver"])
    editor = client.get(f"/admin/pages/{article.pk}/edit/").content.decode()
    assert 'name="action-publish"' not in editor
    assert 'name="action-submit"' in editor


def test_a_complex_item_goes_first_to_the_board_member_of_its_field(client, newsroom):
    article = newsroom["draft"](complex_=True)
    newsroom["submit"](article)

    task_state = current(article)
    assert isinstance(task_state.task.specific, ExpertReviewTask)
    assert list(task_state.reviewers.all()) == [newsroom["expert"]]
    assert task_state.due_at == working_calendar().add(task_state.started_at, ONE_DAY)

    # Neither the Board member of another field nor the site's approver may act at this step.
    page = ArticlePage.objects.get(pk=article.pk)
    assert task_state.task.specific.get_actions(page, newsroom["other_expert"]) == []
    assert task_state.task.specific.get_actions(page, newsroom["approver"]) == []
    act(client, newsroom["other_expert"], article, "approve", comment="")
    assert current(article).pk == task_state.pk and current(article).status == TaskState.STATUS_IN_PROGRESS

    # The Board member approves; the item moves on to the approvers, who publish it.
    act(client, newsroom["expert"], article, "approve", comment="Nội dung chính xác.")
    assert isinstance(current(article).task.specific, SiteApprovalTask)
    assert not ArticlePage.objects.get(pk=article.pk).live
    act(client, newsroom["approver"], article, "approve", comment="")
    assert ArticlePage.objects.get(pk=article.pk).live


def test_without_any_board_member_a_complex_item_goes_straight_to_the_approvers(newsroom):
    BoardMember.objects.all().delete()
    article = newsroom["draft"](complex_=True)
    newsroom["submit"](article)
    assert isinstance(current(article).task.specific, SiteApprovalTask)


def test_a_field_can_require_expert_review_for_every_item(newsroom):
    legal_aid = newsroom["legal_aid"]
    legal_aid.always_expert_review = True
    legal_aid.save()
    article = newsroom["draft"](areas=[legal_aid])
    newsroom["submit"](article)
    assert list(current(article).reviewers.all()) == [newsroom["other_expert"]]


def test_the_board_member_sends_back_with_a_reason_and_a_comment(client, newsroom):
    article = newsroom["draft"](complex_=True)
    newsroom["submit"](article)

    # The refusal form cannot be sent without a reason, nor without a comment.
    client.force_login(newsroom["expert"])
    task_state = current(article)
    url = f"/admin/pages/workflow/action/{article.pk}/reject/{task_state.pk}/"
    form = client.get(url).json()["html"]
    assert "Quá thời hạn gửi đăng tải" in form and "Nhận xét" in form
    client.post(url, {"comment": "Số liệu chưa đúng."}, HTTP_X_REQUESTED_WITH="XMLHttpRequest")
    client.post(url, {"reason": "inaccurate", "comment": ""}, HTTP_X_REQUESTED_WITH="XMLHttpRequest")
    assert current(article).status == TaskState.STATUS_IN_PROGRESS

    client.post(url, {"reason": "inaccurate", "comment": "Số liệu chưa đúng với báo cáo."})
    refused = EditorialTaskState.objects.get(pk=task_state.pk)
    assert refused.status == TaskState.STATUS_REJECTED and refused.refusal_reason == "inaccurate"
    assert WorkflowState.objects.get(pk=refused.workflow_state_id).status == WorkflowState.STATUS_NEEDS_CHANGES

    # The author sees why, on the dashboard and in the editor; the log keeps the reason.
    client.force_login(newsroom["reporter"])
    dashboard = client.get("/admin/").content.decode()
    assert "Nội dung không chính xác, không đúng sự thật" in dashboard and "Số liệu chưa đúng với báo cáo." in dashboard
    editor = client.get(f"/admin/pages/{article.pk}/edit/").content.decode()
    assert "Bị trả lại" in editor and "Số liệu chưa đúng với báo cáo." in editor
    entry = PageLogEntry.objects.get(page=article, action="wagtail.workflow.reject")
    assert entry.data["comment"].startswith("Nội dung không chính xác")


def test_my_tasks_on_the_dashboard_are_ordered_by_due_time_with_overdue_ones_marked(client, newsroom):
    late = newsroom["draft"](title="Tin quá hạn")
    newsroom["submit"](late)
    EditorialTaskState.objects.filter(pk=current(late).pk).update(due_at=timezone.now() - datetime.timedelta(hours=3))
    fresh = newsroom["draft"](title="Tin mới gửi")
    newsroom["submit"](fresh)

    client.force_login(newsroom["approver"])
    dashboard = client.get("/admin/").content.decode()
    assert "Việc của tôi" in dashboard
    assert dashboard.index("Tin quá hạn") < dashboard.index("Tin mới gửi")
    assert "Quá hạn" in dashboard and "editorial-overdue" in dashboard
    assert f"{timezone.localtime(current(fresh).due_at):%H:%M %d/%m/%Y}" in dashboard

    # The due time is also shown on the item itself.
    editor = client.get(f"/admin/pages/{fresh.pk}/edit/").content.decode()
    assert f"hạn xử lý {timezone.localtime(current(fresh).due_at):%H:%M %d/%m/%Y}" in editor


def test_reminders_are_sent_once_before_and_once_at_the_deadline(newsroom):
    article = newsroom["draft"]()
    newsroom["submit"](article)
    task_state = current(article)

    # Far from the deadline: nothing.
    EditorialTaskState.objects.filter(pk=task_state.pk).update(due_at=timezone.now() + datetime.timedelta(days=30))
    call_command("send_deadline_reminders", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert not Reminder.objects.exists() and not mail.outbox

    # Past it: every approver of the site is told, by e-mail and on the dashboard, once however often it runs.
    EditorialTaskState.objects.filter(pk=task_state.pk).update(due_at=timezone.now() - datetime.timedelta(minutes=5))
    for _ in range(3):
        call_command("send_deadline_reminders", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert sorted(r.user.username for r in Reminder.objects.filter(kind=Reminder.Kind.OVERDUE)) == ["approver", "approver2"]
    assert sorted(m.to[0] for m in mail.outbox) == ["approver2@moj.gov.vn", "approver@moj.gov.vn"]
    assert mail.outbox[0].subject == "[Quá hạn] Cải cách thủ tục hộ tịch"


def test_the_monthly_report_counts_publications_on_time_and_refusals_by_reason(client, newsroom, thads_site):
    on_time = newsroom["draft"](title="Đúng hạn")
    newsroom["submit"](on_time)
    act(client, newsroom["approver"], on_time, "approve", comment="")
    late = newsroom["draft"](title="Trễ hạn")
    newsroom["submit"](late)
    EditorialTaskState.objects.filter(pk=current(late).pk).update(due_at=timezone.now() - datetime.timedelta(hours=1))
    act(client, newsroom["approver"], late, "approve", comment="")
    refused = newsroom["draft"](title="Bị từ chối")
    newsroom["submit"](refused)
    act(client, newsroom["approver"], refused, "reject", reason="late", comment="Gửi sau thời hạn.")

    client.force_login(newsroom["chief"])
    report = client.get("/admin/editorial/report/").content.decode()
    row = report[report.index("Bộ Tư pháp</th>") :]
    assert "<td>2</td>" in row[:200] and "50%" in row[:200]
    assert "Quá thời hạn gửi đăng tải" in report
    assert "<svg" in report
    # A component site's approver sees their own site only; its editors do not see the report.
    thads_approver = UserFactory(username="thads_approver", groups=[thads_site.approvers_group])
    client.force_login(thads_approver)
    report = client.get("/admin/editorial/report/").content.decode()
    assert "Cục Thi hành án dân sự" in report and "Bộ Tư pháp</th>" not in report
    thads_editor = UserFactory(username="thads_editor", groups=[thads_site.editors_group, roles.BOARD_MEMBERS])
    client.force_login(thads_editor)
    assert client.get("/admin/editorial/report/").status_code != 200


def test_the_doors_around_the_two_steps_are_closed(client, newsroom):
    """The admin API's publish action, publishing copies, plain unpublishing and bulk publishing all refuse."""
    article = newsroom["draft"]()
    client.force_login(newsroom["approver"])
    assert client.post(f"/admin/api/main/pages/{article.pk}/action/publish/").status_code == 403
    assert not ArticlePage.objects.get(pk=article.pk).live

    live = newsroom["draft"](title="Tin đã đăng", live=True)
    response = client.post(f"/admin/pages/{live.pk}/unpublish/", follow=True)
    assert ArticlePage.objects.get(pk=live.pk).live
    assert "cần ghi lý do" in response.content.decode()

    client.post(
        f"/admin/pages/{live.pk}/copy/",
        {"new_title": "Bản sao", "new_slug": "ban-sao", "new_parent_page": live.get_parent().pk, "publish_copies": "on"},
    )
    assert not ArticlePage.objects.filter(slug="ban-sao", live=True).exists()


def test_a_reviewer_acts_only_on_their_own_items_and_never_reviews_their_own(client, newsroom):
    other = newsroom["draft"](title="Tin trợ giúp pháp lý", complex_=True, areas=[newsroom["legal_aid"]])
    newsroom["submit"](other)
    mine = newsroom["draft"](title="Tin hộ tịch", complex_=True)
    newsroom["submit"](mine)
    # The Board member of civil status names their own item in the URL and the other field's task state.
    client.force_login(newsroom["expert"])
    response = client.post(f"/admin/pages/workflow/action/{mine.pk}/approve/{current(other).pk}/", {"comment": ""})
    assert response.status_code == 404
    assert isinstance(current(other).task.specific, ExpertReviewTask)
    # A Board member who submits an item is not among its reviewers.
    own = newsroom["draft"](title="Bài của thành viên Ban Biên tập", complex_=True)
    own.get_workflow().start(ArticlePage.objects.get(pk=own.pk), newsroom["expert"])
    assert newsroom["expert"] not in current(own).reviewers.all()


def test_a_permanently_removed_item_is_never_approved_again_and_a_republished_one_loses_its_notice(client, newsroom):
    from editorial import publishing

    removed = newsroom["draft"](title="Tin vi phạm bản quyền", live=True)
    publishing.take_down(removed, newsroom["approver"], "permanent", "Vi phạm quyền tác giả.")
    ArticlePage.objects.get(pk=removed.pk).save_revision(user=newsroom["reporter"])
    newsroom["submit"](removed)
    response = act(client, newsroom["approver2"], removed, "approve", comment="")
    assert "gỡ bỏ vĩnh viễn" in response.content.decode()
    assert not ArticlePage.objects.get(pk=removed.pk).live

    checked = newsroom["draft"](title="Tin đang xác minh", live=True)
    publishing.take_down(checked, newsroom["approver"], "temporary", "Cần xác minh số liệu.")
    ArticlePage.objects.get(pk=checked.pk).save_revision(user=newsroom["reporter"])
    newsroom["submit"](checked)
    act(client, newsroom["approver2"], checked, "approve", comment="")
    assert ArticlePage.objects.get(pk=checked.pk).live
    assert publishing.active_takedown(checked) is None


def test_the_report_answers_an_impossible_month_without_an_error(client, newsroom):
    client.force_login(newsroom["chief"])
    assert client.get("/admin/editorial/report/", {"month": "9999-12"}).status_code == 200
    assert client.get("/admin/editorial/report/", {"month": "not-a-month"}).status_code == 200

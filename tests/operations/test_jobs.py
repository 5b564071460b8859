"""The periodic jobs (issue 17): the scheduler queues each due job once, the worker runs it, each run is recorded
with its outcome and shown to the IT administrators; a failed or late job e-mails the operators."""

import datetime
import re

import pytest
from django.utils import timezone

from accounts import roles
from accounts.factories import UserFactory
from operations.models import JobRun, WorkerHeartbeat
from operations.schedule import Job
from operations.scheduler import tick

QUICK_JOBS = {
    "send_deadline_reminders": {"command": "send_deadline_reminders", "every_minutes": 5},
    "suspend_inactive_accounts": {"command": "suspend_inactive_accounts", "daily_at": "01:30"},
}


@pytest.fixture
def schedule(settings):
    settings.OPERATIONS_SCHEDULE = dict(QUICK_JOBS)
    settings.OPERATIONS_ALERT_EMAILS = ["ops@moj.gov.vn"]
    return settings.OPERATIONS_SCHEDULE


def test_each_due_job_runs_once_and_is_recorded(main_site, schedule, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        tick()
    with django_capture_on_commit_callbacks(execute=True):
        assert tick() == []  # the same slots: nothing queued twice

    runs = {run.job: run for run in JobRun.objects.all()}
    assert set(runs) == set(QUICK_JOBS) and JobRun.objects.count() == 2
    reminders = runs["send_deadline_reminders"]
    assert reminders.outcome == JobRun.Outcome.SUCCESS
    assert reminders.started_at <= reminders.finished_at and "reminder(s) sent" in reminders.message
    assert "account(s) suspended" in runs["suspend_inactive_accounts"].message
    assert WorkerHeartbeat.objects.get().seen_at > timezone.now() - datetime.timedelta(seconds=30)


def test_a_failed_job_is_recorded_and_alerts_the_operators(
    main_site, schedule, settings, tmp_path, mailoutbox, django_capture_on_commit_callbacks
):
    (tmp_path / "not-a-folder").write_text("x")
    settings.BACKUP_DIR = tmp_path / "not-a-folder"
    schedule["backup"] = {"command": "backup", "daily_at": "02:00"}

    with django_capture_on_commit_callbacks(execute=True):
        tick()

    run = JobRun.objects.get(job="backup")
    assert run.outcome == JobRun.Outcome.FAILURE and "FileExistsError" in run.message
    assert [mail.subject for mail in mailoutbox] == ["[MOJ vận hành] backup thất bại"]
    assert JobRun.objects.get(job="send_deadline_reminders").outcome == JobRun.Outcome.SUCCESS  # the others still ran


def test_a_job_no_worker_started_on_time_is_flagged_late_once(main_site, schedule, mailoutbox):
    tick()  # queued; no worker runs it
    JobRun.objects.update(created_at=timezone.now() - datetime.timedelta(minutes=20))
    tick()
    tick()

    late = JobRun.objects.get(job="send_deadline_reminders")
    assert late.outcome == JobRun.Outcome.LATE and late.alerted
    assert sorted(mail.subject for mail in mailoutbox) == [
        "[MOJ vận hành] send_deadline_reminders không chạy đúng giờ",
        "[MOJ vận hành] suspend_inactive_accounts không chạy đúng giờ",
    ]


def test_slots_of_the_schedule():
    now = datetime.datetime(2026, 3, 1, 1, 0, tzinfo=datetime.UTC)  # 08:00 in Hà Nội
    every_five = Job("reminders", "x", every_minutes=5)
    assert every_five.latest_slot(now + datetime.timedelta(minutes=7)) == now + datetime.timedelta(minutes=5)
    daily = Job("backup", "x", daily_at="02:00")
    assert timezone.localtime(daily.latest_slot(now)).strftime("%d %H:%M") == "01 02:00"
    assert timezone.localtime(daily.next_slot(now)).strftime("%d %H:%M") == "02 02:00"
    monthly = Job("archive", "x", monthly_on=1, daily_at="09:00")
    assert timezone.localtime(monthly.latest_slot(now)).strftime("%m-%d %H:%M") == "02-01 09:00"
    assert timezone.localtime(monthly.next_slot(now)).strftime("%m-%d %H:%M") == "03-01 09:00"
    weekly = Job("digest", "x", weekly_on=0, daily_at="07:00")  # Mondays; 1 March 2026 is a Sunday
    assert timezone.localtime(weekly.latest_slot(now)).strftime("%m-%d %H:%M") == "02-23 07:00"
    assert timezone.localtime(weekly.next_slot(now)).strftime("%m-%d %H:%M") == "03-02 07:00"
    monday_morning = datetime.datetime(2026, 3, 2, 1, 30, tzinfo=datetime.UTC)  # 08:30 on Monday in Hà Nội
    assert timezone.localtime(weekly.latest_slot(monday_morning)).strftime("%m-%d %H:%M") == "03-02 07:00"


def test_it_administrators_see_each_job_with_its_last_run(client, main_site, schedule, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        tick()
    client.force_login(UserFactory(groups=[roles.IT_ADMINS]))

    html = client.get("/admin/reports/jobs/", HTTP_HOST="localhost").text

    assert "send_deadline_reminders" in html and "Thành công" in html and "reminder(s) sent" in html
    assert "Tiến trình nền" in html


def test_an_editor_may_not_see_the_jobs(client, main_site):
    client.force_login(UserFactory(groups=[roles.CHIEF_EDITOR]))
    response = client.get("/admin/reports/jobs/", HTTP_HOST="localhost")
    assert response.status_code in (302, 403)
    assert "Công việc định kỳ" not in client.get("/admin/reports/audit/", HTTP_HOST="localhost").text


@pytest.mark.django_db
def test_every_job_of_the_demo_schedule_runs_and_shows_with_its_last_run(
    demo_portal, client, settings, tmp_path, django_capture_on_commit_callbacks
):
    """The schedule as `make run` + `make scheduler` run it (the settings' own OPERATIONS_SCHEDULE): each job runs
    once and the IT administrators see it with its last run and its outcome."""
    settings.BACKUP_DIR = tmp_path / "backups"
    settings.ARCHIVE_DIR = tmp_path / "archive"
    with django_capture_on_commit_callbacks(execute=True):
        tick()
    client.force_login(UserFactory(groups=[roles.IT_ADMINS]))

    html = client.get("/admin/reports/jobs/", HTTP_HOST="localhost").text

    assert len(settings.OPERATIONS_SCHEDULE) >= 7
    rows = re.findall(r"<tr>\s*<td>([a-z_]+)</td>\s*<td>([^<]+)</td>\s*<td>([^<]+)</td>", html)
    shown = {job: (last.strip(), outcome.strip()) for job, last, outcome in rows[: len(settings.OPERATIONS_SCHEDULE)]}
    assert set(shown) == set(settings.OPERATIONS_SCHEDULE)
    for job, (last, outcome) in shown.items():
        run = JobRun.objects.filter(job=job).latest("created_at")
        assert run.outcome == JobRun.Outcome.SUCCESS, (job, run.message)
        assert outcome == "Thành công" and last == timezone.localtime(run.started_at).strftime("%H:%M %d/%m/%Y")
    assert "Tiến trình nền không hoạt động" not in html  # the heartbeat ran too

"""The scheduler (`manage.py run_scheduler`, issue 17): once a minute it queues the jobs that are due for the worker,
queues the worker's heartbeat, and raises an alert for each job that did not run on time. Runs are unique per job and
slot (JobRun's constraint): two schedulers started by mistake queue each job once."""

import datetime

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from operations import tasks
from operations.jobs import alert
from operations.models import JobRun
from operations.schedule import jobs

KEEP_RUNS = datetime.timedelta(days=90)


def queue_due_jobs(now: datetime.datetime) -> list[JobRun]:
    queued = []
    for job in jobs():
        slot = job.latest_slot(now)
        if JobRun.objects.filter(job=job.name, scheduled_for__gte=slot).exists():
            continue
        try:
            with transaction.atomic():
                run = JobRun.objects.create(job=job.name, scheduled_for=slot)
        except IntegrityError:
            continue  # another scheduler queued it
        queued.append(run)
        transaction.on_commit(lambda run_id=run.pk: tasks.run_job.enqueue(run_id))
    return queued


def late_runs(now: datetime.datetime):
    """Queued runs that no worker started within OPERATIONS_LATE_AFTER of being queued."""
    limit = now - settings.OPERATIONS_LATE_AFTER
    return JobRun.objects.filter(outcome__in=[JobRun.Outcome.QUEUED, JobRun.Outcome.LATE], created_at__lt=limit)


def flag_late_runs(now: datetime.datetime) -> list[JobRun]:
    flagged = []
    for run in late_runs(now).filter(alerted=False):
        run.outcome, run.alerted = JobRun.Outcome.LATE, True
        queued = timezone.localtime(run.created_at)
        run.message = f"Queued at {queued:%H:%M %d/%m/%Y}, not started by a worker {settings.OPERATIONS_LATE_AFTER} later."
        run.save(update_fields=["outcome", "alerted", "message"])
        alert(f"{run.job} không chạy đúng giờ", run.message)
        flagged.append(run)
    return flagged


def forget_old_runs(now: datetime.datetime) -> None:
    """Runs are kept 90 days (the report shows the latest; the log keeps failures for as long as alerts matter)."""
    JobRun.objects.filter(created_at__lt=now - KEEP_RUNS).delete()


def tick(now: datetime.datetime | None = None) -> list[JobRun]:
    now = now or timezone.now()
    forget_old_runs(now)
    flag_late_runs(now)
    queued = queue_due_jobs(now)
    tasks.heartbeat.enqueue()
    return queued

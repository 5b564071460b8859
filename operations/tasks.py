"""The tasks the worker runs (django-tasks): a scheduled job, and the heartbeat that proves a worker is running."""

import io
import os
import socket

from django.core.management import call_command
from django.utils import timezone
from django_tasks import task

from operations.jobs import recorded
from operations.models import JobRun, WorkerHeartbeat
from operations.schedule import job


@task()
def run_job(run_id: int) -> str:
    run = JobRun.objects.get(pk=run_id)
    scheduled = job(run.job)
    output = io.StringIO()
    with recorded(run.job, run) as recorder:
        try:
            call_command(scheduled.command, *scheduled.args, stdout=output, stderr=output)
        finally:
            # A command that records itself (backup) has said what it did already.
            if not recorder.lines:
                recorder.say(output.getvalue().strip())
    return run.outcome


@task()
def heartbeat() -> None:
    WorkerHeartbeat.objects.update_or_create(worker=f"{socket.gethostname()}:{os.getpid()}", defaults={"seen_at": timezone.now()})

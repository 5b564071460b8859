"""Recording a run of a job (issue 17): start, end, outcome and what it said, and an e-mail to the operators when it
fails (OPERATIONS_ALERT_EMAILS)."""

import contextlib
import contextvars
import logging
import traceback

from django.conf import settings
from django.core.mail import send_mail
from django.utils import timezone

from operations.models import JobRun

logger = logging.getLogger("moj.operations")


def alert(subject: str, body: str) -> None:
    recipients = settings.OPERATIONS_ALERT_EMAILS
    logger.error("%s — %s", subject, body)
    if recipients:
        send_mail(f"[MOJ vận hành] {subject}", body, None, recipients, fail_silently=True)


class Recorder:
    def __init__(self, run: JobRun):
        self.run = run
        self.lines: list[str] = []

    def say(self, line: str) -> None:
        self.lines.append(line)


_current: contextvars.ContextVar[Recorder | None] = contextvars.ContextVar("current_job_run", default=None)


@contextlib.contextmanager
def recorded(job: str, run: JobRun | None = None):
    """Marks the run as running, then success or failure with its message; a failure alerts and is re-raised.
    Inside a run of the same job (a command run by the scheduled task that records it too) it adds to that run."""
    current = _current.get()
    if current is not None and current.run.job == job:
        yield current
        return
    run = run or JobRun(job=job)
    run.started_at, run.outcome = timezone.now(), JobRun.Outcome.RUNNING
    run.save()
    recorder = Recorder(run)
    token = _current.set(recorder)
    try:
        yield recorder
    except Exception as error:
        run.outcome, run.finished_at = JobRun.Outcome.FAILURE, timezone.now()
        run.message = "\n".join([*recorder.lines, "".join(traceback.format_exception_only(error)).strip()])[-10_000:]
        run.alerted = True
        run.save()
        alert(f"{job} thất bại", f"{run.message}\n\n{traceback.format_exc()[-4000:]}")
        raise
    finally:
        _current.reset(token)
    run.outcome, run.finished_at = JobRun.Outcome.SUCCESS, timezone.now()
    run.message = "\n".join(recorder.lines)[-10_000:]
    run.save()


def last_success(job: str) -> JobRun | None:
    return JobRun.objects.filter(job=job, outcome=JobRun.Outcome.SUCCESS).order_by("-finished_at").first()

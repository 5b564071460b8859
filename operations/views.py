"""The report "Công việc định kỳ" (issue 17) for the IT administrators: each scheduled job with its last run and its
next time, the worker's heartbeat, and the latest runs with their outcome and message."""

from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.utils import timezone

from accounts.roles import IT_ADMINS, has_role
from operations import checks
from operations.models import JobRun
from operations.schedule import jobs


def may_see_operations(user) -> bool:
    return has_role(user, IT_ADMINS)


def job_report(request):
    if not may_see_operations(request.user):
        raise PermissionDenied
    now = timezone.now()
    rows = []
    for job in jobs():
        last = JobRun.objects.filter(job=job.name).exclude(outcome=JobRun.Outcome.QUEUED).order_by("-created_at").first()
        rows.append({"job": job, "last": last, "next": job.next_slot(now)})
    context = {
        "rows": rows,
        "runs": JobRun.objects.order_by("-created_at")[:100],
        "heartbeat": checks.last_heartbeat(),
        "heartbeat_fresh": checks.worker_check().ok,
    }
    return TemplateResponse(request, "operations/jobs.html", context)

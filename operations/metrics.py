"""Prometheus metrics at /metrics (R-OPS-1), for the addresses and token of operations/access.py only.

Requests and their latency are counted by the middleware of each process (with several gunicorn workers, set
PROMETHEUS_MULTIPROC_DIR so that every worker's counts are summed), as are the page cache's hits and misses
(home/page_cache, no query). What the editors and the operators watch is read from the database at each scrape, a
few indexed counts: items waiting in a workflow and those overdue (R-FLOW-3), information sent to the intake register
and citizens' questions waiting, by state, and the questions past their due time, failed logins and lockouts of the
last 24 hours (R-OPS-2), the worker's heartbeat, the last backup, the last success of each job."""

import os
import time

from django.db.models import Count, Q
from django.http import HttpResponse, HttpResponseForbidden
from django.utils import timezone
from django.views.decorators.cache import never_cache
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest, multiprocess
from prometheus_client.core import GaugeMetricFamily
from wagtail.models import ModelLogEntry

from accounts.lockout import LOCKOUT
from accounts.logins import LOGIN_FAILED
from editorial.models import EditorialTaskState
from home.page_cache.middleware import LOOKUPS as PAGE_CACHE_LOOKUPS
from intake.models import OPEN_STATES as INTAKE_OPEN_STATES
from intake.models import Entry
from operations.access import may_read_operations_data
from operations.jobs import last_success
from operations.models import WorkerHeartbeat
from operations.schedule import jobs
from questions.models import OPEN_STATES as QUESTION_OPEN_STATES
from questions.models import Question
from questions.models import State as QuestionState

REQUESTS = Counter("moj_http_requests", "HTTP requests answered", ["method", "status"])
LATENCY = Histogram(
    "moj_http_request_duration_seconds", "Time to answer a request", ["method"], buckets=(0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10)
)
DAY = 24 * 3600


class PortalCollector:
    """Gauges read from the database when Prometheus scrapes."""

    def collect(self):
        now = timezone.now()
        in_progress = EditorialTaskState.objects.filter(status=EditorialTaskState.STATUS_IN_PROGRESS)
        yield gauge("moj_editorial_items_waiting", "Workflow steps waiting for someone", in_progress.count())
        yield gauge("moj_editorial_items_overdue", "Workflow steps past their due time", in_progress.filter(due_at__lt=now).count())

        yield by_state("moj_intake_entries_waiting", "Information sent to the portal not yet decided, by state", Entry, INTAKE_OPEN_STATES)
        yield by_state("moj_questions_waiting", "Citizens' questions not yet answered or closed, by state", Question, QUESTION_OPEN_STATES)
        overdue = Question.objects.filter(state__in=QUESTION_OPEN_STATES, due_at__lt=now).exclude(state=QuestionState.CLARIFICATION)
        yield gauge("moj_questions_overdue", "Citizens' questions past their due time", overdue.count())

        since = now - timezone.timedelta(seconds=DAY)
        failures = ModelLogEntry.objects.filter(action=LOGIN_FAILED, timestamp__gte=since).values_list("data", flat=True)
        yield gauge("moj_login_failures_24h", "Failed logins in the last 24 hours", sum((data or {}).get("count", 1) for data in failures))
        lockouts = ModelLogEntry.objects.filter(Q(action=LOCKOUT), timestamp__gte=since).count()
        yield gauge("moj_lockouts_24h", "Login lockouts in the last 24 hours", lockouts)

        beat = WorkerHeartbeat.objects.order_by("-seen_at").first()
        if beat:
            yield gauge(
                "moj_worker_heartbeat_age_seconds", "Seconds since a worker last ran its heartbeat", (now - beat.seen_at).total_seconds()
            )
        successes = GaugeMetricFamily("moj_job_last_success_timestamp_seconds", "When each periodic job last succeeded", labels=["job"])
        for job in jobs():
            if run := last_success(job.name):
                successes.add_metric([job.name], run.finished_at.timestamp())
        yield successes


def by_state(name: str, documentation: str, model, states) -> GaugeMetricFamily:
    """One GROUP BY over an indexed column; every open state present, 0 when none waits in it."""
    found = dict(model.objects.filter(state__in=states).order_by().values("state").annotate(n=Count("pk")).values_list("state", "n"))
    family = GaugeMetricFamily(name, documentation, labels=["state"])
    for state in states:
        family.add_metric([str(state)], found.get(state, 0))
    return family


def gauge(name: str, documentation: str, value: float) -> GaugeMetricFamily:
    return GaugeMetricFamily(name, documentation, value=value)


def registry() -> CollectorRegistry:
    found = CollectorRegistry()
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        multiprocess.MultiProcessCollector(found)
    else:
        for collector in (REQUESTS, LATENCY, PAGE_CACHE_LOOKUPS):
            found.register(collector)
    found.register(PortalCollector())
    return found


@never_cache  # for monitoring only: never kept by the page cache, a CDN or a proxy
def metrics(request):
    if not may_read_operations_data(request):
        return HttpResponseForbidden("Forbidden", content_type="text/plain")
    return HttpResponse(generate_latest(registry()), content_type=CONTENT_TYPE_LATEST)


class RequestMetricsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.perf_counter()
        response = self.get_response(request)
        LATENCY.labels(request.method).observe(time.perf_counter() - started)
        REQUESTS.labels(request.method, str(response.status_code)).inc()
        return response

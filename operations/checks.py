"""What /health/ready/ checks (R-OPS-1, issue 17). A required check that fails makes the portal not ready (503): the
database, the cache, the media storage, and the task worker's heartbeat where a worker is expected. The others —
Elasticsearch (search falls back to the database), the last backup's age, failed or late jobs — make it degraded:
still serving, but an operator must look."""

import datetime
import uuid
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection
from django.utils import timezone
from wagtail.search.backends import get_search_backend

from operations.jobs import last_success
from operations.models import JobRun, WorkerHeartbeat
from operations.schedule import jobs


@dataclass
class Check:
    name: str
    ok: bool
    detail: str = ""
    required: bool = True


def database_check() -> Check:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return Check("database", True)


def cache_check() -> Check:
    key, value = f"health:{uuid.uuid4().hex}", uuid.uuid4().hex
    cache.set(key, value, 10)
    found = cache.get(key)
    cache.delete(key)
    return Check("cache", found == value, "" if found == value else "value written is not read back")


def storage_check() -> Check:
    name = default_storage.save(f"health/{uuid.uuid4().hex}.txt", ContentFile(b"ok"))
    try:
        with default_storage.open(name) as file:
            ok = file.read() == b"ok"
    finally:
        default_storage.delete(name)
    return Check("storage", ok)


def search_check() -> Check:
    if not settings.ELASTICSEARCH_URL:
        return Check("search", True, "database", required=False)
    backend = get_search_backend()
    ok = bool(backend.es.options(request_timeout=3).ping())
    return Check("search", ok, "elasticsearch" if ok else "elasticsearch unreachable: searching the database", required=False)


def last_heartbeat() -> WorkerHeartbeat | None:
    return WorkerHeartbeat.objects.order_by("-seen_at").first()


def worker_check() -> Check:
    beat = last_heartbeat()
    age = timezone.now() - beat.seen_at if beat else None
    ok = age is not None and age <= settings.HEALTH_HEARTBEAT_MAX_AGE
    detail = f"last heartbeat {int(age.total_seconds())} s ago ({beat.worker})" if beat else "no heartbeat ever"
    return Check("worker", ok, detail, required=settings.HEALTH_REQUIRE_WORKER)


def backup_check() -> Check:
    last = last_success("backup")
    if last is None:
        return Check("backup", False, "no backup yet", required=False)
    age = timezone.now() - last.finished_at
    return Check("backup", age <= settings.HEALTH_BACKUP_MAX_AGE, f"last backup {age_text(age)} ago", required=False)


def jobs_check() -> Check:
    failing = []
    for job in jobs():
        last = JobRun.objects.filter(job=job.name).exclude(outcome=JobRun.Outcome.QUEUED).order_by("-created_at").first()
        if last and last.outcome in (JobRun.Outcome.FAILURE, JobRun.Outcome.LATE):
            failing.append(f"{job.name}: {last.outcome}")
    now = timezone.now()
    late = JobRun.objects.filter(outcome=JobRun.Outcome.QUEUED, created_at__lt=now - settings.OPERATIONS_LATE_AFTER)
    failing += [f"{name}: late" for name in late.values_list("job", flat=True)]
    # A job whose latest slot has passed long ago with no run at all: the scheduler is not running.
    for job in jobs():
        slot = job.latest_slot(now)
        if slot < now - settings.OPERATIONS_LATE_AFTER and not JobRun.objects.filter(job=job.name, scheduled_for__gte=slot).exists():
            failing.append(f"{job.name}: not queued since {timezone.localtime(slot):%H:%M %d/%m/%Y} (scheduler down?)")
    return Check("jobs", not failing, "; ".join(sorted(set(failing))), required=False)


def age_text(age: datetime.timedelta) -> str:
    hours = age.total_seconds() / 3600
    return f"{hours:.1f} h" if hours < 48 else f"{hours / 24:.1f} days"


CHECKS = [database_check, cache_check, storage_check, search_check, worker_check, backup_check, jobs_check]


def run_checks() -> list[Check]:
    results = []
    for check in CHECKS:
        try:
            results.append(check())
        except Exception as error:  # noqa: BLE001 — a check that fails is a red check, never a 500
            name = check.__name__.removesuffix("_check")
            required = name in {"database", "cache", "storage"} or (name == "worker" and settings.HEALTH_REQUIRE_WORKER)
            results.append(Check(name, False, f"{type(error).__name__}: {error}"[:300], required=required))
            if name == "database":
                break  # every other check reads the database
    return results

"""/health/ready/ and /metrics (R-OPS-1): ready or not with the reason for monitoring, details and metrics never
shown to the public."""

import datetime

import pytest
from django.utils import timezone

from operations.models import JobRun, WorkerHeartbeat

OUTSIDE = "203.0.113.9"


@pytest.fixture
def worker_expected(settings):
    settings.HEALTH_REQUIRE_WORKER = True
    settings.HEALTH_TOKEN = "s3cret-monitoring-token"


def beat(seconds_ago: int) -> None:
    WorkerHeartbeat.objects.create(worker="worker-1:42", seen_at=timezone.now() - datetime.timedelta(seconds=seconds_ago))


def test_ready_when_the_worker_beats(client, db, worker_expected):
    beat(30)
    JobRun.objects.create(job="backup", outcome=JobRun.Outcome.SUCCESS, started_at=timezone.now(), finished_at=timezone.now())

    response = client.get("/health/ready/")

    assert response.status_code == 200
    checks = response.json()["checks"]
    assert all(checks[name]["ok"] for name in ("database", "cache", "storage", "search", "worker", "backup"))


def test_not_ready_when_the_worker_heartbeat_is_stale(client, db, worker_expected):
    beat(600)

    response = client.get("/health/ready/")

    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "error"
    assert body["checks"]["worker"]["ok"] is False and "600 s ago" in body["checks"]["worker"]["detail"]


def test_a_failed_job_and_an_old_backup_leave_the_portal_serving_but_degraded(client, db, worker_expected):
    beat(5)
    two_days_ago = timezone.now() - datetime.timedelta(days=2)
    JobRun.objects.create(job="backup", outcome=JobRun.Outcome.SUCCESS, started_at=two_days_ago, finished_at=two_days_ago)
    JobRun.objects.create(job="send_deadline_reminders", outcome=JobRun.Outcome.FAILURE, started_at=timezone.now())

    body = client.get("/health/ready/").json()

    assert body["status"] == "degraded"
    assert "2.0 days ago" in body["checks"]["backup"]["detail"]
    assert "send_deadline_reminders: failure" in body["checks"]["jobs"]["detail"]


def test_the_public_sees_the_status_only(client, db, worker_expected):
    beat(600)

    response = client.get("/health/ready/", REMOTE_ADDR=OUTSIDE, HTTP_X_FORWARDED_FOR="127.0.0.1")

    assert response.status_code == 503 and response.json() == {"status": "error"}
    with_token = client.get("/health/ready/", REMOTE_ADDR=OUTSIDE, HTTP_AUTHORIZATION="Bearer s3cret-monitoring-token")
    assert "worker" in with_token.json()["checks"]


def test_metrics_are_refused_to_the_public_and_given_to_monitoring(client, db, worker_expected):
    refused = client.get("/metrics", REMOTE_ADDR=OUTSIDE, HTTP_AUTHORIZATION="Bearer wrong")
    assert refused.status_code == 403 and b"moj_" not in refused.content

    client.get("/health/")
    beat(12)
    metrics = client.get("/metrics", REMOTE_ADDR=OUTSIDE, HTTP_AUTHORIZATION="Bearer s3cret-monitoring-token").text

    assert 'moj_http_requests_total{method="GET",status="200"}' in metrics
    assert "moj_editorial_items_waiting 0.0" in metrics and "moj_editorial_items_overdue 0.0" in metrics
    assert "moj_login_failures_24h" in metrics and "moj_lockouts_24h" in metrics
    assert "moj_worker_heartbeat_age_seconds 12." in metrics


def test_each_answer_carries_a_request_id(client, db):
    response = client.get("/health/")
    assert len(response["X-Request-ID"]) == 32
    assert client.get("/health/", HTTP_X_REQUEST_ID="lb-1234-abcd")["X-Request-ID"] == "lb-1234-abcd"
    assert len(client.get("/health/", HTTP_X_REQUEST_ID="<script>")["X-Request-ID"]) == 32


def test_elasticsearch_unreachable_leaves_the_portal_serving_on_database_search(client, db, settings):
    closed_port = "http://127.0.0.1:9"
    settings.ELASTICSEARCH_URL = closed_port
    settings.WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.elasticsearch", "URLS": [closed_port], "TIMEOUT": 1}}

    response = client.get("/health/ready/")

    assert response.status_code == 200 and response.json()["status"] == "degraded"
    assert response.json()["checks"]["search"] == {
        "ok": False,
        "required": False,
        "detail": "elasticsearch unreachable: searching the database",
    }

"""What /metrics adds for the operators (R-OPS-1, issue 17): the page cache's hit ratio (counted in memory, no query),
information sent to the intake register and citizens' questions waiting, read at each scrape with a few queries."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from intake.models import Channel
from intake.register import register
from questions.models import Question, State
from tests.home.test_page_cache import newsroom, page_cache  # noqa: F401 — fixtures

pytestmark = pytest.mark.django_db


def scrape(client) -> str:
    response = client.get("/metrics", REMOTE_ADDR="127.0.0.1")
    assert response.status_code == 200
    return response.text


def value(metrics: str, name: str, **labels) -> float:
    selector = ",".join(f'{key}="{wanted}"' for key, wanted in labels.items())
    pattern = re.escape(name + (f"{{{selector}}}" if labels else "")) + r" ([0-9.e+-]+)$"
    found = re.search(pattern, metrics, flags=re.MULTILINE)
    return float(found.group(1)) if found else 0.0


def test_the_page_cache_hit_ratio_is_counted_without_a_query(client, newsroom):  # noqa: F811
    before = scrape(client)
    path = newsroom["article"].url
    assert client.get(path, HTTP_HOST="localhost")["X-Page-Cache"] == "miss"
    with CaptureQueriesContext(connection) as queries:
        for _ in range(3):
            assert client.get(path, HTTP_HOST="localhost")["X-Page-Cache"] == "hit"
    assert len(queries) == 0

    after = scrape(client)

    name = "moj_page_cache_lookups_total"
    assert value(after, name, result="hit") - value(before, name, result="hit") == 3
    assert value(after, name, result="miss") - value(before, name, result="miss") == 1


def ask(state, due_in_hours=48, **changes):
    return Question.objects.create(
        state=state,
        full_name="Trần Văn Bình",
        email="binh.tv@example.vn",
        province="Nam Định",
        title="Thời hạn yêu cầu thi hành án",
        text="Tôi còn được yêu cầu thi hành án không?",
        due_at=timezone.now() + datetime.timedelta(hours=due_in_hours),
        **changes,
    )


def test_intake_entries_and_questions_waiting_are_read_at_each_scrape(client, main_site):
    data = {"kind": "news", "title": "Hội nghị tập huấn hộ tịch", "content": "Sáng 25/11, hội nghị tập huấn."}
    sender = {"full_name": "Nguyễn Thị Lan", "email": "lan.nt@ninhbinh.gov.vn", "phone": "0912345678"}
    for _ in range(2):
        register(Channel.WEB, {**data, **sender})
    ask(State.NEW)
    ask(State.ASSIGNED, due_in_hours=-5)  # overdue
    ask(State.CLARIFICATION, due_in_hours=-5)  # waits for the asker: the deadline is paused, not overdue
    ask(State.ANSWERED)

    with CaptureQueriesContext(connection) as queries:
        metrics = scrape(client)

    assert value(metrics, "moj_intake_entries_waiting", state="received") == 2
    assert value(metrics, "moj_intake_entries_waiting", state="awaiting") == 0
    assert value(metrics, "moj_questions_waiting", state="new") == 1
    assert value(metrics, "moj_questions_waiting", state="assigned") == 1
    assert value(metrics, "moj_questions_waiting", state="clarification") == 1
    assert 'moj_questions_waiting{state="answered"}' not in metrics
    assert value(metrics, "moj_questions_overdue") == 1
    assert len(queries) <= 20  # a handful of counts, whatever the number of waiting items


def test_failed_logins_and_lockouts_are_counted(client, main_site, settings):
    settings.AXES_FAILURE_LIMIT = 2
    for _ in range(3):
        client.post("/admin/login/", {"username": "khong-co", "password": "sai-mat-khau"}, HTTP_HOST="localhost")

    metrics = scrape(client)

    assert value(metrics, "moj_login_failures_24h") >= 2
    assert value(metrics, "moj_lockouts_24h") >= 1


def test_a_scrape_is_never_kept_by_the_page_cache_for_the_public(client, newsroom):  # noqa: F811
    assert client.get("/metrics", REMOTE_ADDR="127.0.0.1")["Cache-Control"].startswith("max-age=0")
    refused = client.get("/metrics", REMOTE_ADDR="203.0.113.9")
    assert refused.status_code == 403 and b"moj_" not in refused.content

"""What the soak's faults found (bench/soak.py, issue 17), kept as tests: with Redis down the portal keeps answering —
pages uncached, searches still recorded, editors still logged in (sessions are read from the database)."""

import pytest
from django.conf import settings

from accounts.factories import UserFactory

pytestmark = pytest.mark.django_db
CLOSED_PORT = "redis://127.0.0.1:9/0"


@pytest.fixture
def redis_down(settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "home.page_cache.redis.ResilientRedisCache",
            "LOCATION": CLOSED_PORT,
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    settings.PAGE_CACHE_ENABLED = True


def test_with_redis_down_pages_and_searches_are_answered(client, main_site, redis_down):
    assert client.get("/", HTTP_HOST="localhost").status_code == 200
    search = client.get("/tim-kiem/", {"q": "hộ tịch"}, HTTP_HOST="localhost")
    assert search.status_code == 200


def test_with_redis_down_an_editor_logs_in_and_stays_logged_in(client, main_site, redis_down):
    UserFactory(username="standing_editor", groups=[main_site.editors_group])
    login = client.post("/admin/login/", {"username": "standing_editor", "password": settings.DEMO_PASSWORD}, HTTP_HOST="localhost")
    assert login.status_code == 302

    # The session comes back from the database, not from the cache.
    assert client.get("/admin/", HTTP_HOST="localhost").status_code == 200

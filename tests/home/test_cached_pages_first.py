"""Cached pages answered in front of Django (moj_site/cached_pages.py, issue 16): the WSGI application production
runs (moj_site/wsgi.py) serves a stored page without Django's request cycle and without a query, with a fresh nonce,
its request id and the public Cache-Control; a miss, a logged-in reader, a form and a change go to Django."""

import re

import pytest
from django.core.cache import cache
from django.core.handlers.wsgi import WSGIHandler, WSGIRequest
from django.core.signals import request_finished, request_started
from django.db import close_old_connections, connection
from django.test import RequestFactory
from django.test.signals import template_rendered
from django.test.utils import CaptureQueriesContext

from home.factories import SectionPageFactory
from home.page_cache import generation
from home.page_cache.middleware import candidate_key, page_key
from moj_site.cached_pages import CachedPagesFirst
from news.factories import ArticlePageFactory
from news.models import ArticlePage

application = CachedPagesFirst(WSGIHandler())


def call(path, method="GET", **extra):
    environ = RequestFactory().generic(method, path, HTTP_HOST="localhost", **extra).environ
    answer = {}

    def start_response(status, headers, exc_info=None):
        answer["status"], answer["headers"] = status, dict(headers)

    body = b"".join(application(environ, start_response))
    return answer["status"], answer["headers"], body.decode()


@pytest.fixture(autouse=True)
def connection_kept_open():
    """As Django's test client does: the test's transaction must outlive each request."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def article(main_site, settings):
    settings.PAGE_CACHE_ENABLED = True
    section = SectionPageFactory(parent=main_site.site.root_page, title="Tin tức", slug="tin-tuc")
    return ArticlePageFactory(parent=section, title="Hội nghị tổng kết công tác tư pháp", slug="hoi-nghi")


def nonce_of(body):
    return re.search(r'nonce="([^"]+)"', body).group(1)


def test_a_stored_page_is_served_in_front_of_django_without_a_query(article):
    status, headers, first = call(article.url)
    assert status.startswith("200") and headers["X-Page-Cache"] == "miss"
    with CaptureQueriesContext(connection) as queries:
        status, headers, again = call(article.url, HTTP_X_REQUEST_ID="reader-0001")
    assert status == "200 OK" and headers["X-Page-Cache"] == "hit" and len(queries) == 0
    assert "Hội nghị tổng kết công tác tư pháp" in again and headers["X-Request-ID"] == "reader-0001"
    assert headers["Cache-Control"].startswith("public") and int(headers["Content-Length"]) == len(again.encode())
    assert nonce_of(again) != nonce_of(first) and nonce_of(again) in headers["Content-Security-Policy"]
    _status, headers, body = call(article.url, method="HEAD")
    assert headers["X-Page-Cache"] == "hit" and body == ""


def test_a_change_a_session_and_a_foreign_host_go_to_django(article):
    call(article.url)
    page = ArticlePage.objects.get(pk=article.pk)
    page.title = "Hội nghị tổng kết năm 2026"
    page.save_revision().publish()
    _status, headers, body = call(article.url)
    assert headers["X-Page-Cache"] == "miss" and "Hội nghị tổng kết năm 2026" in body
    _status, headers, body = call(article.url, HTTP_COOKIE="sessionid=abc")
    assert "X-Page-Cache" not in headers and headers["Cache-Control"] == "private, no-store"
    environ = RequestFactory().get(article.url, HTTP_HOST="evil.example").environ
    statuses = []
    application(environ, lambda status, headers, exc_info=None: statuses.append(status))
    assert statuses[0].startswith("400")


@pytest.mark.parametrize(
    "path, extra",
    [
        ("/", {}),
        ("/en/", {}),
        ("/tin-tuc/?trang=2&utm_source=x&loai=b&loai=a", {}),
        ("/tin-tuc/", {"HTTP_X_FORWARDED_PROTO": "https"}),
        ("/tin-tuc/", {"HTTP_COOKIE": "theme=dark"}),
        ("/tin-tuc/", {"HTTP_HOST": "tuphap.localhost"}),
    ],
)
def test_the_key_remembered_for_an_address_is_the_key_of_its_request(settings, path, extra):
    settings.PAGE_CACHE_ENABLED = True
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    environ = RequestFactory().get(path, **{"HTTP_HOST": "localhost", **extra}).environ
    for _met_then_remembered in range(2):
        assert candidate_key(environ) == page_key(WSGIRequest(environ))
    assert candidate_key({**environ, "HTTP_COOKIE": "sessionid=abc"}) is None
    assert candidate_key({**environ, "REQUEST_METHOD": "POST"}) is None


def test_a_hit_from_the_workers_memory_asks_the_cache_nothing(article, monkeypatch):
    call(article.url)  # rendered and stored
    call(article.url)  # read from the cache, and kept in this worker's tier
    asked = []
    monkeypatch.setattr(cache, "get_many", lambda keys, **kwargs: asked.append(keys) or {})
    status, headers, body = call(article.url)
    assert status == "200 OK" and headers["X-Page-Cache"] == "hit" and "Hội nghị tổng kết công tác tư pháp" in body
    assert asked == []


def test_a_change_saved_by_another_worker_reaches_readers_here_within_half_a_second(article, monkeypatch):
    clock = [1000.0]
    monkeypatch.setattr(generation.time, "monotonic", lambda: clock[0])
    call(article.url)
    call(article.url)  # read from the cache: in the tier, trusted for half a second
    cache.set(generation.GENERATION_KEY, "another-workers-change")  # what new_generation() does in another process
    clock[0] += 0.4
    assert call(article.url)[1]["X-Page-Cache"] == "hit"  # this worker has not asked the cache yet
    clock[0] += 0.1
    assert call(article.url)[1]["X-Page-Cache"] == "miss"  # it asks, and renders the page under the new generation


def test_a_change_saved_in_this_worker_is_served_at_once(article):
    call(article.url)
    republished = ArticlePage.objects.get(pk=article.pk)
    republished.title = "Hội nghị tổng kết năm 2026 (đính chính)"
    republished.save_revision().publish()
    _status, headers, body = call(article.url)
    assert headers["X-Page-Cache"] == "miss" and "(đính chính)" in body


def test_a_slow_render_does_not_renew_the_trust_in_a_generation_read_before_it(article, monkeypatch):
    """A page rendered for 5 s under the generation read at its start must not make the worker trust that generation
    again when it is stored: another worker's takedown during the render would otherwise be ignored for 5 s more."""
    clock = [1000.0]
    monkeypatch.setattr(generation.time, "monotonic", lambda: clock[0])
    call(article.url)
    call(article.url)  # in the tier
    other = ArticlePageFactory(parent=article.get_parent(), title="Thông báo tuyển dụng", slug="tuyen-dung")

    def taken_down_meanwhile(sender, **kwargs):
        template_rendered.disconnect(taken_down_meanwhile)
        cache.set(generation.GENERATION_KEY, "another-workers-takedown")
        clock[0] += 5

    generation.workers_tier.until = clock[0] + generation.LOCAL_SECONDS  # as if the other page's miss read it now
    template_rendered.connect(taken_down_meanwhile)
    assert call(other.url)[1]["X-Page-Cache"] == "miss"
    assert call(article.url)[1]["X-Page-Cache"] == "miss"


def test_an_answer_read_before_a_change_saved_in_this_process_is_not_trusted_after_it(article, monkeypatch):
    """runserver's threads: a reader's question to the cache in flight while another thread saves a change."""
    call(article.url)
    asked = cache.get_many

    def answered_after_a_change(keys, **kwargs):
        found = asked(keys, **kwargs)  # the generation before the change, and the page stored under it
        generation.new_generation()  # another thread of this process saves a change meanwhile
        return found

    monkeypatch.setattr(cache, "get_many", answered_after_a_change)
    call(article.url)  # this reader asked before the change: it may get the page as it was
    monkeypatch.setattr(cache, "get_many", asked)
    assert call(article.url)[1]["X-Page-Cache"] == "miss"

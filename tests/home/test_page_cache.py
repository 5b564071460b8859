"""The anonymous page cache (issue 16): readers who are not logged in get pages from the cache without a database
query, and see a publication, a correction or a takedown at once; personal pages are never cached."""

import re
import socket
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from accounts import roles
from accounts.factories import UserFactory
from editorial import publishing
from home.factories import SectionPageFactory
from home.models import SiteIdentity
from news.factories import ArticlePageFactory
from news.models import ArticlePage

HOST = "localhost"


@pytest.fixture
def page_cache(settings):
    settings.PAGE_CACHE_ENABLED = True
    return settings


@pytest.fixture
def newsroom(main_site, page_cache):
    home = main_site.site.root_page.specific
    section = SectionPageFactory(parent=home, title="Tin tức", slug="tin-tuc")
    article = ArticlePageFactory(parent=section, title="Hội nghị tổng kết công tác tư pháp", slug="hoi-nghi")
    article.save_revision().publish()
    return {"home": home, "section": section, "article": ArticlePage.objects.get(pk=article.pk)}


def read(client, path, **extra):
    return client.get(path, HTTP_HOST=HOST, **extra)


def republish(article, **changes):
    article = ArticlePage.objects.get(pk=article.pk)
    for name, value in changes.items():
        setattr(article, name, value)
    article.save_revision().publish()
    return article


def nonce_of(response):
    return re.search(r'nonce="([^"]+)"', response.text).group(1)


def test_a_cached_page_is_served_without_a_single_query_with_a_fresh_nonce(client, newsroom):
    path = newsroom["article"].url
    first = read(client, path)
    assert first["X-Page-Cache"] == "miss"
    with CaptureQueriesContext(connection) as queries:
        again = read(client, path)
    assert again["X-Page-Cache"] == "hit"
    assert len(queries) == 0, [query["sql"] for query in queries]
    assert again.text.replace(nonce_of(again), "N") == first.text.replace(nonce_of(first), "N")
    # The nonce of the page is renewed, and the Content-Security-Policy allows the new one only.
    assert nonce_of(again) != nonce_of(first)
    assert f"'nonce-{nonce_of(again)}'" in again["Content-Security-Policy"]
    assert again["Content-Security-Policy"].replace(nonce_of(again), "N") == first["Content-Security-Policy"].replace(nonce_of(first), "N")
    # The security headers the other middleware added to the stored response come back with it.
    for header in ("X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy", "Permissions-Policy", "Content-Language"):
        assert again.get(header) == first.get(header), header
    assert again["Cache-Control"] == "public, max-age=30, s-maxage=120, stale-while-revalidate=30"
    # Trackers' parameters are the same page; a listing's page number is another.
    assert read(client, path, data={"utm_source": "zalo"})["X-Page-Cache"] == "hit"
    assert read(client, newsroom["section"].url, data={"trang": "2"})["X-Page-Cache"] == "miss"
    assert read(client, newsroom["section"].url, data={"trang": ["1", "2"]})["X-Page-Cache"] == "miss"  # every value counts
    assert client.head(path, HTTP_HOST=HOST)["X-Page-Cache"] == "hit"


def test_a_correction_is_visible_at_once_on_the_article_its_section_and_the_home_page(client, newsroom):
    article, section = newsroom["article"], newsroom["section"]
    for path in (article.url, section.url, "/"):
        read(client, path)
        assert read(client, path)["X-Page-Cache"] == "hit"
    republish(article, title="Hội nghị tổng kết công tác tư pháp năm 2026 (đã đính chính)")
    for path in (article.url, section.url):
        response = read(client, path)
        assert response["X-Page-Cache"] == "miss"
        assert "(đã đính chính)" in response.text


def test_a_new_article_appears_at_once_in_its_cached_section(client, newsroom):
    section = newsroom["section"]
    read(client, section.url)
    ArticlePageFactory(parent=section, title="Thông cáo báo chí về nghị định mới")
    assert "Thông cáo báo chí về nghị định mới" in read(client, section.url).text


def test_a_draft_leaves_the_cache_alone_and_is_never_shown(client, newsroom):
    article = newsroom["article"]
    read(client, article.url)
    draft = ArticlePage.objects.get(pk=article.pk)
    draft.title = "Bản nháp chưa duyệt"
    draft.save_revision()
    response = read(client, article.url)
    assert response["X-Page-Cache"] == "hit"
    assert "Bản nháp chưa duyệt" not in response.text


def test_a_takedown_and_a_restoration_are_visible_at_once(client, newsroom):
    article, section = newsroom["article"], newsroom["section"]
    chief = UserFactory(username="chief", groups=[roles.CHIEF_EDITOR])
    for path in (article.url, section.url):
        read(client, path)
    publishing.take_down(article, chief, "temporary", "Cần xác minh số liệu.")
    notice = read(client, article.url)
    assert "<h1>Thông tin đang được xác minh</h1>" in notice.text
    assert "<h1>Hội nghị tổng kết công tác tư pháp</h1>" not in notice.text
    assert "Hội nghị tổng kết công tác tư pháp" not in read(client, section.url).text
    publishing.restore(ArticlePage.objects.get(pk=article.pk), chief, "Đã xác minh.")
    assert "<h1>Hội nghị tổng kết công tác tư pháp</h1>" in read(client, article.url).text
    assert "Hội nghị tổng kết công tác tư pháp" in read(client, section.url).text


def test_site_settings_and_a_switched_off_site_are_visible_at_once(client, newsroom, thads_site):
    read(client, "/")
    identity = SiteIdentity.for_site(newsroom["home"].get_site())
    identity.phone = "(024) 1111 2222"
    identity.save()
    assert "(024) 1111 2222" in read(client, "/").text

    thads_host = thads_site.site.hostname
    assert client.get("/", HTTP_HOST=thads_host).status_code == 200
    assert client.get("/", HTTP_HOST=thads_host)["X-Page-Cache"] == "hit"
    thads_site.is_active = False
    thads_site.save()
    assert client.get("/", HTTP_HOST=thads_host).status_code == 404


def test_logged_in_users_never_get_or_fill_the_cache(client, newsroom, main_site):
    path = newsroom["article"].url
    read(client, path)  # cached for anonymous readers
    client.force_login(UserFactory(username="reporter", groups=[main_site.editors_group]))
    response = read(client, path)
    assert "X-Page-Cache" not in response
    assert response["Cache-Control"] == "private, no-store"
    client.logout()
    republish(newsroom["article"], title="Bài đã sửa")
    client.force_login(UserFactory(username="approver"))
    read(client, path)
    client.logout()
    assert read(client, path)["X-Page-Cache"] == "miss"  # nothing the logged-in reader saw was stored


def test_a_page_with_a_form_and_its_csrf_cookie_is_not_cached(client, newsroom):
    article = newsroom["article"]
    PageViewRestriction.objects.create(page=article, restriction_type=PageViewRestriction.PASSWORD, password="mat-khau")
    first = read(client, article.url)
    assert "csrfmiddlewaretoken" in first.text
    assert {"private", "no-store"} <= {part.strip() for part in first["Cache-Control"].split(",")}
    assert "X-Page-Cache" not in first
    client.cookies.clear()
    assert "X-Page-Cache" not in read(client, article.url)


def test_pages_are_served_uncached_when_redis_is_down(client, newsroom, settings):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    settings.CACHES = {
        "default": {"BACKEND": "home.page_cache.redis.ResilientRedisCache", "LOCATION": f"redis://127.0.0.1:{closed_port}/0"}
    }
    for _ in range(2):
        response = read(client, newsroom["article"].url)
        assert response.status_code == 200
        assert "<h1>Hội nghị tổng kết công tác tư pháp</h1>" in response.text
        assert "X-Page-Cache" not in response


class PurgeRecorder(BaseHTTPRequestHandler):
    received: list

    def do_PURGE(self):
        self.received.append((self.headers["Host"], self.path))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def purge_receiver():
    """A CDN stand-in on a local port that records the PURGE requests it receives."""
    received = []
    handler = type("Recorder", (PurgeRecorder,), {"received": received})
    server = HTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}", received
    server.shutdown()
    server.server_close()


def test_a_publication_purges_the_page_its_section_feeds_and_home_from_the_cdn(
    newsroom, page_cache, purge_receiver, django_capture_on_commit_callbacks
):
    location, received = purge_receiver
    page_cache.WAGTAILFRONTENDCACHE = {"cdn": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": location}}
    with django_capture_on_commit_callbacks(execute=True):
        republish(newsroom["article"], title="Bài đã đính chính")
    article, section = newsroom["article"], newsroom["section"]
    purged = {path for host, path in received if host == HOST}
    assert {article.url, section.url, f"{section.url}rss/", f"{section.url}atom/", "/", "/sitemap.xml", "/sitemap-pages.xml"} <= purged


def test_odd_addresses_never_break_the_cache(client, newsroom):
    for query in ("q=%00", "x=%ff%fe&x=%c3", "trang=-1&trang=abc", "utm_source=%00", "a" * 3000 + "=1"):
        response = client.get(f"{newsroom['section'].url}?{query}", HTTP_HOST=HOST)
        assert response.status_code < 500, query
    assert client.get("/tin-tuc/", HTTP_HOST="evil.example").status_code == 400

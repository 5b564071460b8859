"""The public search page (R-SRCH-1): scope per site, results on their own host, filters, sorting, pagination,
bad input, English, autocomplete, promoted results, the queries report, and the Elasticsearch fallback."""

import json
import logging
import os
import subprocess
import sys
import unicodedata
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from accounts import roles
from accounts.factories import UserFactory
from documents.models import LegalDocumentPage
from news.factories import ArticlePageFactory
from news.models import ArticlePage
from search.models import ZeroResultQuery
from tests.search import corpus

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_cache():
    """Switched-off sites are cached; a test's rollback does not clear the cache."""
    cache.clear()
    yield
    cache.clear()


def search(client, host="localhost", path="/tim-kiem/", **params):
    response = client.get(path, params, HTTP_HOST=host)
    assert response.status_code == 200
    return response, BeautifulSoup(response.text, "html.parser")


def titles(soup):
    return [link.get_text(strip=True) for link in soup.select(".search-result__title a")]


def test_main_portal_finds_items_of_every_site_and_links_them_on_their_own_host(client, search_corpus):
    _, soup = search(client, q="cưỡng chế")
    result = soup.select_one(".search-result")
    assert result.select_one("a")["href"].startswith("http://thads.localhost/")
    meta = result.select_one(".search-result__meta").get_text()
    assert "Cục Thi hành án dân sự" in meta and "Bài viết" in meta and "01/03/2025" in meta
    assert [mark.get_text() for mark in result.select(".search-result__extract mark")] == ["cưỡng", "chế"]


def test_component_site_searches_itself_with_a_one_click_whole_portal_option(client, search_corpus):
    _, soup = search(client, host="thads.localhost", q="pháp luật")
    assert corpus.TOGETHER not in titles(soup)
    assert "trong Cục Thi hành án dân sự" in soup.select_one(".search-count").get_text()
    whole_portal = soup.find("a", string="Tìm trên toàn cổng")["href"]
    soup = BeautifulSoup(client.get("/tim-kiem/" + whole_portal, HTTP_HOST="thads.localhost").text, "html.parser")
    assert corpus.TOGETHER in titles(soup)
    _, soup = search(client, host="thads.localhost", q="cưỡng chế")
    assert titles(soup) == [corpus.ENFORCEMENT]


def test_filters_by_type_field_and_date_and_sorts_by_date(client, search_corpus):
    assert titles(search(client, q="đất đai", loai="van-ban")[1]) == [corpus.LAND_LAW]
    assert corpus.LAND_LAW not in titles(search(client, q="đất đai", loai="bai-viet")[1])
    assert set(titles(search(client, q="pháp luật", linh_vuc="dat-dai")[1])) == {corpus.TOGETHER, corpus.APART}
    assert titles(search(client, q="nghị quyết", tu_ngay="2025-03-04", den_ngay="2025-03-31")[1]) == [corpus.CURRENTLY]
    assert titles(search(client, q="nghị quyết", tu_ngay="2025-03-01", den_ngay="2025-03-03")[1]) == [corpus.PARTY]
    # Newest first; the older article with "đạt … đại" (folded alike) comes after them.
    assert titles(search(client, q="đất đai", loai="bai-viet", sap_xep="moi-nhat")[1]) == [corpus.APART, corpus.TOGETHER, corpus.SCATTERED]
    assert titles(search(client, q="cưỡng chế", pham_vi="thads")[1]) == [corpus.ENFORCEMENT]
    assert titles(search(client, q="cưỡng", pham_vi="moj")[1]) == []
    assert titles(search(client, q="lý lịch", loai="dich-vu-cong")[1]) == [corpus.RECORDS_SERVICE]
    assert titles(search(client, q="thi hành án", loai="don-vi")[1]) == [corpus.THADS_UNIT]


def test_results_are_paginated(client, search_corpus):
    section = ArticlePage.objects.first().get_parent()
    for n in range(25):
        ArticlePageFactory(parent=section, title=f"Bản tin phân trang số {n}")
    _, first = search(client, q="phân trang")
    assert len(titles(first)) == 20 and "25 kết quả" in first.select_one(".search-count").get_text()
    _, second = search(client, q="phân trang", trang="2")
    assert len(titles(second)) == 5 and not set(titles(first)) & set(titles(second))
    assert titles(search(client, q="phân trang", trang="abc")[1]) == titles(first)
    assert titles(search(client, q="phân trang", trang="99999999999999999999")[1]) == titles(second)


def test_a_very_common_word_ranks_only_the_newest_matches_and_says_so(client, search_corpus, monkeypatch):
    section = ArticlePage.objects.first().get_parent()
    for n in range(6):
        ArticlePageFactory(parent=section, title=f"Bản tin phân trang số {n}", first_published_at=timezone.now() - timedelta(days=n))
    monkeypatch.setattr("search.ranking.COUNT_CAP", 4)
    _, soup = search(client, q="phân trang")
    assert sorted(titles(soup)) == [f"Bản tin phân trang số {n}" for n in range(4)]  # the newest four
    assert "4 tin, bài mới nhất" in soup.select_one(".search-notice").get_text()
    assert "Hơn 4 kết quả" in soup.select_one(".search-count").get_text()  # counted no further
    _, soup = search(client, q="phân trang", sap_xep="moi-nhat")  # by date: newest first, no ranking window
    assert titles(soup) == [f"Bản tin phân trang số {n}" for n in range(4)] and soup.select_one(".search-notice") is None
    assert "Hơn 4 kết quả" in soup.select_one(".search-count").get_text()


def test_bad_input_is_ignored_with_a_clear_message_never_an_error(client, search_corpus):
    bad = {"tu_ngay": "2025-13-45", "den_ngay": "abc", "loai": "khong-co", "linh_vuc": "<script>", "pham_vi": "../", "sap_xep": "x"}
    response, soup = search(client, q="đất đai", trang="-1", **bad)
    notice = soup.select_one(".search-notice").get_text()
    assert "không hợp lệ" in notice and "Từ ngày" in notice and "Loại nội dung" in notice
    assert corpus.TOGETHER in titles(soup)
    assert "<script>" not in response.text.split("</header>", 1)[1].split("<footer", 1)[0].replace('<script src="', "")
    search(client, q="đất đai " * 5_000)
    search(client, q="\x01 ' \" & | ! : * ( ) <-> \\")
    # A NUL character is refused before the search sees it (moj_site/middleware.py; tests/test_bad_input.py).
    assert client.get("/tim-kiem/", {"q": "\x00"}, HTTP_HOST="localhost").status_code == 400
    search(client, q="")
    search(client)


def test_titles_stored_decomposed_are_shown_composed(client, search_corpus):
    section = ArticlePage.objects.first().get_parent()
    ArticlePageFactory(parent=section, title=unicodedata.normalize("NFD", "Bản tin tổ hòa giải"))
    assert "Bản tin tổ hòa giải" in titles(search(client, q="to hoa giai")[1])
    assert "Bản tin tổ hòa giải" in client.get("/tim-kiem/goi-y/", {"q": "ban tin to"}, HTTP_HOST="localhost").json()["suggestions"]


def test_result_page_is_not_indexed_by_search_engines(client, search_corpus):
    response, soup = search(client, q="đất đai")
    assert soup.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    assert response["X-Robots-Tag"] == "noindex"


def test_english_search_finds_the_english_edition_only(client, search_corpus):
    _, soup = search(client, path="/en/search/", q="land law")
    assert titles(soup) == [corpus.ENGLISH]
    assert "result" in soup.select_one(".search-count").get_text()
    assert corpus.ENGLISH not in titles(search(client, q="land law")[1])


def test_english_search_labels_its_box_and_counts_what_it_shows(client, search_corpus):
    """Issue 18: the box was labelled "Tags", and "1 result" stood above a page and the services beside it."""
    _, soup = search(client, path="/en/search/", q="land law")
    assert soup.find("label", attrs={"for": "id_q"}).get_text(strip=True) == "Search terms"
    _, soup = search(client, q="lý lịch tư pháp")
    shown = len(soup.select(".search-result"))
    assert shown >= 2
    assert soup.select_one(".search-count").get_text().startswith(f"{shown} kết quả")


def test_autocomplete_suggests_titles_of_the_site_in_scope(client, search_corpus):
    suggestions = client.get("/tim-kiem/goi-y/", {"q": "phap lu"}, HTTP_HOST="localhost").json()["suggestions"]
    assert corpus.TOGETHER in suggestions
    assert client.get("/tim-kiem/goi-y/", {"q": "p"}, HTTP_HOST="localhost").json() == {"suggestions": []}
    thads = client.get("/tim-kiem/goi-y/", {"q": "cuong"}, HTTP_HOST="thads.localhost").json()["suggestions"]
    assert thads == [corpus.ENFORCEMENT]
    assert client.get("/tim-kiem/goi-y/", {"q": "phap"}, HTTP_HOST="thads.localhost").json() == {"suggestions": []}


def test_promoted_results_show_on_the_sites_whose_pages_they_promote(client, search_corpus):
    decree = LegalDocumentPage.objects.get(number="42/2022/NĐ-CP")
    SearchPromotion.objects.create(query=Query.get("dịch vụ công"), page=decree, description="Văn bản gốc", sort_order=0)
    _, soup = search(client, q="Dịch vụ công")
    promoted = soup.select_one(".search-promotions")
    assert promoted and corpus.DECREE_42 in promoted.get_text() and "Văn bản gốc" in promoted.get_text()
    _, soup = search(client, host="thads.localhost", q="dịch vụ công")
    assert soup.select_one(".search-promotions") is None  # the decree is not on this site


def test_queries_are_counted_and_those_that_find_nothing_are_reported(client, search_corpus):
    search(client, q="đất đai")
    search(client, q="xyzzy quizzical")
    search(client, q="Xyzzy  quizzical")
    assert Query.get("đất đai").hits == 1
    entry = ZeroResultQuery.objects.get(query_string="xyzzy quizzical")
    assert entry.hits == 2 and entry.site.hostname == "localhost"
    assert not ZeroResultQuery.objects.filter(query_string="đất đai").exists()
    # The Chief Editor reads both reports: what found nothing, and what is searched most.
    client.force_login(UserFactory(username="chief", groups=[roles.CHIEF_EDITOR]))
    report = client.get("/admin/reports/zero-result-searches/", HTTP_HOST="localhost")
    assert report.status_code == 200 and "xyzzy quizzical" in report.text
    popular = client.get("/admin/reports/popular-searches/", HTTP_HOST="localhost")
    assert popular.status_code == 200 and "đất đai" in popular.text


def test_one_client_cannot_fill_the_query_reports(client, search_corpus):
    """A script sending thousands of made-up queries gets answers, but adds only a bounded number of rows (R-OPS-5);
    a query typed as a formula stays text in the report's CSV."""
    from search.views import RECORDS_PER_CLIENT_PER_HOUR

    for n in range(RECORDS_PER_CLIENT_PER_HOUR + 10):
        search(client, q=f"=cmd{n}")
    assert ZeroResultQuery.objects.count() == RECORDS_PER_CLIENT_PER_HOUR
    client.get("/tim-kiem/", {"q": "=cmd0"}, HTTP_HOST="localhost", REMOTE_ADDR="10.0.0.9")  # another client still counts
    assert ZeroResultQuery.objects.get(query_string="=cmd0").hits == 2
    client.force_login(UserFactory(username="chief", groups=[roles.CHIEF_EDITOR]))
    exported = client.get("/admin/reports/zero-result-searches/", {"export": "csv"}, HTTP_HOST="localhost").getvalue().decode()
    assert "'=cmd0" in exported and "\n=cmd" not in exported


def search_backends_with(elasticsearch_url: str) -> dict:
    """WAGTAILSEARCH_BACKENDS as the settings build them from ELASTICSEARCH_URL (read in a fresh interpreter)."""
    environment = {**os.environ, "ELASTICSEARCH_URL": elasticsearch_url, "DATABASE_URL": "postgres://unused@127.0.0.1:1/unused"}
    code = "import json, moj_site.settings.base as s; print(json.dumps(s.WAGTAILSEARCH_BACKENDS))"
    output = subprocess.run([sys.executable, "-c", code], env=environment, cwd=settings_root(), capture_output=True, text=True, check=True)
    return json.loads(output.stdout)


def settings_root():
    from django.conf import settings

    return settings.BASE_DIR


def test_with_elasticsearch_on_a_closed_port_search_answers_from_the_database_with_a_notice(client, search_corpus, settings, caplog):
    backends = search_backends_with("http://127.0.0.1:9")
    assert backends["default"]["BACKEND"] == "search.backends.elasticsearch" and "database" in backends
    settings.WAGTAILSEARCH_BACKENDS = backends
    with caplog.at_level(logging.ERROR, logger="search.views"):
        _, soup = search(client, q="phap luat dat dai")
    assert soup.select_one(".search-notice--warning").get_text().startswith("Máy tìm kiếm chính đang gián đoạn")
    assert titles(soup)[0] == corpus.TOGETHER
    assert "Search backend unavailable" in caplog.text
    assert corpus.TOGETHER in client.get("/tim-kiem/goi-y/", {"q": "phap lu"}, HTTP_HOST="localhost").json()["suggestions"]

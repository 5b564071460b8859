"""Vietnamese search on a real Elasticsearch 8 cluster (ELASTICSEARCH_URL): the analyzers, update_index with an
atomic rebuild, and the corpus queries answered by Elasticsearch (R-SRCH-1)."""

import io
import os

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from wagtail.search.backends import get_search_backend

from tests.search import corpus

pytestmark = pytest.mark.django_db
PREFIX = "moj_test_"


@pytest.fixture
def elasticsearch(settings, search_corpus):
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.backends.elasticsearch",
            "URLS": [os.environ["ELASTICSEARCH_URL"]],
            "INDEX_PREFIX": PREFIX,
            "TIMEOUT": 30,
            "ATOMIC_REBUILD": True,
        },
        "database": settings.DATABASE_SEARCH_BACKEND,
    }
    call_command("update_index", backend_name="default", stdout=io.StringIO())
    backend = get_search_backend("default")
    backend.es.indices.refresh(index=f"{PREFIX}*")
    yield backend
    backend.es.indices.delete(index=f"{PREFIX}*", ignore_unavailable=True)


def tokens(backend, analyzer, text):
    index = next(iter(backend.es.indices.get(index=f"{PREFIX}*")))
    return {token["token"] for token in backend.es.indices.analyze(index=index, analyzer=analyzer, text=text)["tokens"]}


def test_the_index_folds_and_keeps_the_original(elasticsearch):
    assert tokens(elasticsearch, "vietnamese", "Đảng") == {"đảng", "dang"}
    assert {"dang", "đảng"} <= tokens(elasticsearch, "default_search", "Đảng")


@pytest.mark.parametrize("case", corpus.CASES, ids=str)
def test_corpus_query_on_elasticsearch(client, elasticsearch, case):
    response = client.get("/tim-kiem/", {"q": case.query}, HTTP_HOST="localhost")
    soup = BeautifulSoup(response.text, "html.parser")
    assert soup.select_one(".search-notice--warning") is None  # answered by Elasticsearch, not the fallback
    titles = [link.get_text(strip=True) for link in soup.select(".search-result__title a")]
    for title in [case.first, *case.found]:
        if title:
            assert title in titles, titles
    for title in case.absent:
        assert title not in titles, titles


def test_autocomplete_folds_at_query_time(client, elasticsearch):
    suggestions = client.get("/tim-kiem/goi-y/", {"q": "phap lu"}, HTTP_HOST="localhost").json()["suggestions"]
    assert corpus.TOGETHER in suggestions

"""What we send to Elasticsearch, checked without a cluster: index settings and mappings (R-SRCH-1).
The same behaviour against a real cluster is in tests/search/elasticsearch/ (run when ELASTICSEARCH_URL is set)."""

import unicodedata

import pytest
from wagtail.search.backends import get_search_backend

from home.factories import SectionPageFactory
from news.factories import ArticlePageFactory
from news.models import ArticlePage
from subsites.models import OnlineService


@pytest.fixture
def backend():
    # Building the backend does not connect: a closed port is enough to inspect what it would send.
    return get_search_backend("search.backends.elasticsearch", URLS=["http://127.0.0.1:9"])


def test_every_analyzer_folds_diacritics_and_keeps_the_original_on_index_and_query_side(backend):
    analysis = backend.settings["settings"]["analysis"]
    assert analysis["filter"]["vietnamese_folding"] == {"type": "asciifolding", "preserve_original": True}
    for name in ("vietnamese", "default", "default_search", "edgengram_analyzer", "ngram_analyzer"):
        filters = analysis["analyzer"][name]["filter"]
        assert filters[:2] == ["lowercase", "vietnamese_folding"], name
        assert "asciifolding" not in filters, name  # Wagtail's plain folding (no preserve_original) is replaced
    # Wagtail's tokenizers and n-gram filters are kept.
    assert analysis["filter"]["edgengram"]["type"] == "edge_ngram"


def test_autocomplete_fields_fold_at_query_time_too(backend):
    """Wagtail searches its autocomplete fields with the `standard` analyzer, which does not fold (wagtail#13005)."""
    for model in (ArticlePage, OnlineService):
        properties = backend.mapping_class(model).get_mapping()["properties"]
        autocomplete = {name: field for name, field in properties.items() if field.get("analyzer") == "edgengram_analyzer"}
        assert "_edgengrams" in autocomplete and len(autocomplete) >= 2, properties
        assert all(field["search_analyzer"] == "vietnamese" for field in autocomplete.values())


def test_text_fields_use_the_index_default_analyzer(backend):
    """No text field names another analyzer, so all of them analyse with our `default` and `default_search`."""
    properties = backend.mapping_class(ArticlePage).get_mapping()["properties"]
    text_fields = {name: field for name, field in properties.items() if field.get("type") == "text"}
    assert {field.get("analyzer") for field in text_fields.values()} <= {None, "edgengram_analyzer"}


@pytest.mark.django_db
def test_documents_sent_to_elasticsearch_are_normalised(backend, main_site):
    section = SectionPageFactory(parent=main_site.site.root_page, title="Tin tức", slug="tin-tuc")
    article = ArticlePageFactory(parent=section, title=unicodedata.normalize("NFD", "Hoà giải ở thuỷ"), lead="Nghị định 42/2022/NĐ-CP")
    document = backend.mapping_class(ArticlePage).get_document(article)
    values = [value for value in document.values() if isinstance(value, str)]
    assert "Hòa giải ở thủy" in values
    assert any("so42x2022xndcp" in value for value in values)  # the document-number keys

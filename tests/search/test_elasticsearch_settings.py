"""What we send to Elasticsearch, checked without a cluster: index settings and mappings (R-SRCH-1).
The same behaviour against a real cluster is in tests/search/elasticsearch/ (run when ELASTICSEARCH_URL is set)."""

import unicodedata

import pytest
from wagtail.search.backends import get_search_backend

from documents.models import LegalDocumentPage
from home.factories import SectionPageFactory
from news.factories import ArticlePageFactory
from news.models import ArticlePage
from subsites.models import OnlineService
from vietnamese.text import backend_query


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
    """No text field names another analyzer, so all of them analyse with our `default` and `default_search`; except
    the word pairs and the document-number keys (issue 16)."""
    properties = backend.mapping_class(ArticlePage).get_mapping()["properties"]
    text_fields = {name: field for name, field in properties.items() if field.get("type") == "text"}
    assert {field.get("analyzer") for field in text_fields.values()} <= {None, "edgengram_analyzer", "vietnamese_shingles", "document_keys"}


def test_every_searched_text_is_also_indexed_as_pairs_of_adjacent_words(backend):
    """Shingles: "dat dai" scores "đất đai" above "đạt … đại" (issue 16)."""
    analysis = backend.settings["settings"]["analysis"]
    assert analysis["filter"]["word_pairs"]["type"] == "shingle" and not analysis["filter"]["word_pairs"]["output_unigrams"]
    assert analysis["analyzer"]["vietnamese_shingles"]["filter"] == ["lowercase", "asciifolding", "word_pairs"]
    properties = backend.mapping_class(ArticlePage).get_mapping()["properties"]
    assert properties["_all_text_shingles"]["analyzer"] == "vietnamese_shingles"
    copied = [name for name, field in properties.items() if "_all_text" in (field.get("copy_to") or [])]
    assert copied and all("_all_text_shingles" in properties[name]["copy_to"] for name in copied)
    query = backend.search("dat dai", ArticlePage).query_compiler.get_query()
    assert {"match": {"_all_text_shingles": {"query": "dat dai", "boost": 3.0}}} in query["bool"]["must"]["bool"]["should"]


def test_document_numbers_are_keywords_and_a_type_with_a_short_number_names_the_document(backend):
    properties = backend.mapping_class(LegalDocumentPage).get_mapping()["properties"]
    keys = [field for field in properties.values() if field.get("analyzer") == "document_keys" and "copy_to" in field]
    assert keys and all("_document_keys" in field["copy_to"] and "_all_text" in field["copy_to"] for field in keys)
    assert properties["_document_keys"] == {"type": "text", "analyzer": "document_keys"}
    query = backend.search(backend_query("nghị định 15"), LegalDocumentPage).query_compiler.get_query()
    alternatives = query["bool"]["must"]["bool"]["must"]["bool"]["should"]
    assert {"terms": {"_document_keys": ["vbnd15"], "boost": 20.0}} in alternatives


def test_a_loose_search_also_finds_words_one_letter_away(backend):
    query = backend.search("ho tick", ArticlePage, operator="or").query_compiler.get_query()
    alternatives = query["bool"]["must"]["bool"]["must"]["bool"]["should"]
    assert {"match": {"_all_text": {"query": "ho tick", "fuzziness": 1, "prefix_length": 1}}} in alternatives


@pytest.mark.django_db
def test_documents_sent_to_elasticsearch_are_normalised(backend, main_site):
    section = SectionPageFactory(parent=main_site.site.root_page, title="Tin tức", slug="tin-tuc")
    article = ArticlePageFactory(parent=section, title=unicodedata.normalize("NFD", "Hoà giải ở thuỷ"), lead="Nghị định 42/2022/NĐ-CP")
    document = backend.mapping_class(ArticlePage).get_document(article)
    values = [value for value in document.values() if isinstance(value, str)]
    assert "Hòa giải ở thủy" in values
    assert any("so42x2022xndcp" in value for value in values)  # the document-number keys

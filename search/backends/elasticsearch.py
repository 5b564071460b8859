"""Wagtail's Elasticsearch 8 backend with Vietnamese analyzers (R-SRCH-1).

Every text field is analysed by `vietnamese`: standard tokenizer, lower case, then `asciifolding` with
`preserve_original`, so that `Đảng` is indexed as both `đảng` and `dang`. It is the index's `default` and
`default_search` analyzer, so the query side folds the same way: `dang` finds `Đảng`, and `Đảng` scores items with
the exact word above items with `đang` (both tokens match). Wagtail's autocomplete mapping folds only at index time
(its search analyzer is `standard`, wagtail issue #13005): ours searches with `vietnamese` too.
Text is normalised (NFC, one placement of the tone mark) before it is sent, as on PostgreSQL.

As the PostgreSQL fast path does (issue 16; search/ranking.py, search/backends/database.py):
- every searched text is also copied to `_all_text_shingles`, analysed into folded pairs of adjacent words: "dat dai"
  scores items with "đất đai" far above items with "đạt … đại" (a `should` clause on the pairs);
- document-number keys (`so42x2022xndcp`, `vbnd15`: vietnamese/text.py) are kept whole (`document_keys`, whitespace
  and lower case) and copied to `_document_keys`; a query naming a type and a short number ("nghị định 15") also
  matches that key, boosted above any words;
- a loose search (no item has every word) ranks by how many words match, as Elasticsearch's `or` does, and also
  finds words one letter away (fuzziness 1)."""

from copy import deepcopy

from modelsearch.backends.elasticsearch8 import (
    Elasticsearch8Mapping,
    Elasticsearch8SearchBackend,
    Elasticsearch8SearchQueryCompiler,
)
from modelsearch.index import SearchField
from modelsearch.query import PlainText
from modelsearch.utils import deep_update

from vietnamese.text import normalise, query_typed_number_keys

FOLDING = {"type": "asciifolding", "preserve_original": True}
VIETNAMESE_ANALYZER = {"type": "custom", "tokenizer": "standard", "filter": ["lowercase", "vietnamese_folding"]}
SHINGLES = "_all_text_shingles"
DOCUMENT_KEYS = "_document_keys"
# The search fields that hold document-number keys (home/models/mixins.py, documents/models.py).
KEY_FIELDS = {"search_keys", "number_keys"}
ADJACENCY_BOOST = 3.0
TYPED_NUMBER_BOOST = 20.0

INDEX_SETTINGS = {
    "settings": {
        "analysis": {
            "filter": {
                "vietnamese_folding": FOLDING,
                "word_pairs": {"type": "shingle", "min_shingle_size": 2, "max_shingle_size": 2, "output_unigrams": False},
            },
            "analyzer": {
                "vietnamese_shingles": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["lowercase", "asciifolding", "word_pairs"],
                },
                "document_keys": {"type": "custom", "tokenizer": "whitespace", "filter": ["lowercase"]},
                "vietnamese": VIETNAMESE_ANALYZER,
                "default": VIETNAMESE_ANALYZER,
                "default_search": VIETNAMESE_ANALYZER,
                "edgengram_analyzer": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["lowercase", "vietnamese_folding", "edgengram"],
                },
                "ngram_analyzer": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["lowercase", "vietnamese_folding", "ngram"],
                },
            },
        }
    }
}


def _normalised(value):
    if isinstance(value, str):
        return normalise(value)
    if isinstance(value, list):
        return [_normalised(item) for item in value]
    if isinstance(value, dict):
        return {key: _normalised(item) for key, item in value.items()}
    return value


class VietnameseMapping(Elasticsearch8Mapping):
    edgengram_analyzer_config = {"analyzer": "edgengram_analyzer", "search_analyzer": "vietnamese"}

    def get_document(self, obj):
        return _normalised(super().get_document(obj))

    def get_field_mapping(self, field):
        key, mapping = super().get_field_mapping(field)
        if isinstance(field, SearchField) and field.field_name in KEY_FIELDS:
            mapping = {**mapping, "analyzer": "document_keys"}
        return key, mapping

    def get_mapping(self):
        """Wagtail's mapping, with every text copied to `_all_text` also copied to its word pairs, and the keys of
        document numbers to `_document_keys`."""
        mapping = super().get_mapping()
        _copy_also_to_shingles(mapping["properties"])
        for field in self.model.get_search_fields():
            if isinstance(field, SearchField) and field.field_name in KEY_FIELDS:
                mapping["properties"][self.get_field_column_name(field)]["copy_to"].append(DOCUMENT_KEYS)
        mapping["properties"][SHINGLES] = {"type": "text", "analyzer": "vietnamese_shingles"}
        mapping["properties"][DOCUMENT_KEYS] = {"type": "text", "analyzer": "document_keys"}
        return mapping


def _copy_also_to_shingles(properties):
    for field in properties.values():
        targets = field.get("copy_to")
        targets = [targets] if isinstance(targets, str) else list(targets or [])
        if "_all_text" in targets:
            field["copy_to"] = [*targets, SHINGLES]
        if field.get("type") == "nested":
            _copy_also_to_shingles(field["properties"])


class VietnameseQueryCompiler(Elasticsearch8SearchQueryCompiler):
    mapping_class = VietnameseMapping

    def get_inner_query(self):
        inner = super().get_inner_query()
        if not isinstance(self.query, PlainText):
            return inner
        text = self.query.query_string
        alternatives = [inner]
        if keys := query_typed_number_keys(text):
            alternatives.append({"terms": {DOCUMENT_KEYS: keys, "boost": TYPED_NUMBER_BOOST}})
        if self.query.operator == "or":
            alternatives.append({"match": {"_all_text": {"query": text, "fuzziness": 1, "prefix_length": 1}}})
        if len(alternatives) > 1:
            inner = {"bool": {"should": alternatives, "minimum_should_match": 1}}
        if len(text.split()) < 2:
            return inner
        return {"bool": {"must": inner, "should": [{"match": {SHINGLES: {"query": text, "boost": ADJACENCY_BOOST}}}]}}


class VietnameseElasticsearchBackend(Elasticsearch8SearchBackend):
    """Settings given in WAGTAILSEARCH_BACKENDS' INDEX_SETTINGS are merged on top of these, as in Wagtail."""

    mapping_class = VietnameseMapping
    query_compiler_class = VietnameseQueryCompiler
    settings = deep_update(deepcopy(Elasticsearch8SearchBackend.settings), INDEX_SETTINGS)


SearchBackend = VietnameseElasticsearchBackend

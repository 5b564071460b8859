"""Wagtail's Elasticsearch 8 backend with Vietnamese analyzers (R-SRCH-1).

Every text field is analysed by `vietnamese`: standard tokenizer, lower case, then `asciifolding` with
`preserve_original`, so that `Đảng` is indexed as both `đảng` and `dang`. It is the index's `default` and
`default_search` analyzer, so the query side folds the same way: `dang` finds `Đảng`, and `Đảng` scores items with
the exact word above items with `đang` (both tokens match). Wagtail's autocomplete mapping folds only at index time
(its search analyzer is `standard`, wagtail issue #13005): ours searches with `vietnamese` too.
Text is normalised (NFC, one placement of the tone mark) before it is sent, as on PostgreSQL."""

from copy import deepcopy

from modelsearch.backends.elasticsearch8 import Elasticsearch8Mapping, Elasticsearch8SearchBackend
from modelsearch.utils import deep_update

from vietnamese.text import normalise

FOLDING = {"type": "asciifolding", "preserve_original": True}
VIETNAMESE_ANALYZER = {"type": "custom", "tokenizer": "standard", "filter": ["lowercase", "vietnamese_folding"]}

INDEX_SETTINGS = {
    "settings": {
        "analysis": {
            "filter": {"vietnamese_folding": FOLDING},
            "analyzer": {
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


class VietnameseElasticsearchBackend(Elasticsearch8SearchBackend):
    """Settings given in WAGTAILSEARCH_BACKENDS' INDEX_SETTINGS are merged on top of these, as in Wagtail."""

    mapping_class = VietnameseMapping
    settings = deep_update(deepcopy(Elasticsearch8SearchBackend.settings), INDEX_SETTINGS)


SearchBackend = VietnameseElasticsearchBackend

"""Wagtail's PostgreSQL search backend, made Vietnamese-aware (R-SRCH-1).

- Text is matched through the `vietnamese` text search configuration (unaccent, then simple; migration 0002):
  `phap luat` finds `pháp luật`, `dang` finds `Đảng`, on the index and the query side alike — Wagtail uses
  SEARCH_CONFIG for both. Autocomplete uses it too (Wagtail's default there is `simple`, which would not fold).
- Every indexed text is also kept with its diacritics (the `simple` configuration) beside its folded form, so
  that a query written with diacritics ranks exact matches above folded ones (`Đảng` above `đang`).
- Multi-word queries rank items with the words together (a phrase query) above items with the words apart.
- A document type and a short number ("nghị định 15", "nd 15") also match the key of that document (`vbnd15`,
  documents/models.py) and rank it first, though its number is written 15/2020/NĐ-CP.
- Text is normalised (NFC, one placement of the tone mark) on the way in; the view normalises queries alike.
"""

import re
from functools import reduce

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db.models import FloatField, Func
from django.utils.functional import cached_property
from modelsearch.backends.database.postgres.postgres import (
    IndexEntry,
    ObjectIndexer,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.backends.database.postgres.query import Lexeme
from modelsearch.index import AutocompleteField, SearchField
from modelsearch.query import PlainText
from modelsearch.utils import get_content_type_pk

from vietnamese.text import has_diacritics, normalise, query_typed_number_keys

EXACT_CONFIG = "simple"
# How much an exact (with diacritics) match and the words together add to the rank of the folded match.
EXACT_BONUS = 2.0
PHRASE_BONUS = 0.5
# What the key of the document a query names by type and number adds: above any rank of words (ts_rank < 1 a vector).
TYPED_NUMBER_BONUS = 5.0


class Matches(Func):
    """1.0 when the vector matches the query, else 0.0. ts_rank ignores the <-> of a phrase query (it ranks
    `phap <-> luat` like `phap & luat`), so whether the words stand together is asked with @@."""

    template = "(%(expressions)s)::int::float"
    arg_joiner = " @@ "
    output_field = FloatField()


class VietnameseObjectIndexer(ObjectIndexer):
    """Wagtail's indexer, reading each field of the object once (Wagtail reads them once per column) and writing
    every vector as plain SQL: indexing 100,000 articles is mostly this Python code (bench/search.py)."""

    def prepare_value(self, value):
        return normalise(super().prepare_value(value))

    @cached_property
    def prepared(self):
        """(field, weight, text) of every non-empty searchable value."""
        return [
            (field, weight, text.strip())
            for search_field in self.search_fields
            for field, weight, text in self.prepare_field(self.obj, search_field)
            if text and text.strip()
        ]

    def texts(self, *, title=None, autocomplete=False):
        kind = AutocompleteField if autocomplete else SearchField
        return [
            (text, weight)
            for field, weight, text in self.prepared
            if isinstance(field, kind) and (title is None or (field.field_name == "title") == title)
        ]

    def vector_sql(self, texts, configs):
        """SQL and parameters of the tsvector of `texts`, each analysed with every configuration of `configs`."""
        if not texts:
            return "''::tsvector", []
        parts, params = [], []
        for text, weight in texts:
            for config in configs:
                parts.append("setweight(to_tsvector(%s::regconfig, %s), %s)")
                params += [config, text, weight]
        return " || ".join(parts), params

    def row(self):
        """SQL and parameters of this object's row of the index."""
        searched = [self.config, EXACT_CONFIG]
        title_sql, title_params = self.vector_sql(self.texts(title=True), searched)
        autocomplete_sql, autocomplete_params = self.vector_sql(self.texts(autocomplete=True), [self.autocomplete_config])
        body_sql, body_params = self.vector_sql(self.texts(title=False), searched)
        title_text = " ".join(text for text, _weight in self.texts(title=True))
        body_text = " ".join(text for text, _weight in self.texts(title=False))
        return (
            f"(%s, %s, {title_sql}, {autocomplete_sql}, {body_sql}, 1.0, %s, %s)",
            [self.content_type_pk, self.id, *title_params, *autocomplete_params, *body_params, title_text, body_text],
        )


class VietnameseIndex(PostgresIndex):
    def add_items(self, model, objs):
        """As Wagtail's PostgresIndex.add_items, with the Vietnamese indexer."""
        if not model.get_search_fields():
            return
        rows, params = [], []
        for obj in objs:
            indexer = VietnameseObjectIndexer(obj, self.backend)
            indexer.content_type_pk = get_content_type_pk(model)
            row_sql, row_params = indexer.row()
            rows.append(row_sql)
            params += row_params
        if not rows:
            return
        with self.write_connection.cursor() as cursor:
            cursor.execute(
                f"""
                INSERT INTO {IndexEntry._meta.db_table}
                    (content_type_id, object_id, title, autocomplete, body, title_norm, title_text, body_text)
                (VALUES {", ".join(rows)})
                ON CONFLICT (content_type_id, object_id)
                DO UPDATE SET title = EXCLUDED.title, title_norm = 1.0, autocomplete = EXCLUDED.autocomplete,
                              body = EXCLUDED.body, title_text = EXCLUDED.title_text, body_text = EXCLUDED.body_text
                """,
                params,
            )
        self._refresh_title_norms()


class VietnameseQueryCompiler(PostgresSearchQueryCompiler):
    def _terms(self):
        return [term for term in re.split(r"[\s\-]+", self.query.query_string) if term]

    def _ranking_queries(self, config):
        """Extra queries whose rank is added to the folded match's: the words with their diacritics."""
        if not isinstance(self.query, PlainText):
            return []
        terms = self._terms()
        queries = []
        if has_diacritics(self.query.query_string):
            exact = reduce(lambda a, b: a | b, [Lexeme(term) for term in terms])
            queries.append((SearchQuery(exact, search_type="raw", config=EXACT_CONFIG), EXACT_BONUS))
        return queries

    def _typed_number_query(self, config):
        keys = query_typed_number_keys(self.query.query_string) if isinstance(self.query, PlainText) else []
        if not keys:
            return None
        return SearchQuery(reduce(lambda a, b: a | b, [Lexeme(key) for key in keys]), search_type="raw", config=config)

    def build_tsquery(self, query, config=None):
        """The words, or the key of the document the query names by type and number."""
        words = super().build_tsquery(query, config=config)
        typed = self._typed_number_query(config) if query is self.query else None
        return words if typed is None or words is None else words | typed

    def _phrase_query(self, config):
        terms = self._terms() if isinstance(self.query, PlainText) else []
        return SearchQuery(" ".join(terms), search_type="phrase", config=config) if len(terms) > 1 else None

    def _build_rank_expression(self, vectors, config):
        rank = super()._build_rank_expression(vectors, config)
        for query, bonus in self._ranking_queries(config):
            for vector, boost in vectors:
                rank += SearchRank(vector, query, weights=self.sql_weights) * boost * bonus
        phrase = self._phrase_query(config)
        if phrase is not None:
            for vector, boost in vectors:
                rank += Matches(vector, phrase) * boost * PHRASE_BONUS
        typed = self._typed_number_query(config)
        if typed is not None:
            for vector, _boost in vectors:
                rank += Matches(vector, typed) * TYPED_NUMBER_BONUS
        return rank


class VietnameseSearchBackend(PostgresSearchBackend):
    index_class = VietnameseIndex
    query_compiler_class = VietnameseQueryCompiler

    def __init__(self, params):
        super().__init__(params)
        # Autocomplete folds diacritics too; the configuration has no stemming, which is why Wagtail uses `simple` there.
        self.autocomplete_config = self.config


SearchBackend = VietnameseSearchBackend

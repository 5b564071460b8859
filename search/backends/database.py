"""Wagtail's PostgreSQL search backend, made Vietnamese-aware (R-SRCH-1).

- Text is matched through the `vietnamese` text search configuration (unaccent, then simple; migration 0002):
  `phap luat` finds `pháp luật`, `dang` finds `Đảng`, on the index and the query side alike — Wagtail uses
  SEARCH_CONFIG for both. Autocomplete uses it too (Wagtail's default there is `simple`, which would not fold).
- Every indexed text is also kept with its diacritics (the `simple` configuration) beside its folded form, so
  that a query written with diacritics ranks exact matches above folded ones (`Đảng` above `đang`).
- Multi-word queries rank items with the words together (a phrase query) above items with the words apart.
- Text is normalised (NFC, one placement of the tone mark) on the way in; the view normalises queries alike.
"""

import re
from functools import reduce

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db.models import FloatField, Func, TextField, Value
from django.db.models.sql.subqueries import InsertQuery
from modelsearch.backends.database.postgres.postgres import (
    EMPTY_VECTOR,
    IndexEntry,
    ObjectIndexer,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.backends.database.postgres.query import Lexeme
from modelsearch.query import PlainText
from modelsearch.utils import ADD, get_content_type_pk

from search.text import has_diacritics, normalise

EXACT_CONFIG = "simple"
# How much an exact (with diacritics) match and the words together add to the rank of the folded match.
EXACT_BONUS = 2.0
PHRASE_BONUS = 0.5


class Matches(Func):
    """1.0 when the vector matches the query, else 0.0. ts_rank ignores the <-> of a phrase query (it ranks
    `phap <-> luat` like `phap & luat`), so whether the words stand together is asked with @@."""

    template = "(%(expressions)s)::int::float"
    arg_joiner = " @@ "
    output_field = FloatField()


class VietnameseObjectIndexer(ObjectIndexer):
    def prepare_value(self, value):
        return normalise(super().prepare_value(value))

    def as_vector(self, texts, for_autocomplete=False):
        texts = [(text.strip(), weight) for text, weight in texts if text and text.strip()]
        if not texts:
            return EMPTY_VECTOR
        configs = [self.autocomplete_config] if for_autocomplete else [self.config, EXACT_CONFIG]
        return ADD(
            [
                SearchVector(Value(text, output_field=TextField()), weight=weight, config=config)
                for text, weight in texts
                for config in configs
            ]
        )


class VietnameseIndex(PostgresIndex):
    def add_items(self, model, objs):
        """Wagtail's PostgresIndex.add_items with the Vietnamese indexer (Wagtail names its indexer class inline)."""
        if not model.get_search_fields():
            return
        indexers = [VietnameseObjectIndexer(obj, self.backend) for obj in objs]
        if not indexers:
            return
        content_type_pk = get_content_type_pk(model)
        compiler = InsertQuery(IndexEntry).get_compiler(connection=self.write_connection)
        rows, params = [], []
        for indexer in indexers:
            params.extend((content_type_pk, indexer.id))
            vectors = []
            for field_name in ("title", "autocomplete", "body"):
                value = compiler.prepare_value(IndexEntry._meta.get_field(field_name), getattr(indexer, field_name))
                sql, vector_params = value.as_sql(compiler, self.write_connection)
                vectors.append(sql)
                params.extend(vector_params)
            params.extend((indexer.title_text, indexer.body_text))
            rows.append(f"(%s, %s, {vectors[0]}, {vectors[1]}, {vectors[2]}, 1.0, %s, %s)")
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
        return rank


class VietnameseSearchBackend(PostgresSearchBackend):
    index_class = VietnameseIndex
    query_compiler_class = VietnameseQueryCompiler

    def __init__(self, params):
        super().__init__(params)
        # Autocomplete folds diacritics too; the configuration has no stemming, which is why Wagtail uses `simple` there.
        self.autocomplete_config = self.config


SearchBackend = VietnameseSearchBackend

"""The public search's fast path on PostgreSQL (issue 16, R-SRCH-1). Wagtail's search results count every match
in one query and rank every match in another; at 100,000 articles a common word matches tens of thousands of them.
Here the pages a citizen may see are filtered first (live, public, site, language: the page queryset), then:

- the count stops at COUNT_CAP: "hơn 1.000 kết quả" is as useful to a reader as the exact figure, and costs little;
- when it stops there, only the newest COUNT_CAP matches are ranked by relevance (the page says so);
- the ranking is Wagtail's with our compiler's bonuses (search/backends/database.py), LIMITed to the page shown,
  and the first page comes with the count, in one query; matching reads one stored vector a page (migration 0007);
- when no page has every word, pages with the most of them come first (all but one, then all but two, then any),
  and titles one letter away are found by trigram similarity (pg_trgm, on the folded title: migration 0006).
"""

from itertools import combinations

from django.contrib.postgres.search import SearchQuery, SearchVectorField
from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.models import BooleanField, F, FloatField, Func, Q, TextField, Value
from django.utils.functional import cached_property
from modelsearch.backends.database.postgres.query import Lexeme

from search.backends.database import Matches
from vietnamese.text import fold, normalise

# Counted up to this many; beyond it, the newest this many are ranked.
COUNT_CAP = 1000
# A loose search looks for all words but one, then all but two, of queries of at most this many words; then any.
SUBSET_WORDS = 8
# What each word found adds to a loose search's rank (ts_rank stays below 1): more words always rank higher.
WORD_WEIGHT = 1.0
# What a title one letter away adds (its strict trigram word similarity, 0.5 to 1).
TITLE_WEIGHT = 1.0


class Folded(Func):
    """The text folded as the index folds it (lower case, no diacritics): `portal_search_fold`, migration 0006."""

    function = "portal_search_fold"
    output_field = TextField()


class EntryVector(Func):
    """The stored whole vector (`portal_vector`, migration 0007) of the index entry joined as `index_entries`: the
    column Wagtail's model does not declare, named on the join Django makes for `index_entries__title`."""

    output_field = SearchVectorField()

    def __init__(self):
        super().__init__(F("index_entries__title"))

    def as_sql(self, compiler, connection, **extra_context):
        title, params = compiler.compile(self.source_expressions[0])
        return title.rsplit(".", 1)[0] + '."portal_vector"', params


class WordSimilar(Func):
    """Whether `query` is like a run of whole words of `text` (pg_trgm's `<<%`, strict word similarity above 0.5,
    served by the title's trigram index). Not `<%`: "cưỡng" would find "của Cổng", parts of two words."""

    template = "(%(expressions)s)"
    arg_joiner = " <<%% "
    output_field = BooleanField()


class WordSimilarity(Func):
    function = "strict_word_similarity"
    output_field = FloatField()


class Matching(Func):
    """Whether the vector matches the query (`@@`), as a condition."""

    template = "(%(expressions)s)"
    arg_joiner = " @@ "
    output_field = BooleanField()


class RankedPages:
    """What the paginator pages through: pages ranked in SQL, a slice at a time, and a count that stops at COUNT_CAP.
    One query ranks: the newest COUNT_CAP matching pages in scope (all of them when fewer) are chosen in a subquery,
    with the rank computed only for them, and the slice shown is taken from those by rank; the pages are then loaded
    by id. `operator="or"` is the loose search a page asks for when no page has every word."""

    def __init__(self, backend, pages, query: str, operator: str = "and", by_date: bool = False, first_page: int = 0):
        self.first_page = first_page  # how many items the first page shows, found with the count
        self._first_ids = None
        self.backend = backend
        self.pages = pages
        self.query = query
        self.operator = operator
        self.by_date = by_date  # in the pages' own order (newest first), every match
        self.more_than = 0  # COUNT_CAP when there are more matches: only the newest COUNT_CAP are ranked

    def _compiler(self, operator):
        return self.backend.query_compiler_class(self.pages, self.query, operator=operator)

    @cached_property
    def entries(self):
        """The pages in scope with their index entry's columns, joined once (every later reference is by name)."""
        return self.pages.annotate(
            _vector_=EntryVector(),
            _title=F("index_entries__title"),
            _body=F("index_entries__body"),
            _norm=F("index_entries__title_norm"),
            _title_text=Folded(F("index_entries__title_text")),
        )

    @cached_property
    def matched(self):
        """The matching pages, annotated with their rank `_rank_` (found once, then counted and sliced)."""
        if self.operator == "and":
            compiler = self._compiler("and")
            config = compiler.get_config(self.backend)
            return self.entries.filter(Matching(F("_vector_"), compiler.build_tsquery(compiler.query, config=config))).annotate(
                _rank_=compiler._build_rank_expression(VECTORS, config)
            )
        for loose in self._loose_searches():
            if loose.exists():
                return loose
        return self.entries.annotate(_rank_=Value(0.0)).none()

    def _loose_searches(self):
        """Pages with all words but one, then but two; then with any word or a title one letter away. Ranked by how
        many words they have, then by Wagtail's rank of any word (which counts their closeness) and the title's
        likeness."""
        compiler = self._compiler("or")
        terms = list(dict.fromkeys(compiler._terms()))
        config = compiler.get_config(self.backend)
        words_found = sum((Matches(F("_vector_"), _any_of([[term]], config)) for term in terms), Value(0.0))
        base = self.entries.annotate(_rank_=compiler._build_rank_expression(VECTORS, config) + words_found * WORD_WEIGHT)
        sizes = [len(terms) - 1, len(terms) - 2] if len(terms) <= SUBSET_WORDS else []
        for size in dict.fromkeys(size for size in sizes if size > 1):
            yield base.filter(Matching(F("_vector_"), _any_of([list(subset) for subset in combinations(terms, size)], config)))
        query, title = Value(fold(normalise(self.query)).lower()), F("_title_text")
        any_word = Q(Matching(F("_vector_"), _any_of([[term] for term in terms], config))) if len(terms) > 1 else Q()
        yield base.filter(any_word | Q(WordSimilar(query, title))).annotate(
            _rank_=F("_rank_") + WordSimilarity(query, title) * TITLE_WEIGHT
        )

    def count(self) -> int:
        """Up to COUNT_CAP; on the ranked path, found with the first page in one query (`first_page` items)."""
        if self.by_date or not self.first_page:
            found = self.matched.order_by().values("pk")[: COUNT_CAP + 1].count()
        else:
            self._first_ids, found = self._ranked(slice(0, self.first_page))
        self.more_than = COUNT_CAP if found > COUNT_CAP else 0
        return min(found, COUNT_CAP)

    def __len__(self):
        return self.count()

    def _ranked(self, key: slice) -> tuple[list[int], int]:
        """The ids of a slice of the newest COUNT_CAP matches by relevance, and how many matches there are (up to
        COUNT_CAP + 1), in one query: the rank is computed in the subquery (PostgreSQL postpones an expensive result
        column past its LIMIT), counted, numbered by date and ordered outside it."""
        window = self.matched.annotate(_id=F("pk"), _date=F("first_published_at")).order_by("-first_published_at", "-pk")
        try:
            sql, params = window.values("_id", "_date", "_rank_")[: COUNT_CAP + 1].query.sql_with_params()
        except EmptyResultSet:  # nothing in scope (a queryset.none())
            return [], 0
        start = int(key.start or 0)
        limit = "" if key.stop is None else f"LIMIT {int(key.stop) - start}"
        with connections[self.pages.db].cursor() as cursor:
            cursor.execute(
                f"""SELECT _id, found FROM (
                        SELECT _id, _rank_, count(*) OVER () AS found,
                               row_number() OVER (ORDER BY _date DESC NULLS FIRST, _id DESC) AS newest
                        FROM ({sql}) AS matched
                    ) AS ranked
                    WHERE newest <= {COUNT_CAP} ORDER BY _rank_ DESC, _id DESC {limit} OFFSET {start}""",
                params,
            )
            rows = cursor.fetchall()
        return [row[0] for row in rows], (rows[0][1] if rows else 0)

    def __getitem__(self, key):
        if not isinstance(key, slice):
            return self[key : key + 1][0]
        if key.stop is not None and key.stop <= (key.start or 0):
            return []
        if self.by_date:
            return list(self.matched.order_by(*self.pages.query.order_by)[key])
        if self._first_ids is not None and (key.start or 0) == 0 and key.stop is not None and key.stop <= self.first_page:
            ids = self._first_ids[: key.stop]
        else:
            ids = self._ranked(key)[0]
        pages = {page.pk: page for page in self.pages.filter(pk__in=ids)}
        return [pages[pk] for pk in ids if pk in pages]


# The vectors of a page's index entry and their weights, as Wagtail ranks them (the title by its length norm).
VECTORS = [(F("_title"), F("_norm")), (F("_body"), 1.0)]


def _any_of(groups: list[list[str]], config):
    """A raw tsquery: any group of terms, each group with all its terms."""
    alternatives = []
    for group in groups:
        lexemes = Lexeme(group[0])
        for term in group[1:]:
            lexemes &= Lexeme(term)
        alternatives.append(lexemes)
    combined = alternatives[0]
    for alternative in alternatives[1:]:
        combined |= alternative
    return SearchQuery(combined, search_type="raw", config=config)

"""Articles written in bulk, for the benchmarks at scale (bench/scale.py, bench/search.py) and the tests that prove a
screen's queries do not grow with its rows (tests/editorial/test_admin_at_scale.py).

A real import goes through Wagtail (`add_child`, a revision, publish): about 60 articles a second here. These rows
are written with one statement per batch of pages and articles together, with the tree paths computed as treebeard
computes them, and without revisions or search index entries. Import it once Django is set up; it has no other
side effects."""

import json
import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from wagtail.models import Page

from news.models import ArticlePage

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
BATCH = 5000


def tree_step(n: int) -> str:
    """The `n`th step of a treebeard path (1-based, base 36 on 4 characters), as `Page.add_child` makes it."""
    digits = ""
    while True:
        n, r = divmod(n, 36)
        digits = ALPHABET[r] + digits
        if n == 0:
            return digits.rjust(4, "0")


def bulk_articles(parent: Page, count: int, start, step, offset: int = 0, live: bool = True) -> list[int]:
    """`count` articles under `parent` (after its present children), dated from `start` every `step`, numbered from
    `offset` in their titles and slugs; returns their ids. Drafts (`live=False`) have never been published."""
    content_type = ContentType.objects.get_for_model(ArticlePage).pk
    body = json.dumps([{"type": "paragraph", "value": "<p>Tham dự có đại diện Lãnh đạo Bộ Tư pháp.</p>", "id": str(uuid.uuid4())}])
    parent = Page.objects.get(pk=parent.pk)
    first_child = parent.numchild
    ids = []
    with transaction.atomic():
        with connection.cursor() as cursor:
            for batch_start in range(0, count, BATCH):
                pages, details = [], []
                for i in range(batch_start, min(count, batch_start + BATCH)):
                    n = offset + i
                    when = start + step * i
                    slug = f"tin-so-{n}"
                    title = f"Tin hoạt động số {n}"
                    pages.append(
                        (
                            parent.path + tree_step(first_child + i + 1),
                            parent.depth + 1,
                            0,
                            title,
                            slug,
                            live,
                            not live,
                            f"{parent.url_path}{slug}/",
                            "",
                            False,
                            "",
                            False,
                            content_type,
                            False,
                            when if live else None,
                            when if live else None,
                            title,
                            str(uuid.uuid4()),
                            parent.locale_id,
                        )
                    )
                    details.append((when, "Sapo của tin.", body))
                ids += insert_articles(cursor, pages, details)
        Page.objects.filter(pk=parent.pk).update(numchild=first_child + count)
    return ids


PAGE_COLUMNS = (
    ("path", "text"),
    ("depth", "int"),
    ("numchild", "int"),
    ("title", "text"),
    ("slug", "text"),
    ("live", "bool"),
    ("has_unpublished_changes", "bool"),
    ("url_path", "text"),
    ("seo_title", "text"),
    ("show_in_menus", "bool"),
    ("search_description", "text"),
    ("expired", "bool"),
    ("content_type_id", "int"),
    ("locked", "bool"),
    ("first_published_at", "timestamptz"),
    ("last_published_at", "timestamptz"),
    ("draft_title", "text"),
    ("translation_key", "uuid"),
    ("locale_id", "int"),
)


def insert_articles(cursor, pages, details) -> list[int]:
    """Page rows (the columns of PAGE_COLUMNS, in that order) and their article rows, `details` being (date, lead,
    body) per page, in one statement: arrays unnested, the pages inserted, the articles joined to them by path.
    Returns the new pages' ids in the order given."""
    if not pages:
        return []
    page_columns = list(zip(*pages, strict=True))
    dates, leads, bodies = zip(*details, strict=True)
    arrays = ", ".join(f"%s::{kind}[]" for _, kind in PAGE_COLUMNS)
    names = ", ".join(name for name, _ in PAGE_COLUMNS)
    cursor.execute(
        f"WITH rows AS (SELECT * FROM unnest({arrays}, %s::timestamptz[], %s::text[], %s::jsonb[]) WITH ORDINALITY"
        f" AS r({names}, date, lead, body, position)),"
        f" pages AS (INSERT INTO wagtailcore_page ({names}) SELECT {names} FROM rows ORDER BY position RETURNING id, path)"
        " INSERT INTO news_articlepage (page_ptr_id, listing_summary, author, source, kind, date, lead, main_image_caption, body,"
        " needs_expert_review)"
        " SELECT pages.id, '', 'Minh Anh', 'Cổng TTĐT Bộ Tư pháp', 'news', rows.date, rows.lead, '', rows.body, false"
        " FROM pages JOIN rows USING (path) ORDER BY rows.position RETURNING page_ptr_id",
        [*(list(column) for column in page_columns), list(dates), list(leads), list(bodies)],
    )
    return [row[0] for row in cursor.fetchall()]

"""Articles written in bulk, for the benchmarks at scale (bench/scale.py, bench/search.py, bench/throughput.py) and the
tests that prove a screen's queries do not grow with its rows (tests/editorial/test_admin_at_scale.py).

    DATABASE_URL=… .venv/bin/python bench/bulk.py --articles 100000

adds that many articles to the newest articles' section of the main portal (the demo's news), in the folders of the
last 100 months, and prints the rate.

A real import goes through Wagtail (`add_child`, a revision, publish): about 60 articles a second here. These rows
are written with one statement per batch of pages and articles together, with the tree paths computed as treebeard
computes them, and without revisions or search index entries. Import it once Django is set up; it has no other
side effects."""

import argparse
import datetime
import json
import os
import sys
import time
import uuid
from pathlib import Path

if __name__ == "__main__":  # run as a command: Django set up on DATABASE_URL
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "moj_site.settings.dev")
    import django

    django.setup()

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.utils import timezone
from wagtail.models import Page, Site

from home.models import SectionPage
from news.models import ArticlePage, archive_folder

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


def month_starts(count: int) -> list[datetime.datetime]:
    """The first days of the last `count` calendar months, oldest first."""
    now = timezone.now()
    first = now.year * 12 + now.month - 1 - (count - 1)
    start = now.replace(day=1, hour=8, minute=0, second=0, microsecond=0)
    return [start.replace(year=(first + m) // 12, month=(first + m) % 12 + 1) for m in range(count)]


def fill_months(section: Page, articles: int, months: int = 100) -> None:
    """`articles` more articles in the section's folders of the last `months` months (made through Wagtail when
    missing), the same number in each, one every 40 minutes from the first of the month; prints the rate."""
    started = time.perf_counter()
    folders = [(archive_folder(section, month_start), month_start) for month_start in month_starts(months)]
    print(f"{months} month folders in {time.perf_counter() - started:.0f} s", flush=True)
    started = time.perf_counter()
    per_month = articles // months
    for m, (folder, month_start) in enumerate(folders):
        bulk_articles(folder, per_month, month_start, datetime.timedelta(minutes=40), offset=10_000_000 + m * 1_000_000)
    seconds = time.perf_counter() - started
    print(f"bulk generation: {per_month * months:,} articles in {seconds:.1f} s = {per_month * months / seconds:,.0f} articles/s")
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=100_000)
    args = parser.parse_args()
    root = Site.objects.get(is_default_site=True).root_page
    newest = ArticlePage.objects.live().descendant_of(root).order_by("-date").first()
    section = newest.get_ancestors().type(SectionPage).last().specific
    print(f"adding {args.articles:,} articles to “{section.title}”", flush=True)
    fill_months(section, args.articles)


if __name__ == "__main__":
    main()

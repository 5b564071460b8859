"""Scale of one section: 100,000 articles in year/month folders (and, with --flat, 100,000 directly under one
section for comparison). Prints render and admin timings with their SQL query counts.

    .venv/bin/python bench/scale.py [--articles 100000] [--flat] [--repeat 15]

Runs in its own database (`moj_bench` on the embedded server, or BENCH_DATABASE_URL), never the demo one.
Rows are written in bulk (a real import would go through Wagtail; building 100,000 pages one by one takes
about half an hour here), with tree paths computed as treebeard would."""

import argparse
import datetime
import json
import os
import statistics
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["DJANGO_SETTINGS_MODULE"] = "moj_site.settings.dev"


from database import bench_database_url  # noqa: E402

os.environ["DATABASE_URL"] = bench_database_url("moj_bench")

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.contrib.contenttypes.models import ContentType  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, reset_queries, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402
from wagtail.models import Locale, Page  # noqa: E402

from home.models import HomePage, SectionPage  # noqa: E402
from news.models import ArticlePage, archive_folder  # noqa: E402
from subsites.provisioning import provision_site  # noqa: E402

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def tree_step(n: int) -> str:
    digits = ""
    while True:
        n, r = divmod(n, 36)
        digits = ALPHABET[r] + digits
        if n == 0:
            return digits.rjust(4, "0")


def bulk_articles(parent: Page, count: int, start: datetime.datetime, step: datetime.timedelta, offset: int = 0) -> None:
    """`count` live articles under `parent`, newest last, written with two INSERTs per batch."""
    content_type = ContentType.objects.get_for_model(ArticlePage).pk
    locale = parent.locale_id
    body = json.dumps([{"type": "paragraph", "value": "<p>Tham dự có đại diện Lãnh đạo Bộ Tư pháp.</p>", "id": str(uuid.uuid4())}])
    first_child = parent.numchild
    with transaction.atomic():
        connection.ensure_connection()
        cursor = connection.connection.cursor()  # psycopg's own: executemany(returning=True)
        for batch_start in range(0, count, 5000):
            pages, details = [], []
            for i in range(batch_start, min(count, batch_start + 5000)):
                n = offset + i
                when = start + step * i
                slug = f"tin-so-{n}"
                pages.append(
                    (
                        parent.path + tree_step(first_child + i + 1),
                        parent.depth + 1,
                        0,
                        f"Tin hoạt động số {n}",
                        slug,
                        True,
                        False,
                        f"{parent.url_path}{slug}/",
                        "",
                        False,
                        "",
                        False,
                        content_type,
                        False,
                        when,
                        when,
                        f"Tin hoạt động số {n}",
                        str(uuid.uuid4()),
                        locale,
                    )
                )
                details.append((when, "Sapo của tin.", body))
            insert_articles(cursor, pages, details)
        Page.objects.filter(pk=parent.pk).update(numchild=first_child + count)


def insert_articles(cursor, pages, details) -> None:
    """Page rows and their article rows, in bulk; `details` are (date, lead, body) per page."""
    cursor.executemany(
        "INSERT INTO wagtailcore_page (path, depth, numchild, title, slug, live, has_unpublished_changes, url_path, seo_title,"
        " show_in_menus, search_description, expired, content_type_id, locked, first_published_at, last_published_at,"
        " draft_title, translation_key, locale_id) VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s) RETURNING id",
        pages,
        returning=True,
    )
    ids = []
    while True:
        ids.append(cursor.fetchone()[0])
        if not cursor.nextset():
            break
    cursor.executemany(
        "INSERT INTO news_articlepage (page_ptr_id, listing_summary, author, source, kind, date, lead, main_image_caption, body,"
        " needs_expert_review) VALUES (%s, '', 'Minh Anh', 'Cổng TTĐT Bộ Tư pháp', 'news', %s, %s, '', %s, false)",
        [(page_id, *detail) for page_id, detail in zip(ids, details, strict=True)],
    )


def timed(client, url, repeat, host="localhost"):
    timings, queries = [], 0
    for _ in range(repeat):
        reset_queries()
        with CaptureQueriesContext(connection) as captured:
            start = time.perf_counter()
            response = client.get(url, HTTP_HOST=host)
            timings.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (url, response.status_code)
        queries = len(captured)
    timings.sort()
    return statistics.median(timings), timings[min(len(timings) - 1, int(len(timings) * 0.95))], queries


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--flat", action="store_true", help="also measure the same number of articles directly under one section")
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()

    t0 = time.perf_counter()
    call_command("migrate", verbosity=0)
    Locale.objects.get_or_create(language_code="en")
    main_site = provision_site("moj", "Bộ Tư pháp", main=True, port=80)
    home = HomePage.objects.get(pk=main_site.site.root_page_id)
    foldered = home.add_child(instance=SectionPage(title="Tin theo tháng", slug="tin-theo-thang"))
    home.body = [("latest_items", {"heading": "", "section": foldered, "count": 6, "layout": "cards"})]
    home.save_revision().publish()

    # 100,000 articles over about 8 years: ~1,000 per month folder.
    months = 100
    per_month = args.articles // months
    start = timezone.now() - datetime.timedelta(days=30 * months)
    for m in range(months):
        month_start = start + datetime.timedelta(days=30 * m)
        folder = archive_folder(foldered, month_start)
        folder.refresh_from_db()
        bulk_articles(folder, per_month, month_start, datetime.timedelta(minutes=40), offset=m * per_month)
    print(f"seeded {args.articles:,} articles in {months} month folders in {time.perf_counter() - t0:.0f} s")

    flat = None
    if args.flat:
        t1 = time.perf_counter()
        flat = home.add_child(instance=SectionPage(title="Tin không chia thư mục", slug="tin-phang"))
        bulk_articles(flat, args.articles, start, datetime.timedelta(minutes=40), offset=args.articles)
        print(f"seeded {args.articles:,} articles directly under one section in {time.perf_counter() - t1:.0f} s")

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")

    client = Client()
    admin = Client()
    admin.force_login(get_user_model().objects.create_superuser("bench", password="x", email="bench@moj.gov.vn"))
    some_month = Page.objects.child_of(Page.objects.child_of(foldered).first()).first()
    article = ArticlePage.objects.live().descendant_of(foldered).order_by("-date").first()
    rows = [
        ("public home (latest 6 of the section)", client, "/"),
        ("public section, page 1", client, foldered.url),
        ("public section, page 2,000", client, foldered.url + "?trang=2000"),
        ("public article", client, article.url),
        ("section RSS", client, foldered.url + "rss/"),
        ("admin explorer: section (year folders)", admin, f"/admin/pages/{foldered.pk}/"),
        ("admin explorer: a month (~1,000 articles)", admin, f"/admin/pages/{some_month.pk}/"),
    ]
    if flat:
        rows += [
            ("public section, flat, page 1", client, flat.url),
            ("admin explorer: flat section (100,000 children)", admin, f"/admin/pages/{flat.pk}/"),
        ]
    print(f"\n{'what':<50} {'p50 ms':>8} {'p95 ms':>8} {'queries':>8}")
    for name, who, url in rows:
        p50, p95, queries = timed(who, url, args.repeat)
        print(f"{name:<50} {p50:>8.1f} {p95:>8.1f} {queries:>8}")

    t2 = time.perf_counter()
    new = ArticlePage(title="Tin mới nhất", slug="tin-moi-nhat", lead="Sapo.", body=[])
    archive_folder(foldered, timezone.now()).add_child(instance=new)
    new.save_revision().publish()
    print(f"\nadding and publishing one more article: {(time.perf_counter() - t2) * 1000:.0f} ms")


if __name__ == "__main__":
    main()

"""Public search at scale (R-SRCH-1): 100,000 articles with varied Vietnamese text on PostgreSQL, the time to build
the search index (`update_index`), then p50/p95 of the search page for a set of citizen queries.

    .venv/bin/python bench/search.py [--articles 100000] [--repeat 5] [--reuse]

Runs in its own database (`moj_bench`, recreated by bench/scale.py's set-up, or BENCH_DATABASE_URL), never the demo one.
Rows are written in bulk as in bench/scale.py; the index is then built the way production builds it.
`--reuse` measures the searches again on the database of the last run (migrated, without seeding or indexing)."""

import argparse
import datetime
import io
import json
import os
import random
import re
import statistics
import sys
import time
import uuid

os.environ.setdefault("LOG_LEVEL", "WARNING")
if "--reuse" in sys.argv and not os.environ.get("BENCH_DATABASE_URL"):
    # bench/scale.py recreates `moj_bench` unless it is given a database: give it the last run's.
    from pathlib import Path
    from urllib.parse import quote

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from moj_site.database import embedded_database_settings

    socket = embedded_database_settings(Path(__file__).resolve().parent.parent / ".data" / "pgdata")["HOST"]
    os.environ["BENCH_DATABASE_URL"] = f"postgres://postgres@{quote(socket, safe='')}/moj_bench"
import scale  # noqa: F401 (creates the `moj_bench` database and sets Django up)
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from scale import insert_articles, tree_step
from wagtail.models import Locale, Page
from wagtail.search.models import IndexEntry

from home.models import HomePage, SectionPage
from news.models import ArticlePage, archive_folder
from subsites.provisioning import provision_site

TOPICS = [
    "pháp luật đất đai",
    "thi hành án dân sự",
    "đăng ký hộ tịch",
    "lý lịch tư pháp",
    "chuyển đổi số",
    "hòa giải ở cơ sở",
    "trợ giúp pháp lý",
    "phổ biến, giáo dục pháp luật",
    "xây dựng văn bản quy phạm pháp luật",
    "bồi thường nhà nước",
    "đấu giá tài sản",
    "công chứng",
    "quản lý xử lý vi phạm hành chính",
    "hợp tác quốc tế về pháp luật",
    "công tác Đảng",
    "thủy lợi và tài nguyên nước",
]
ACTIONS = ["Hội nghị về", "Tập huấn", "Kiểm tra công tác", "Sơ kết", "Tổng kết", "Hội thảo góp ý", "Triển khai", "Hướng dẫn"]
PROVINCES = ["Hà Nội", "Hải Phòng", "Đà Nẵng", "Thừa Thiên Huế", "Cần Thơ", "Quảng Ninh", "Nghệ An", "Đắk Lắk", "Bình Dương", "Lào Cai"]
SENTENCES = [
    "Tham dự có đại diện Lãnh đạo Bộ Tư pháp và các đơn vị liên quan.",
    "Các đại biểu thảo luận về những khó khăn, vướng mắc trong thực tiễn.",
    "Đơn vị đang triển khai đồng bộ nhiều giải pháp bảo đảm hoàn thành chỉ tiêu.",
    "Hội nghị quán triệt Nghị định 42/2022/NĐ-CP về dịch vụ công trực tuyến.",
    "Người dân có thể nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia.",
    "Lãnh đạo Bộ đề nghị tăng cường công tác kiểm tra, giám sát.",
]
QUERIES = [
    "pháp luật đất đai",
    "phap luat dat dai",
    "thi hành án dân sự",
    "thi hanh an",
    "Đảng",
    "dang",
    "hộ tịch",
    "ho tich",
    "hòa giải",
    "hoà giải",
    "thuỷ lợi",
    "ly lich tu phap",
    "chuyển đổi số Đà Nẵng",
    "đấu giá tài sản Bình Dương",
    "42/2022/NĐ-CP",
    "42/2022",
    "cong chung",
    "phap luat dat daii",  # misspelt: answered by the any-word fallback
    "tập huấn trợ giúp pháp lý Lào Cai",
    "hội nghị",  # very common: every tenth article
]


def article_text(rng: random.Random, n: int) -> tuple[str, str, str]:
    topic = rng.choice(TOPICS)
    title = f"{rng.choice(ACTIONS)} {topic} tại {rng.choice(PROVINCES)} năm {2018 + n % 8}"
    lead = f"{title}. {rng.choice(SENTENCES)}"
    body = " ".join(rng.sample(SENTENCES, 3))
    return title, lead, body


def bulk_articles(parent: Page, count: int, start: datetime.datetime, offset: int, rng: random.Random) -> None:
    """`count` live articles with varied text under `parent`, written in bulk (see bench/scale.py)."""
    content_type = ContentType.objects.get_for_model(ArticlePage).pk
    first_child = parent.numchild
    with transaction.atomic():
        connection.ensure_connection()
        cursor = connection.connection.cursor()
        pages, details = [], []
        for i in range(count):
            n = offset + i
            when = start + datetime.timedelta(minutes=40 * i)
            title, lead, text = article_text(rng, n)
            slug = f"tin-{n}"
            path = parent.path + tree_step(first_child + i + 1)
            url_path = f"{parent.url_path}{slug}/"
            pages.append(
                (path, parent.depth + 1, 0, title, slug, True, False, url_path, "", False, "",
                 False, content_type, False, when, when, title, str(uuid.uuid4()), parent.locale_id)
            )  # fmt: skip
            body = json.dumps([{"type": "paragraph", "value": f"<p>{text}</p>", "id": str(uuid.uuid4())}])
            details.append((when, lead, body))
        insert_articles(cursor, pages, details)
        Page.objects.filter(pk=parent.pk).update(numchild=first_child + count)


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * fraction))]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--reuse", action="store_true", help="measure again on the last run's database")
    args = parser.parse_args()
    if args.reuse:
        call_command("migrate", verbosity=0)
        measure(args.repeat, build=None)
        return

    t0 = time.perf_counter()
    call_command("migrate", verbosity=0)
    Locale.objects.get_or_create(language_code="en")
    main_site = provision_site("moj", "Bộ Tư pháp", main=True, port=80)
    home = HomePage.objects.get(pk=main_site.site.root_page_id)
    section = home.add_child(instance=SectionPage(title="Tin tức", slug="tin-tuc"))
    rng = random.Random(42)
    months = 100
    per_month = args.articles // months
    start = timezone.now() - datetime.timedelta(days=30 * months)
    for m in range(months):
        month_start = start + datetime.timedelta(days=30 * m)
        folder = archive_folder(section, month_start)
        folder.refresh_from_db()
        bulk_articles(folder, per_month, month_start, m * per_month, rng)
    print(f"seeded {args.articles:,} articles in {time.perf_counter() - t0:.0f} s")

    t1 = time.perf_counter()
    call_command("update_index", stdout=io.StringIO())
    build = time.perf_counter() - t1
    print(f"search index built (update_index, atomic): {build:.0f} s for {IndexEntry.objects.count():,} entries")
    # What autovacuum does a while after a rebuild, done at once (README, production): a full update_index leaves two
    # dead rows for every entry and no statistics, and searches then read three times the rows (p95 150 ms, not 80).
    t2 = time.perf_counter()
    with connection.cursor() as cursor:
        cursor.execute("VACUUM (ANALYZE) wagtailsearch_indexentry, wagtailcore_page")
    print(f"VACUUM (ANALYZE) of the index entries and pages: {time.perf_counter() - t2:.1f} s")
    measure(args.repeat, build)


def measure(repeat, build):
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    articles = ArticlePage.objects.count()
    client = Client()
    timings, rows = [], []
    for query in QUERIES:
        client.get("/tim-kiem/", {"q": query}, HTTP_HOST="localhost")  # warm
        per_query = []
        for _ in range(repeat):
            with CaptureQueriesContext(connection) as captured:
                started = time.perf_counter()
                response = client.get("/tim-kiem/", {"q": query}, HTTP_HOST="localhost")
                per_query.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, (query, response.status_code)
        count = int(re.search(r"([\d.,]+) (?:kết quả|results?)", response.text)[1].replace(".", "").replace(",", ""))
        timings += per_query
        rows.append((query, statistics.median(per_query), max(per_query), count, len(captured)))
    print(f"\n{'query (search page, relevance order)':<42} {'p50 ms':>8} {'max ms':>8} {'results':>8} {'SQL':>5}")
    for query, p50, worst, count, queries in rows:
        print(f"{query:<42} {p50:>8.1f} {worst:>8.1f} {count:>8,} {queries:>5}")
    print(f"\nall {len(timings)} searches: p50 {percentile(timings, 0.5):.1f} ms, p95 {percentile(timings, 0.95):.1f} ms")
    if build is not None:
        print(f"index build: {build:.0f} s for {articles:,} articles")
    print(f"over {articles:,} articles")


if __name__ == "__main__":
    main()

"""Scale of one section: 100,000 articles in year/month folders (and, with --flat, 100,000 directly under one
section for comparison). Prints render and admin timings with their SQL query counts.

    .venv/bin/python bench/scale.py [--articles 100000] [--flat] [--repeat 15]

Runs in its own database (`moj_bench` on the embedded server, or BENCH_DATABASE_URL), never the demo one.
Rows are written in bulk by bench/bulk.py (a real import would go through Wagtail; building 100,000 pages one by one
takes about half an hour here), with tree paths computed as treebeard would; the rate is printed."""

import argparse
import datetime
import os
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["DJANGO_SETTINGS_MODULE"] = "moj_site.settings.dev"
os.environ["PAGE_CACHE"] = "0"  # renders measured, not the page cache


from database import bench_database_url  # noqa: E402

os.environ["DATABASE_URL"] = bench_database_url("moj_bench")

import django  # noqa: E402

django.setup()

from bulk import bulk_articles, insert_articles, month_starts, tree_step  # noqa: E402, F401 (bench/search.py imports the last two from here)
from django.contrib.auth import get_user_model  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, reset_queries  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402
from wagtail.models import Locale  # noqa: E402

from home.models import HomePage, SectionPage  # noqa: E402
from news.models import ArticlePage, archive_folder  # noqa: E402
from subsites.provisioning import provision_site  # noqa: E402
from subsites.sitemaps import LIMIT, sitemap_addresses  # noqa: E402


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


def seed(folders, per_month: int, present: int) -> None:
    """Tops every month folder up from `present` to `per_month` articles, one every 40 minutes, and prints the rate."""
    step = datetime.timedelta(minutes=40)
    started = time.perf_counter()
    for m, (folder, month_start) in enumerate(folders):
        bulk_articles(folder, per_month - present, month_start + step * present, step, offset=m * 1_000_000 + present)
    added = (per_month - present) * len(folders)
    seconds = time.perf_counter() - started
    print(f"bulk generation: {added:,} articles in {seconds:.1f} s = {added / seconds:,.0f} articles/s", flush=True)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--flat", action="store_true", help="also measure the same number of articles directly under one section")
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()

    call_command("migrate", verbosity=0)
    Locale.objects.get_or_create(language_code="en")
    main_site = provision_site("moj", "Bộ Tư pháp", main=True, port=80)
    home = HomePage.objects.get(pk=main_site.site.root_page_id)
    foldered = home.add_child(instance=SectionPage(title="Tin theo tháng", slug="tin-theo-thang"))
    home.body = [("latest_items", {"heading": "", "section": foldered, "count": 6, "layout": "cards"})]
    home.save_revision().publish()
    editor = get_user_model().objects.create_user("bench_editor", password="x", email="editor@moj.gov.vn")
    editor.groups.add(main_site.editors_group)

    # The articles of 100 months (about 8 years), the same number in each month's folder: ~1,000 at 100,000.
    months = 100
    started = time.perf_counter()
    folders = [(archive_folder(foldered, month_start), month_start) for month_start in month_starts(months)]
    print(f"{months} month folders made through Wagtail in {time.perf_counter() - started:.0f} s", flush=True)

    client = Client()
    superuser, site_editor = Client(), Client()
    superuser.force_login(get_user_model().objects.create_superuser("bench", password="x", email="bench@moj.gov.vn"))
    site_editor.force_login(editor)
    month = folders[-2][0]  # last month, full
    sizes = sorted({min(1_000, args.articles), args.articles})
    results, present = {}, 0
    for size in sizes:
        seed(folders, size // months, present)
        present = size // months
        article = ArticlePage.objects.live().descendant_of(foldered).order_by("-date").first()
        rows = [
            ("public home (latest 6 of the section)", client, "/"),
            ("public section, page 1", client, foldered.url),
            ("public section, page 10", client, foldered.url + "?trang=10"),
            ("public month folder", client, month.url),
            ("public article", client, article.url),
            ("section RSS", client, foldered.url + "rss/"),
            ("sitemap index", client, "/sitemap.xml"),
            (f"sitemap page 1 (of {LIMIT:,} URLs at most)", client, "/sitemap-pages.xml"),
            ("sitemap, last page", client, urlsplit(sitemap_addresses(home)[-1])._replace(scheme="", netloc="").geturl()),
            ("admin explorer: section (year folders), superuser", superuser, f"/admin/pages/{foldered.pk}/"),
            (f"admin explorer: a month ({present:,} articles), superuser", superuser, f"/admin/pages/{month.pk}/"),
            (f"admin explorer: a month ({present:,} articles), site editor", site_editor, f"/admin/pages/{month.pk}/"),
        ]
        results[size] = {name: timed(who, url, args.repeat) for name, who, url in rows}

    print(f"\nuncached (PAGE_CACHE=0), warm caches of settings and menus; load average {os.getloadavg()[0]:.2f}")
    header = "".join(f" | {size:>7,} articles: p50 ms  p95 ms  queries" for size in sizes)
    print(f"{'what':<56}{header}")
    for position, name in enumerate(results[sizes[0]]):
        cells = ""
        for size in sizes:
            p50, p95, queries = list(results[size].values())[position]
            cells += f" | {'':>16}{p50:>8.1f}{p95:>8.1f}{queries:>9}"
        print(f"{name.replace(f'({present:,}', '(…'):<56}{cells}")

    if args.flat:
        started = time.perf_counter()
        flat = home.add_child(instance=SectionPage(title="Tin không chia thư mục", slug="tin-phang"))
        bulk_articles(flat, args.articles, timezone.now(), datetime.timedelta(minutes=-5), offset=args.articles)
        print(f"\nseeded {args.articles:,} articles directly under one section in {time.perf_counter() - started:.0f} s")
        for name, who, url in [
            ("public section, flat, page 1", client, flat.url),
            ("admin explorer: flat section, superuser", superuser, f"/admin/pages/{flat.pk}/"),
        ]:
            p50, p95, queries = timed(who, url, args.repeat)
            print(f"{name:<56} {p50:>8.1f} {p95:>8.1f} {queries:>8}")

    started = time.perf_counter()
    new = ArticlePage(title="Tin mới nhất", slug="tin-moi-nhat", lead="Sapo.", body=[])
    archive_folder(foldered, timezone.now()).add_child(instance=new)
    new.save_revision().publish()
    print(f"\nadding and publishing one more article: {(time.perf_counter() - started) * 1000:.0f} ms")


if __name__ == "__main__":
    main()

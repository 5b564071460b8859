"""Times the public pages of the demo portal through Django's test client and counts their SQL queries.

    .venv/bin/python bench/render.py [--repeat 20]

Run `make demo` (or `make run`) first so that the demo content exists."""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "moj_site.settings.dev")

import django

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from news.models import ArticlePage  # noqa: E402
from subsites.models import PortalSite  # noqa: E402


def pages():
    for portal_site in PortalSite.objects.select_related("site"):
        host = portal_site.site.hostname
        yield f"{portal_site.slug} home", host, "/"
        article = ArticlePage.objects.live().descendant_of(portal_site.site.root_page).first()
        if article:
            yield f"{portal_site.slug} section", host, article.get_parent().relative_url(portal_site.site)
            yield f"{portal_site.slug} article", host, article.relative_url(portal_site.site)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    client = Client()
    print(f"{'page':<20} {'status':>6} {'queries':>8} {'p50 ms':>8} {'p95 ms':>8}")
    for name, host, path in pages():
        timings = []
        for _ in range(args.repeat):
            with CaptureQueriesContext(connection) as queries:
                start = time.perf_counter()
                response = client.get(path, HTTP_HOST=host)
                timings.append((time.perf_counter() - start) * 1000)
        timings.sort()
        p95 = timings[min(len(timings) - 1, int(len(timings) * 0.95))]
        print(f"{name:<20} {response.status_code:>6} {len(queries):>8} {statistics.median(timings):>8.1f} {p95:>8.1f}")


if __name__ == "__main__":
    main()

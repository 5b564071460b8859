"""The editorial process under load: an approver's dashboard ("Việc của tôi") with 10, 50 and 200 items waiting,
the monthly report over every finished workflow, and one run of send_deadline_reminders with every item overdue.
Prints time (median of --repeat runs) and SQL queries.

    .venv/bin/python bench/editorial.py [--repeat 5]

Runs in its own database (`moj_bench_editorial` on the embedded server, or BENCH_DATABASE_URL), never the demo one.
Items go through the real workflow (Wagtail's `Workflow.start`, the task's `on_action`), one by one."""

import argparse
import datetime
import os
import statistics
import sys
import time
from io import StringIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["DJANGO_SETTINGS_MODULE"] = "moj_site.settings.dev"


from database import bench_database_url  # noqa: E402

os.environ["DATABASE_URL"] = bench_database_url("moj_bench_editorial")

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, reset_queries  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, override_settings  # noqa: E402
from django.utils import timezone  # noqa: E402
from wagtail.models import Locale  # noqa: E402

from editorial.models import EditorialTaskState  # noqa: E402
from home.models import SectionPage  # noqa: E402
from news.models import ArticlePage, archive_folder  # noqa: E402
from subsites.provisioning import provision_site  # noqa: E402


def measure(label, action, repeat):
    times, queries = [], 0
    for _ in range(repeat):
        reset_queries()
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            action()
            times.append((time.perf_counter() - started) * 1000)
        queries = len(captured)
    print(f"{label:<58} {statistics.median(times):8.0f} ms {queries:6d} queries")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    call_command("migrate", verbosity=0)
    Locale.objects.get_or_create(language_code="en")
    main_site = provision_site("moj", "Bộ Tư pháp", main=True, port=8000)
    home = main_site.site.root_page
    section = home.add_child(instance=SectionPage(title="Tin tức", slug="tin-tuc"))
    User = get_user_model()
    editor = User.objects.create_user("editor", email="editor@moj.gov.vn")
    editor.groups.add(main_site.editors_group)
    approver = User.objects.create_user("approver", email="approver@moj.gov.vn", password="x")
    approver.groups.add(main_site.approvers_group)
    folder = archive_folder(section, timezone.now())
    client = Client(HTTP_HOST="localhost:8000")
    client.force_login(approver)

    def submit(n):
        article = folder.add_child(instance=ArticlePage(title=f"Tin số {n}", slug=f"tin-so-{n}", live=False, lead="Sapo.", body="[]"))
        article.save_revision(user=editor)
        return article.get_workflow().start(article, editor)

    print(f"{'':<58} {'median':>11} {'SQL':>14}")
    waiting = []
    with override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"):
        started = time.perf_counter()
        for size in (10, 50, 200):
            while len(waiting) < size:
                waiting.append(submit(len(waiting)))
            measure(f"approver's dashboard, {size} items waiting", lambda: client.get("/admin/"), args.repeat)
        print(f"(submitting 200 items through the workflow took {time.perf_counter() - started:.1f} s, with the renders)")

        EditorialTaskState.objects.filter(status="in_progress").update(due_at=timezone.now() - datetime.timedelta(hours=1))
        measure(
            "send_deadline_reminders, 200 overdue items (first run)",
            lambda: call_command("send_deadline_reminders", stdout=StringIO()),
            1,
        )
        measure(
            "send_deadline_reminders again (nothing new to send)", lambda: call_command("send_deadline_reminders", stdout=StringIO()), 1
        )

        for workflow_state in waiting[:150]:
            task_state = EditorialTaskState.objects.get(pk=workflow_state.current_task_state_id)
            action = "approve" if workflow_state.pk % 5 else "reject"
            task_state.task.specific.on_action(task_state, approver, action, reason="quality", comment="Ảnh mờ.")
    measure("editorial report, 1 month, 150 finished workflows", lambda: client.get("/admin/editorial/report/"), args.repeat)


if __name__ == "__main__":
    main()

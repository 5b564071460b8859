"""Soak and faults (issue 17): gunicorn on loopback serving the demo portal for --minutes minutes (10 by default)
to a mix of anonymous readers, searches and editors saving drafts through the admin's edit form (of questions and
answers: a form without StreamField, whose inputs only the browser's script writes); prints the
errors, latency, the workers' memory at start and end, and whether every saved edit is in the database.

    .venv/bin/python bench/soak.py [--minutes 10] [--workers 3] [--faults]

--faults, at fixed moments: kill a gunicorn worker with SIGKILL in the middle of the saves, restart PostgreSQL, stop
Redis (the cache) for a minute, and run the whole soak with Elasticsearch pointed at a closed port (search falls back
to the database). Runs in its own database (`moj_bench_soak` on the embedded server), never the demo one. Not in
`make test`."""

import argparse
import atexit
import os
import random
import re
import signal
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil
import requests
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from database import bench_database_url  # noqa: E402

from operations import postgres  # noqa: E402

PORT = 8765
REDIS_COMMAND = ["redis-server", "--bind", "127.0.0.1", "--port", "6391", "--save", "", "--appendonly", "no"]
BASE = f"http://localhost:{PORT}"
PASSWORD = "moj-demo-2026"
stop = threading.Event()
started_processes: list[subprocess.Popen] = []  # gunicorn and redis-server, ended whatever happens


@atexit.register
def end_started_processes():
    for process in started_processes:
        if process.poll() is None:
            process.terminate()
            process.wait(timeout=60)


def start(command, **options) -> subprocess.Popen:
    process = subprocess.Popen(command, **options)
    started_processes.append(process)
    return process


lock = threading.Lock()
stats = {"requests": 0, "errors": [], "latency": [], "saves_acknowledged": 0, "save_failures": 0}


def record(started, response=None, error=None, kind="read"):
    with lock:
        stats["requests"] += 1
        stats["latency"].append(time.perf_counter() - started)
        if error is not None or (response is not None and response.status_code >= 500):
            stats["errors"].append((round(time.time()), kind, error or response.status_code))


def reader(paths):
    session = requests.Session()
    while not stop.is_set():
        started = time.perf_counter()
        try:
            record(started, session.get(BASE + random.choice(paths), timeout=30))
        except requests.RequestException as error:
            record(started, error=type(error).__name__)


def searcher():
    session = requests.Session()
    words = ["tư pháp", "hộ tịch", "thi hành án", "công chứng", "luật", "nghị định", "phổ biến pháp luật"]
    while not stop.is_set():
        started = time.perf_counter()
        try:
            record(started, session.get(f"{BASE}/tim-kiem/", params={"q": random.choice(words)}, timeout=30), kind="search")
        except requests.RequestException as error:
            record(started, error=type(error).__name__, kind="search")
        time.sleep(0.5)


def login(session, username):
    page = session.get(f"{BASE}/admin/login/", timeout=30)
    token = BeautifulSoup(page.text, "html.parser").find("input", {"name": "csrfmiddlewaretoken"})["value"]
    session.post(f"{BASE}/admin/login/", {"username": username, "password": PASSWORD, "csrfmiddlewaretoken": token}, timeout=30)


def form_data(html):
    form = BeautifulSoup(html, "html.parser").find("form", id="page-edit-form")
    data = []
    for field in form.find_all(["input", "textarea", "select"]):
        name = field.get("name")
        if (
            not name
            or field.get("type") in ("submit", "file")
            or (field.get("type") in ("checkbox", "radio") and not field.has_attr("checked"))
        ):
            continue
        if field.name == "textarea":
            data.append((name, field.text))
        elif field.name == "select":
            data += [(name, option.get("value", option.text)) for option in field.find_all("option", selected=True)]
        else:
            data.append((name, field.get("value", "on" if field.get("type") in ("checkbox", "radio") else "")))
    return data


def editor(username, page_ids):
    session = requests.Session()
    login(session, username)
    while not stop.is_set():
        page_id = random.choice(page_ids)
        started = time.perf_counter()
        try:
            edit = session.get(f"{BASE}/admin/pages/{page_id}/edit/", timeout=30)
            data = [(name, value) for name, value in form_data(edit.text) if name != "title"]
            data.append(("title", f"Bản nháp soak {time.time():.0f}"))
            response = session.post(f"{BASE}/admin/pages/{page_id}/edit/", data, timeout=60, allow_redirects=False)
            record(started, response, kind="save")
            with lock:
                if response.status_code == 302:
                    stats["saves_acknowledged"] += 1
                else:
                    stats["save_failures"] += 1
        except requests.RequestException as error:
            record(started, error=type(error).__name__, kind="save")
            with lock:
                stats["save_failures"] += 1
        time.sleep(1)


def wait_until_answering(limit=180):
    """Until /health/ answers (the workers import Django: slow on a busy machine)."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        try:
            if requests.get(f"{BASE}/health/", timeout=30).status_code == 200:
                return
        except requests.RequestException:
            pass
        time.sleep(1)
    raise SystemExit("gunicorn did not answer /health/ in time")


def workers_rss(master):
    return sum(child.memory_info().rss for child in psutil.Process(master.pid).children()) / 2**20


def django_shell(env, code):
    result = subprocess.run([sys.executable, "manage.py", "shell", "-c", code], env=env, cwd=ROOT, capture_output=True, text=True)
    return result.stdout.strip().splitlines()[-1]  # after the shell's own note on its automatic imports


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--minutes", type=float, default=10)
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--faults", action="store_true")
    parser.add_argument("--keep-database", action="store_true", help="reuse moj_bench_soak with the demo of an earlier run")
    args = parser.parse_args()
    args.duration = args.minutes * 60
    print(f"load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}", flush=True)

    env = {
        **os.environ,
        "LOG_LEVEL": "WARNING",
        "DJANGO_SETTINGS_MODULE": "moj_site.settings.dev",
        "DATABASE_URL": bench_database_url("moj_bench_soak", recreate=not args.keep_database),
    }
    env["MEDIA_ROOT"] = str(ROOT / ".data" / "bench-soak-media")
    redis = None
    if args.faults:
        redis = start(REDIS_COMMAND, stdout=subprocess.DEVNULL)
    print("building the demo in moj_bench_soak…", flush=True)
    subprocess.run([sys.executable, "manage.py", "migrate", "--no-input", "-v", "0"], env=env, cwd=ROOT, check=True)
    demo_there = args.keep_database and django_shell(env, "from wagtail.models import Page; print(Page.objects.count())") != "1"
    if not demo_there:
        subprocess.run(
            [sys.executable, "manage.py", "load_demo", "--port", str(PORT)], env=env, cwd=ROOT, check=True, stdout=subprocess.DEVNULL
        )
    count_revisions = "from wagtail.models import Revision; print(Revision.objects.count())"
    revisions_before = int(django_shell(env, count_revisions))

    server_env = dict(env)
    if args.faults:
        server_env |= {"REDIS_URL": "redis://127.0.0.1:6391/0", "ELASTICSEARCH_URL": "http://127.0.0.1:9"}
    server = start(
        [
            str(ROOT / ".venv" / "bin" / "gunicorn"),
            "moj_site.wsgi",
            *("--bind", f"127.0.0.1:{PORT}", "--workers", str(args.workers), "--timeout", "60"),
        ],
        env=server_env | {"DJANGO_SETTINGS_MODULE": "moj_site.settings.dev"},
        cwd=ROOT,
        stderr=open(ROOT / ".data" / "soak-gunicorn.log", "w"),  # noqa: SIM115
    )
    wait_until_answering()
    sitemap = requests.get(f"{BASE}/sitemap.xml", timeout=120).text
    paths = [re.sub(r"^https?://[^/]+", "", url) for url in re.findall(r"<loc>([^<]+)</loc>", sitemap)][:200] or ["/"]
    page_ids = [
        int(value)
        for value in django_shell(
            env, "from qa.models import QuestionPage; print(*QuestionPage.objects.live().values_list('id', flat=True)[:40])"
        ).split()
    ]
    for path in paths[:50]:
        requests.get(BASE + path, timeout=120)  # warm every worker a little
    rss_start = workers_rss(server)

    threads = [threading.Thread(target=reader, args=(paths,)) for _ in range(4)]
    threads += [threading.Thread(target=searcher)]
    threads += [threading.Thread(target=editor, args=(name, page_ids)) for name in ("chief", "standing_approver")]
    for thread in threads:
        thread.start()
    started = time.time()
    faults = {0.3: "kill-worker", 0.5: "restart-postgres", 0.7: "stop-redis", 0.8: "start-redis"} if args.faults else {}
    for at, fault in sorted(faults.items()):
        time.sleep(max(0, started + at * args.duration - time.time()))
        print(f"{time.time() - started:6.0f} s  fault: {fault}", flush=True)
        if fault == "kill-worker":
            os.kill(psutil.Process(server.pid).children()[0].pid, signal.SIGKILL)
        elif fault == "restart-postgres":
            pgdata = ROOT / ".data" / "pgdata"
            subprocess.run(
                [
                    str(postgres.embedded_bin_dir() / "pg_ctl"),
                    "-D",
                    str(pgdata),
                    "restart",
                    "-m",
                    "fast",
                    "-w",
                ],
                capture_output=True,
            )
        elif fault == "stop-redis":
            redis.terminate()
            redis.wait()
        elif fault == "start-redis":
            redis = start(REDIS_COMMAND, stdout=subprocess.DEVNULL)
    time.sleep(max(0, started + args.duration - time.time()))
    stop.set()
    for thread in threads:
        thread.join(timeout=90)
    rss_end = workers_rss(server)
    ready = requests.get(f"{BASE}/health/ready/", timeout=30)
    server.send_signal(signal.SIGTERM)
    server.wait(timeout=60)
    if redis:
        redis.terminate()
    revisions_after = int(django_shell(env, count_revisions))

    latency = sorted(stats["latency"])
    print(f"duration {args.duration:.0f} s, {args.workers} workers, faults {'on' if args.faults else 'off'}")
    print(f"load average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    last_minute = [error for error in stats["errors"] if error[0] >= started + args.duration - 60]
    print(f"errors in the last minute (recovered by itself when 0): {len(last_minute)}")
    print(f"requests {stats['requests']}, errors {len(stats['errors'])}: {stats['errors'][:20]}")
    p50, p95 = statistics.median(latency), latency[int(len(latency) * 0.95)]
    print(f"latency p50 {p50 * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, max {latency[-1] * 1000:.0f} ms")
    print(f"worker RSS ({args.workers} workers) start {rss_start:.0f} MiB, end {rss_end:.0f} MiB")
    created = revisions_after - revisions_before
    print(f"draft saves acknowledged {stats['saves_acknowledged']}, failed {stats['save_failures']}; revisions created {created}")
    print(f"no acknowledged save lost: {created >= stats['saves_acknowledged']}")
    print(f"/health/ready/ at the end: {ready.status_code} {ready.text[:300]}")


if __name__ == "__main__":
    main()

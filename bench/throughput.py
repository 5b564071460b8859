"""Requests per second of the public site as a citizen's browser meets it (issue 16), in one run:

- nginx serving a static copy of the home page (`Connection: close`): the ceiling of this machine;
- `/health/`, a trivial view through all our middleware: the ceiling of Django here;
- the home page and an article from the page cache, and rendered (a second server with PAGE_CACHE=0).

gunicorn (2 sync workers, production settings, Redis for the cache) on the demo portal in a database of its own, and
with `--articles 100000` also on the demo with 100,000 more articles (bench/bulk.py) in another; nginx from Debian,
wrk from Debian; each target is measured in turn, round after round (interleaved), and the table gives the median of
the rounds, with the load average at start and end.

    .venv/bin/python bench/throughput.py [--rounds 3] [--seconds 5] [--articles 100000] [--keep-database] [--before DIR]

Installs nginx, wrk and redis-server with apt-get when missing (as root). About 3 minutes (6 with --articles), plus
the demo's load (once per database; `--keep-database` reuses them)."""

import argparse
import base64
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.database import ROOT

DATABASE = "moj_bench_http"
HOST = "localhost"
SECRET_KEY = "bench-only-not-secret-0123456789abcdefghijklmnopqrstuvwxyz-ABCDEFGH"
# The demo's personal data are encrypted with this key when it is built, and read with it by production settings.
PERSONAL_DATA_KEY = base64.urlsafe_b64encode(b"bench-only-not-secret-32-bytes!!").decode()
TOOLS = {"nginx": "nginx", "wrk": "wrk", "redis-server": "redis-server"}
WORKERS = 2


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def ensure_tools():
    missing = [package for tool, package in TOOLS.items() if not shutil.which(tool) and not Path(f"/usr/sbin/{tool}").exists()]
    if missing:
        if os.geteuid() != 0:
            sys.exit(f"Missing: {' '.join(missing)}. Run: sudo apt-get install -y {' '.join(missing)}")
        subprocess.run(["apt-get", "install", "-y", "-qq", *missing], check=True, env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})


def demo_database(keep: bool, articles: int = 0) -> str:
    """The demo portal in a database of its own (built with `load_demo`, links on port 8000), with `articles` more
    news articles in month folders of the main portal's news section when asked (bench/bulk.py)."""
    import psycopg

    from moj_site.database import embedded_database_settings

    name = f"{DATABASE}_{articles}" if articles else DATABASE
    server = embedded_database_settings(ROOT / ".data" / "pgdata")
    url = f"postgres://postgres@{server['HOST'].replace('/', '%2F')}/{name}"
    with psycopg.connect(host=server["HOST"], user="postgres", dbname="postgres", autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if exists and keep:
            return url
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8'")
    env = {**build_env(url), "MEDIA_ROOT": str(ROOT / ".data" / "bench-media")}
    manage = [sys.executable, str(ROOT / "manage.py")]
    print("Building the demo portal in", name, "…", flush=True)
    subprocess.run([*manage, "migrate", "--no-input", "-v0"], env=env, check=True)
    subprocess.run([*manage, "load_demo", "--port", "8000"], env=env, check=True, stdout=subprocess.DEVNULL)
    if articles:
        subprocess.run([sys.executable, str(ROOT / "bench" / "bulk.py"), "--articles", str(articles)], env=env, check=True)
    return url


def build_env(database_url: str) -> dict:
    """Development settings on the bench's database, with the keys production settings will read it with."""
    return {
        **os.environ,
        "DATABASE_URL": database_url,
        "DJANGO_SETTINGS_MODULE": "moj_site.settings.dev",
        "SECRET_KEY": SECRET_KEY,
        "PERSONAL_DATA_KEYS": PERSONAL_DATA_KEY,
        "LOG_LEVEL": "WARNING",
    }


def production_env(database_url: str, redis_port: int, page_cache: bool, redis_db: int = 0) -> dict:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "moj_site.settings.production",
        "SECRET_KEY": SECRET_KEY,
        "PERSONAL_DATA_KEYS": PERSONAL_DATA_KEY,
        "DATABASE_URL": database_url,
        "PORTAL_DOMAIN": HOST,
        "PORTAL_PORT": "8000",
        "SECURE_SSL_REDIRECT": "0",
        "STAFF_2FA_REQUIRED": "0",
        "REDIS_URL": f"redis://127.0.0.1:{redis_port}/{redis_db}",
        "PAGE_CACHE": "1" if page_cache else "0",
        "MEDIA_ROOT": str(ROOT / ".data" / "bench-media"),
    }


def wait_for(url: str, host: str = HOST, timeout: float = 60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(urllib.request.Request(url, headers={"Host": host}), timeout=5) as response:
                return response.read()
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"{url} did not answer")


def nginx_config(directory: Path, port: int) -> Path:
    config = directory / "nginx.conf"
    config.write_text(
        f"""worker_processes {WORKERS};
pid {directory}/nginx.pid;
error_log {directory}/error.log;
user root;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    default_type text/html;
    server {{
        listen 127.0.0.1:{port};
        root {directory}/www;
        location / {{ try_files $uri /index.html; }}
    }}
}}
"""
    )
    return config


WRK_LINE = re.compile(r"Requests/sec:\s+([\d.]+)")
PERCENTILE = re.compile(r"^\s+(50|99)%\s+([\d.]+)(us|ms|s)\s*$", re.MULTILINE)
UNIT_MS = {"us": 0.001, "ms": 1, "s": 1000}


def wrk(url: str, seconds: int, headers: dict) -> dict:
    command = ["wrk", "-t2", "-c16", f"-d{seconds}s", "--latency", url]
    for name, value in headers.items():
        command += ["-H", f"{name}: {value}"]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    latency = {int(p): float(value) * UNIT_MS[unit] for p, value, unit in PERCENTILE.findall(output)}
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {
        "rps": float(WRK_LINE.search(output).group(1)),
        "p50": latency.get(50),
        "p99": latency.get(99),
        "errors": int(errors.group(1)) if errors else 0,
    }


def article_path(database_url: str) -> str:
    """The address of the main portal's newest article."""
    code = (
        "from news.models import ArticlePage; from wagtail.models import Site; site = Site.objects.get(is_default_site=True); "
        "print(ArticlePage.objects.live().descendant_of(site.root_page).order_by('-date').first().get_url_parts()[2])"
    )
    env = build_env(database_url)
    return (
        subprocess.run([sys.executable, str(ROOT / "manage.py"), "shell", "-c", code], env=env, check=True, capture_output=True, text=True)
        .stdout.strip()
        .splitlines()[-1]
    )


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--keep-database", action="store_true", help="reuse the demo databases of the previous run")
    parser.add_argument(
        "--articles",
        type=int,
        default=0,
        help="also the demo with this many more articles (e.g. 100000, bench/bulk.py), in a database of its own",
    )
    parser.add_argument(
        "--before",
        type=Path,
        help="an earlier checkout (`git archive <rev> | tar -x -C DIR`, static files collected): its pages rendered too",
    )
    args = parser.parse_args()
    print(f"load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}", flush=True)
    ensure_tools()
    databases = [("", demo_database(args.keep_database))]
    if args.articles:
        databases.append((f", {args.articles:,} articles", demo_database(args.keep_database, args.articles)))
    work = Path(tempfile.mkdtemp(prefix="moj-bench-"))
    processes = []
    try:
        redis_port, nginx_port = free_port(), free_port()
        processes.append(
            subprocess.Popen(["redis-server", "--port", str(redis_port), "--save", "", "--appendonly", "no"], stdout=subprocess.DEVNULL)
        )
        collect = production_env(databases[0][1], redis_port, True)
        subprocess.run([sys.executable, str(ROOT / "manage.py"), "collectstatic", "--no-input", "-v0"], env=collect, check=True)
        gunicorn = str(Path(sys.executable).parent / "gunicorn")

        def serve(database_url: str, page_cache: bool, tree: Path, redis_db: int) -> str:
            port = free_port()
            processes.append(
                subprocess.Popen(
                    [gunicorn, "moj_site.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", str(WORKERS), "--no-control-socket"],
                    cwd=tree,
                    env=production_env(database_url, redis_port, page_cache, redis_db),
                    stderr=subprocess.DEVNULL,
                )
            )
            return f"http://127.0.0.1:{port}"

        host = {"Host": HOST}
        targets = []
        for number, (label, database_url) in enumerate(databases):
            # A Redis database each: the same addresses on another database are other pages.
            cached, uncached = serve(database_url, True, ROOT, number), serve(database_url, False, ROOT, number)
            if number == 0:
                (work / "www").mkdir()
                (work / "www" / "index.html").write_bytes(wait_for(cached + "/"))
                processes.append(subprocess.Popen(["nginx", "-c", str(nginx_config(work, nginx_port)), "-g", "daemon off;"]))
                wait_for(f"http://127.0.0.1:{nginx_port}/")
                targets += [
                    ("nginx static (Connection: close)", f"http://127.0.0.1:{nginx_port}/", {**host, "Connection": "close"}),
                    ("/health/ (trivial view)", cached + "/health/", host),
                ]
            wait_for(cached + "/")
            wait_for(uncached + "/")
            article = article_path(database_url)
            print(f"article{label}: {article}", flush=True)
            targets += [
                (f"home, cached{label}", cached + "/", host),
                (f"article, cached{label}", cached + article, host),
                (f"home, uncached{label}", uncached + "/", host),
                (f"article, uncached{label}", uncached + article, host),
            ]
            if args.before and number == 0:
                before = serve(database_url, False, args.before.resolve(), number)
                wait_for(before + "/")
                targets += [("home, uncached, before", before + "/", host), ("article, uncached, before", before + article, host)]
        print(f"{args.rounds} rounds of {args.seconds} s per target, wrk -t2 -c16", flush=True)
        results = {name: [] for name, _, _ in targets}
        for round_number in range(args.rounds):
            for name, url, headers in targets:
                results[name].append(wrk(url, args.seconds, headers))
            print(f"round {round_number + 1} done", flush=True)
        report(results)
        print(f"load average at end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    finally:
        for process in reversed(processes):
            process.send_signal(signal.SIGTERM if process.args[0] != "nginx" else signal.SIGQUIT)
        for process in processes:
            process.wait(timeout=30)
        shutil.rmtree(work, ignore_errors=True)


def report(results: dict):
    medians = {
        name: {key: statistics.median(run[key] for run in runs) for key in ("rps", "p50", "p99")}
        | {"errors": sum(run["errors"] for run in runs)}
        for name, runs in results.items()
    }
    nginx = medians["nginx static (Connection: close)"]["rps"]
    health = medians["/health/ (trivial view)"]["rps"]
    print()
    print(f"| {'target':<34} | {'req/s':>9} | {'p50 ms':>7} | {'p99 ms':>7} | {'÷ nginx':>8} | {'÷ /health/':>10} | errors |")
    print(f"|{'-' * 36}|{'-' * 11}|{'-' * 9}|{'-' * 9}|{'-' * 10}|{'-' * 12}|--------|")
    for name, figures in medians.items():
        print(
            f"| {name:<34} | {figures['rps']:>9.1f} | {figures['p50']:>7.2f} | {figures['p99']:>7.2f} | "
            f"{figures['rps'] / nginx:>7.1%} | {figures['rps'] / health:>9.1%} | {figures['errors']:>6} |"
        )


if __name__ == "__main__":
    main()

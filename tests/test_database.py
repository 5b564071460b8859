"""PostgreSQL everywhere: the tests run on it, with the extensions Vietnamese search needs."""

import os
from pathlib import Path

from django.conf import settings
from django.db import connection

from moj_site.database import database_settings


def test_tests_run_on_postgresql_with_unaccent(db):
    assert connection.vendor == "postgresql"
    with connection.cursor() as cursor:
        cursor.execute("SELECT unaccent(%s), similarity('phap luat', 'phap luat dat dai') > 0", ["Pháp luật của Đảng, thủy lợi"])
        folded, trigram_works = cursor.fetchone()
    assert folded == "Phap luat cua Dang, thuy loi"
    assert trigram_works


def test_database_url_names_the_server(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "postgres://portal:secret@db.internal:5433/moj")
    config = database_settings(Path(settings.BASE_DIR))
    assert (config["HOST"], config["PORT"], config["NAME"], config["USER"]) == ("db.internal", 5433, "moj", "portal")
    assert config["ENGINE"] == "django.db.backends.postgresql"


def test_without_database_url_an_embedded_postgresql_in_the_checkout(monkeypatch):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    config = database_settings(Path(settings.BASE_DIR))
    assert config["ENGINE"] == "django.db.backends.postgresql"
    # A Unix socket of the server whose data lives in the git-ignored .data folder.
    assert Path(config["HOST"]).is_relative_to(Path(settings.BASE_DIR) / ".data") or config["HOST"].startswith("/tmp")
    assert (Path(settings.BASE_DIR) / ".data" / "pgdata" / "PG_VERSION").read_text().strip() == "18"


def _postgres_serving(pgdata: Path) -> bool:
    import psutil

    return any(
        proc.info["name"] == "postgres" and str(pgdata) in " ".join(proc.info["cmdline"] or [])
        for proc in psutil.process_iter(attrs=["name", "cmdline"])
    )


def test_embedded_server_stops_when_its_last_user_exits_even_after_a_killed_one(tmp_path):
    """`make run` must not leave a PostgreSQL behind: runserver's reloader SIGKILLs its child on SIGTERM."""
    import signal
    import subprocess
    import sys
    import time

    pgdata = tmp_path / "pgdata"
    code = (
        "import sys, time; from pathlib import Path; from moj_site.database import embedded_database_settings; "
        f"embedded_database_settings(Path({str(pgdata)!r})); print('ready', flush=True); time.sleep(120)"
    )
    env = {**os.environ, "XDG_RUNTIME_DIR": str(tmp_path / "run")}

    def start():
        proc = subprocess.Popen([sys.executable, "-c", code], cwd=settings.BASE_DIR, env=env, stdout=subprocess.PIPE, text=True)
        assert proc.stdout.readline().strip() == "ready"
        return proc

    survivor, killed = start(), start()
    assert _postgres_serving(pgdata)
    killed.send_signal(signal.SIGKILL)
    killed.wait(10)
    assert _postgres_serving(pgdata)  # the survivor still uses it

    survivor.send_signal(signal.SIGTERM)
    survivor.wait(30)
    deadline = time.monotonic() + 15
    while _postgres_serving(pgdata) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not _postgres_serving(pgdata)
    assert (pgdata / "PG_VERSION").exists()  # the data stays

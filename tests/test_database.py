"""PostgreSQL everywhere: the tests run on it, with the extensions Vietnamese search needs."""

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

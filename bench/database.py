"""Every benchmark runs in a database of its own, recreated at each run, never the demo one."""

import os
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent


def bench_database_url(name: str, recreate: bool = True) -> str:
    """BENCH_DATABASE_URL if given; otherwise `name`, recreated empty on the embedded server (kept if it exists and
    not `recreate`)."""
    if os.environ.get("BENCH_DATABASE_URL"):
        return os.environ["BENCH_DATABASE_URL"]
    import psycopg

    from moj_site.database import embedded_database_settings

    server = embedded_database_settings(ROOT / ".data" / "pgdata")
    with psycopg.connect(host=server["HOST"], user="postgres", dbname="postgres", autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if recreate or not exists:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
            conn.execute(f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8'")
    return f"postgres://postgres@{quote(server['HOST'], safe='')}/{name}"

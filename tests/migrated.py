"""The migrated database, made once and copied: each test database starts as a copy of it.

Migrating from scratch takes about half a minute, and `make pytest` needs three test databases (the suite's two
pytest-xdist workers and the browser journeys' run). The first process to need one migrates a template database,
named after a hash of what migrating depends on (every migration file of the portal, the installed packages and
their versions, the settings migrations read); every process then copies the template (PostgreSQL's CREATE DATABASE
… TEMPLATE, a file copy). The template stays in the database server (the embedded one lives in .data/, git-ignored),
so a later run with the same migrations copies it at once; templates of other hashes are dropped.

Django's own setup then runs on the copy as with `--reuse-db` (tests/conftest.py): `migrate` checks it and applies
whatever it lacks, so a template is at worst slower, never wrong. A PostgreSQL advisory lock orders the processes
that start together: one migrates, the others wait and copy.

On a fresh machine (CI, a new clone) there is no template yet: migrating takes 15 s of the run, with the two other
processes waiting. `tests/migrated.dump` is the template as pg_dump wrote it, and `tests/migrated.digest` what it was
migrated from (the hash above and the server's major version): when they match, the template is restored from it
(under a second) instead. A run that migrates on the embedded server writes both files anew — commit them with the
migration that changed them; a stale or unreadable dump only means migrating, as before."""

import hashlib
import os
from importlib import metadata
from pathlib import Path

from django.conf import settings
from django.db import connection

from operations import postgres

LOCK = 0x6D6F6A  # pg_advisory_lock's key: "moj"
SNAPSHOT = Path(__file__).with_name("migrated.dump")
SNAPSHOT_DIGEST = Path(__file__).with_name("migrated.digest")
# Packages that install the others and migrate nothing: `make` upgrades pip in a new virtualenv to the newest, which
# would otherwise make every machine's snapshot (below) differ.
INSTALLERS = {"pip", "setuptools", "wheel"}
# The settings migrations (Django's, Wagtail's, the portal's data migrations) read.
SETTINGS_READ = ["INSTALLED_APPS", "AUTH_USER_MODEL", "LANGUAGE_CODE", "LANGUAGES", "WAGTAIL_CONTENT_LANGUAGES", "TIME_ZONE"]


def digest() -> str:
    """What a migrated database depends on: the portal's migration files, the packages (their migrations), settings."""
    hashed = hashlib.sha256()
    base = Path(settings.BASE_DIR)
    for path in sorted(base.glob("*/migrations/*.py")):
        hashed.update(str(path.relative_to(base)).encode() + b"\0" + path.read_bytes() + b"\0")
    packages = sorted(
        f"{dist.metadata['Name']}=={dist.version}" for dist in metadata.distributions() if dist.metadata["Name"] not in INSTALLERS
    )
    hashed.update("\n".join(packages).encode())
    hashed.update(repr([getattr(settings, name, None) for name in SETTINGS_READ]).encode())
    return hashed.hexdigest()[:16]


def copy_into_test_database(keep: bool, rebuild: bool = False) -> None:
    """Make the test database a copy of the migrated template, migrating the template first if there is none.
    `keep` (--reuse-db): an existing test database is kept as it is. `rebuild` (--create-db): a new template."""
    creation = connection.creation
    test_name = creation._get_test_db_name()
    prefix = f"test_{connection.settings_dict['NAME']}_migrated_"
    hashed = digest()
    template = prefix + hashed
    with connection._nodb_cursor() as cursor:
        cursor.execute("SELECT pg_advisory_lock(%s)", [LOCK])
        try:
            if keep and _exists(cursor, test_name):
                return
            if rebuild:
                _drop(cursor, template)
            if not _exists(cursor, template):
                cursor.execute("SELECT datname FROM pg_database WHERE datname LIKE %s", [prefix.replace("_", r"\_") + "%"])
                for (stale,) in cursor.fetchall():
                    _drop(cursor, stale)
                key = f"{hashed} PostgreSQL {_server_major(cursor)}\n"
                if rebuild or not _restore(cursor, template, key):
                    _migrate(cursor, template)
                    _snapshot(cursor, template, key, rebuild)
            _drop(cursor, test_name)
            cursor.execute(f'CREATE DATABASE "{test_name}" TEMPLATE "{template}"')
        finally:
            cursor.execute("SELECT pg_advisory_unlock(%s)", [LOCK])


def _migrate(cursor, template: str) -> None:
    """Migrate a database under another name, then rename it: an interrupted run never leaves half a template."""
    building = f"{template}_building"
    test = connection.settings_dict["TEST"]
    name, test_name = connection.settings_dict["NAME"], test.get("NAME")
    test["NAME"] = building
    try:
        connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False, keepdb=False)
    finally:
        connection.close()
        test["NAME"] = test_name
        settings.DATABASES[connection.alias]["NAME"] = connection.settings_dict["NAME"] = name
    cursor.execute(f'ALTER DATABASE "{building}" RENAME TO "{template}"')


def _server_major(cursor) -> int:
    cursor.execute("SHOW server_version_num")
    return int(cursor.fetchone()[0]) // 10000


def _holds(key: str) -> bool:
    return SNAPSHOT.exists() and SNAPSHOT_DIGEST.exists() and SNAPSHOT_DIGEST.read_text() == key


def _restore(cursor, template: str, key: str) -> bool:
    """The template from the committed snapshot, if it was made from the same migrations for the same server."""
    if not _holds(key):
        return False
    building = f"{template}_building"
    _drop(cursor, building)
    cursor.execute(f'CREATE DATABASE "{building}"')  # as Django creates a test database
    try:
        pg_restore = postgres.program("pg_restore", _server_major(cursor))
        restore = [str(pg_restore), "--no-owner", "--no-privileges", "--exit-on-error", "-d", building, str(SNAPSHOT)]
        postgres.run(restore, postgres.Target.of_settings(building))
    except (RuntimeError, OSError):  # PostgresToolMissing is a RuntimeError
        _drop(cursor, building)
        return False
    cursor.execute(f'ALTER DATABASE "{building}" RENAME TO "{template}"')
    return True


def _snapshot(cursor, template: str, key: str, rebuild: bool) -> None:
    """The template just migrated, as the snapshot a fresh machine restores. Only from the embedded server, which
    `make test` and CI use: a developer's own server (DATABASE_URL, another PostgreSQL) never replaces the committed
    one. Not after --create-db when the snapshot already holds these migrations; nor without a pg_dump of the
    server's version. Written aside, then moved: never half a dump."""
    if os.environ.get("DATABASE_URL") or (rebuild and _holds(key)):
        return
    written = SNAPSHOT.with_suffix(".writing")
    try:
        pg_dump = postgres.program("pg_dump", _server_major(cursor))
        dump = [str(pg_dump), "-Fc", "--no-owner", "--no-privileges", "-f", str(written), template]
        postgres.run(dump, postgres.Target.of_settings(template))
    except (RuntimeError, OSError):  # PostgresToolMissing is a RuntimeError
        written.unlink(missing_ok=True)
        return
    written.replace(SNAPSHOT)
    SNAPSHOT_DIGEST.write_text(key)


def _exists(cursor, name: str) -> bool:
    cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
    return cursor.fetchone() is not None


def _drop(cursor, name: str) -> None:
    cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

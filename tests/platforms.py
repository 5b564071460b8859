"""The databases the tests run on, one per starting point ("platform"), each built once per pytest session.

pytest-django makes the migrated test database; nothing is ever committed to it, so `--reuse-db` finds it as it
left it. It is the "empty" platform: what `migrate` leaves, before any site exists. Every other platform is a
copy of it (PostgreSQL's CREATE DATABASE … TEMPLATE, a file copy) filled once by its builder and committed:
"sites" (the main portal, thads and cntt), "demo" (the demo portal as `load_demo` makes it). A test runs in a
transaction rolled back at its end, on top of the platform it needs; the copies are made afresh in each session
(a changed builder is never met by stale data) and dropped at its end.

Each test names its platform through the fixtures it uses (tests/conftest.py); the default connection is pointed
at that platform's database before the test's transaction opens."""

from collections.abc import Callable
from contextlib import contextmanager

from django.conf import settings
from django.core.cache import cache
from django.db import connection, transaction
from django.db.models import Model
from django.utils import translation

from subsites.models import PortalSite

EMPTY = "empty"

_builders: dict[str, Callable[[], None]] = {}
_built: list[str] = []
_base = ""  # the migrated test database made by pytest-django


def start(builders: dict[str, Callable[[], None]]) -> None:
    global _base
    _base = connection.settings_dict["NAME"]
    # Never the development database: every platform is a copy of this one, and the tests write into the copies.
    if not _base.startswith("test_"):
        raise RuntimeError(f"The tests' platforms must start from a test database, not {_base}")
    _builders.update(builders)


def register(platform: str, builder: Callable[[], None]) -> None:
    _builders.setdefault(platform, builder)


def use(platform: str) -> None:
    """Point the default connection at the platform's database, copying and building it the first time."""
    if platform != EMPTY and platform not in _built:
        _point_at(_base)
        # Drops a copy left by an interrupted session and copies the migrated database (no connection may be open to it).
        connection.creation.clone_test_db(suffix=platform, verbosity=0, keepdb=False)
        _point_at(_database(platform))
        _builders[platform]()
        _built.append(platform)
    _point_at(_database(platform))


@contextmanager
def built_once(platform: str, django_db_blocker):
    """For a fixture built once per module or package: the connection pointed at `platform` (whatever the test before
    used), then a transaction the fixture builds in, rolled back at its end with what the cache kept of it. Its tests
    run inside it, each in a savepoint of its own (pytest-django's `db`), all on that platform."""
    with django_db_blocker.unblock():
        use(platform)
    # In the portal's language, as a test's own fixtures build (tests/conftest.py: vietnamese_first): a request of the
    # test before may have left English active in the thread.
    with django_db_blocker.unblock(), transaction.atomic(), translation.override(settings.LANGUAGE_CODE):
        cache.clear()
        yield
        transaction.set_rollback(True)
    cache.clear()  # Wagtail's cached site root paths name the rolled-back pages


def fresh(instance):
    """A copy of an object of a world built once (built_once), read again from the database: what a test changes in
    memory stays in that test."""
    return type(instance).objects.get(pk=instance.pk)


def fresh_copies(world: dict) -> dict:
    """The world with each of its objects (and lists of objects) read again: fresh() for every model instance. A
    helper function of the world (a newsroom's `draft`, `submit`) still holds the objects as built: call it only from
    the builder."""

    def copy(value):
        if isinstance(value, Model):
            return fresh(value)
        if isinstance(value, list):
            return [copy(item) for item in value]
        if isinstance(value, dict):
            return {key: copy(item) for key, item in value.items()}
        return value

    return copy(world)


def portal_site(slug: str) -> PortalSite:
    """A site of the platform in use (the common sites: tests/conftest.py), with its Wagtail site."""
    return PortalSite.objects.select_related("site").get(slug=slug)


def finish() -> None:
    """Back to the database pytest-django made (it drops or keeps that one), and drop the copies."""
    _point_at(_base)
    with connection._nodb_cursor() as cursor:
        for platform in _built:
            # FORCE: the live server's request threads of the browser journeys may still hold connections.
            cursor.execute(f'DROP DATABASE IF EXISTS "{_database(platform)}" WITH (FORCE)')
    _built.clear()


def _database(platform: str) -> str:
    # The name Django's clone_test_db gives the copy.
    return _base if platform == EMPTY else f"{_base}_{platform}"


def _point_at(name: str) -> None:
    if connection.settings_dict["NAME"] == name:
        return
    if connection.in_atomic_block:
        # A module-scoped fixture holds a transaction on this database: its tests must all use the same platform.
        raise RuntimeError(f"Cannot switch to {name} inside a transaction on {connection.settings_dict['NAME']}")
    connection.close()
    settings.DATABASES[connection.alias]["NAME"] = connection.settings_dict["NAME"] = name
    cache.clear()  # Wagtail caches the sites' root paths; they belong to the database just left

"""An empty database of the test server for a restore to go into, dropped at the end of the test."""

import pytest
from django.db import connection


@pytest.fixture
def empty_database(django_db_blocker):
    name = f"{connection.settings_dict['NAME']}_restore_drill"
    with django_db_blocker.unblock(), connection._nodb_cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        cursor.execute(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0")
    yield name
    with django_db_blocker.unblock(), connection._nodb_cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

"""The modules here start every test from the same month, built once per module (tests/royalties/conftest.py:
month_world): these replace the fixtures of the same names of tests/royalties, which would publish the three items
again for each test. Each test reads fresh copies of the world's objects (tests/platforms.py: fresh)."""

import pytest

from tests.platforms import fresh, fresh_copies


@pytest.fixture
def regime(month_world, db):
    return fresh_copies(month_world["regime"])


@pytest.fixture
def people(month_world, db):
    return fresh_copies(month_world["people"])


@pytest.fixture
def month(month_world, regime, people):
    return fresh(month_world["month"])

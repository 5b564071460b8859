import pytest
from django.core.cache import cache
from wagtail.models import Locale

from subsites.provisioning import provision_site


def pytest_collection_modifyitems(config, items):
    """Browser journeys run last: they commit the demo portal to the test database, which
    would otherwise be visible to the tests that expect an empty one."""
    for item in items:
        if "e2e" in item.path.parts:
            item.add_marker(pytest.mark.e2e)
            # Declares the database, so that pytest-django sets up the test database even when only journeys run.
            item.add_marker(pytest.mark.django_db)
    items.sort(key=lambda item: item.get_closest_marker("e2e") is not None)


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: counters and cached settings of one test never leak into the next."""
    cache.clear()


@pytest.fixture
def main_site(db):
    Locale.objects.get_or_create(language_code="en")
    return provision_site("moj", "Bộ Tư pháp", name_en="Ministry of Justice", main=True, port=80)


@pytest.fixture
def thads_site(main_site):
    return provision_site("thads", "Cục Thi hành án dân sự", name_en="Department of Civil Judgment Enforcement", port=80)


@pytest.fixture
def cntt_site(main_site):
    return provision_site("cntt", "Cục Công nghệ thông tin", port=80)


def pytest_terminal_summary(terminalreporter):
    """Print the size of the permission matrix (tests/subsites/test_isolation_matrix.py)."""
    from tests.subsites.test_isolation_matrix import ACCOUNTS, GLOBAL_CASES, SITE_CASES, TARGETS

    terminalreporter.write_line(
        f"permission matrix: {len(SITE_CASES) + len(GLOBAL_CASES)} cases "
        f"({len(ACCOUNTS)} roles × {len(TARGETS)} sites/trees × actions, plus {len(GLOBAL_CASES)} site-independent)"
    )

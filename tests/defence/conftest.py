from types import SimpleNamespace

import pytest
from django.core.cache import cache
from wagtail.models import Locale

from subsites.provisioning import provision_site
from tests import platforms
from tests.defence.attack_kit import main_secrets, thads_media  # noqa: F401 — fixtures of the attack probes


@pytest.fixture(scope="package")
def portal(common_sites, django_db_blocker):
    """The main portal and one component site, built once for these tests and rolled back at their end; each test runs in
    its own savepoint within (through `db`)."""
    with platforms.built_once("sites", django_db_blocker):
        Locale.objects.get_or_create(language_code="en")
        main = provision_site("moj", "Bộ Tư pháp", name_en="Ministry of Justice", main=True, port=80)
        thads = provision_site("thads", "Cục Thi hành án dân sự", port=80)
        yield SimpleNamespace(main=main, thads=thads)


@pytest.fixture(autouse=True)
def fresh_cache(portal, db):
    """The allow-list and the switched-off sites are cached; a rolled-back test must not leave them behind. Every
    test of the package runs on the portal (one platform: the package's transaction stays open between them)."""
    cache.clear()
    yield
    cache.clear()

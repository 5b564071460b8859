import pytest
from django.db import transaction

from subsites.models import PortalSite
from tests import platforms
from tests.search import corpus


@pytest.fixture(scope="module")
def search_corpus(django_db_setup, django_db_blocker):
    """The corpus on the common sites, built once for a module's tests and rolled back after them."""
    with django_db_blocker.unblock():
        platforms.use("sites")
    with django_db_blocker.unblock(), transaction.atomic():
        main, thads = PortalSite.objects.get(slug="moj"), PortalSite.objects.get(slug="thads")
        corpus.build(main, thads)
        yield main, thads
        transaction.set_rollback(True)

import pytest
from django.db import transaction
from wagtail.models import Locale

from subsites.provisioning import provision_site
from tests.search import corpus


@pytest.fixture(scope="module")
def search_corpus(django_db_setup, django_db_blocker):
    """The corpus, built once for a module's tests and rolled back after them."""
    with django_db_blocker.unblock(), transaction.atomic():
        Locale.objects.get_or_create(language_code="en")
        main = provision_site("moj", "Bộ Tư pháp", name_en="Ministry of Justice", main=True, port=80)
        thads = provision_site("thads", "Cục Thi hành án dân sự", name_en="Department of Civil Judgment Enforcement", port=80)
        corpus.build(main, thads)
        yield main, thads
        transaction.set_rollback(True)

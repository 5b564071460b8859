"""The demo content contract of DESIGN.md: sites, items, documents, English root, one account per role."""

import io

import pytest
from django.contrib.auth import authenticate, get_user_model
from django.core.management import call_command
from wagtail.models import Page, Site

from demo.people import DEMO_ACCOUNTS
from documents.models import LegalDocumentPage
from news.models import ArticlePage
from subsites.models import PortalSite


def load_demo(**options) -> str:
    out = io.StringIO()
    call_command("load_demo", port=8000, stdout=out, **options)
    return out.getvalue()


@pytest.mark.django_db
def test_demo_portal_matches_the_contract_and_loads_idempotently(client, demo_portal, settings):
    output = demo_portal  # what `load_demo --port 8000` printed when it built the session's demo portal

    hosts = {portal_site.slug: portal_site.site.hostname for portal_site in PortalSite.objects.select_related("site")}
    assert hosts == {"moj": "localhost", "thads": "thads.localhost", "cntt": "cntt.localhost", "pbgdpl": "pbgdpl.localhost"}
    for portal_site in PortalSite.objects.select_related("site__root_page"):
        home = portal_site.site.root_page
        articles = ArticlePage.objects.live().descendant_of(home)
        documents = LegalDocumentPage.objects.live().descendant_of(home)
        assert articles.count() + documents.count() >= 30, portal_site.slug
        assert not articles.filter(main_image__isnull=True).exists()
        assert home.get_children().live().in_menu().count() >= 3
        response = client.get("/", HTTP_HOST=portal_site.site.hostname)
        assert response.status_code == 200 and portal_site.name in response.text

    documents = LegalDocumentPage.objects.live()
    assert documents.count() >= 5
    assert all(document.attachments.exists() for document in documents)
    assert documents.filter(number="1319/QĐ-BTP").exists()

    api = client.get("/api/v2/pages/", {"site": "thads.localhost", "type": "news.ArticlePage", "limit": 20}).json()
    assert api["meta"]["total_count"] >= 30
    thads_root = PortalSite.objects.get(slug="thads").site.root_page
    assert {item["id"] for item in api["items"]} <= set(ArticlePage.objects.descendant_of(thads_root).values_list("pk", flat=True))

    english_home = Page.objects.get(depth=2, locale__language_code="en")
    assert english_home.live and english_home.translation_key == Site.objects.get(is_default_site=True).root_page.translation_key
    assert client.get("/en/", HTTP_HOST="localhost").status_code == 200

    for account in DEMO_ACCOUNTS:
        user = authenticate(username=account.username, password=settings.DEMO_PASSWORD)
        assert user is not None, account.username
        assert user.groups.exists()
        client.force_login(user)
        assert client.get("/admin/", HTTP_HOST="localhost").status_code == 200, account.username  # every role reaches the admin
        assert account.username in output  # printed with its role on start
    assert "http://localhost:8000/admin/" in output

    counts = (Page.objects.count(), get_user_model().objects.count(), Site.objects.count())
    load_demo()
    assert (Page.objects.count(), get_user_model().objects.count(), Site.objects.count()) == counts


@pytest.mark.django_db
def test_no_demo_accounts_where_demo_users_are_not_allowed(public_demo, settings):
    output = public_demo  # what `load_demo` printed with DEMO_USERS_ALLOWED off
    assert "Dữ liệu mẫu đã sẵn sàng." in output
    assert not get_user_model().objects.exists()
    assert settings.DEMO_PASSWORD not in output

"""Addresses routed in one query, private sections and site settings from the cache (issue 16): readers get the same
answers as from Wagtail's own walk of the tree, and an editor's change is seen at once."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from home.factories import SectionPageFactory
from home.models import SiteIdentity
from news.factories import ArticlePageFactory

HOST = "localhost"


def status(client, path):
    return client.get(path, HTTP_HOST=HOST).status_code


def test_addresses_answer_as_wagtail_routes_them(client, main_site):
    home = main_site.site.root_page.specific
    section = SectionPageFactory(parent=home, title="Tin tức", slug="tin-tuc")
    article = ArticlePageFactory(parent=section, slug="hoi-nghi")
    ArticlePageFactory(parent=section, slug="ban-nhap", live=False)
    assert status(client, "/tin-tuc/hoi-nghi/") == 200
    assert status(client, "/tin-tuc/rss/") == 200  # a route of the section itself
    assert status(client, "/rss/") == 200  # a route of the home page
    assert status(client, "/tin-tuc/ban-nhap/") == 404  # a draft
    assert status(client, "/tin-tuc/hoi-nghi/khong-co/") == 404
    assert status(client, "/khong-co/hoi-nghi/") == 404
    section.live = False
    section.save()
    assert status(client, "/tin-tuc/hoi-nghi/") == 200  # as in Wagtail: a live page under an unpublished section
    with CaptureQueriesContext(connection) as queries:
        client.get(article.url, HTTP_HOST=HOST)
    tree_walk = [query for query in queries if '"wagtailcore_page"."slug" =' in query["sql"]]
    assert not tree_walk, "the article is found by its URL path, not level by level"


def test_a_section_made_private_leaves_the_menu_and_listings_at_once(client, main_site):
    home = main_site.site.root_page.specific
    section = SectionPageFactory(parent=home, title="Chuyên mục nội bộ", slug="noi-bo", show_in_menus=True)
    assert "Chuyên mục nội bộ" in client.get("/", HTTP_HOST=HOST).text
    PageViewRestriction.objects.create(page=section, restriction_type=PageViewRestriction.LOGIN)
    assert "Chuyên mục nội bộ" not in client.get("/", HTTP_HOST=HOST).text
    PageViewRestriction.objects.filter(page=section).delete()
    assert "Chuyên mục nội bộ" in client.get("/", HTTP_HOST=HOST).text


def test_site_settings_come_from_the_cache_until_an_editor_saves_them(client, main_site):
    client.get("/", HTTP_HOST=HOST)
    with CaptureQueriesContext(connection) as queries:
        client.get("/", HTTP_HOST=HOST)
    assert not [query for query in queries if "home_siteidentity" in query["sql"]]
    identity = SiteIdentity.for_site(main_site.site)
    identity.email = "lienhe@moj.gov.vn"
    identity.save()
    assert "lienhe@moj.gov.vn" in client.get("/", HTTP_HOST=HOST).text

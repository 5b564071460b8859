"""The sitemaps at scale (issue 16): /sitemap.xml is an index of pages of at most `LIMIT` entries each, so that no
answer grows with the site; a page's entries are Wagtail's own, in Vietnamese and in English."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from home.factories import SectionPageFactory, StandardPageFactory
from news.models import ArchiveFolderPage
from subsites import sitemaps
from subsites.sitemaps import LanguageSitemap, listed_pages, own_sitemap_types, sitemap_addresses
from tests.subsites.sitemap_reader import LOC, read_sitemap, sitemap_pages

pytestmark = pytest.mark.django_db


@pytest.fixture
def small_pages(monkeypatch):
    monkeypatch.setattr(LanguageSitemap, "limit", 2)


def test_a_long_sitemap_is_split_into_pages_the_index_lists(client, main_site, small_pages):
    home = main_site.site.root_page
    for number in range(4):
        SectionPageFactory(parent=home, title=f"Mục {number}", slug=f"muc-{number}")
    assert sitemap_pages(client, "localhost") == [
        "http://localhost/sitemap-pages.xml",
        "http://localhost/sitemap-pages.xml?p=2",
        "http://localhost/sitemap-pages.xml?p=3",
    ]
    pages = [client.get(f"/sitemap-pages.xml?p={number}", HTTP_HOST="localhost").text for number in (1, 2, 3)]
    assert [len(LOC.findall(page)) for page in pages] == [2, 2, 1]  # the home page and its four sections
    assert all(f"<loc>http://localhost/muc-{number}/</loc>" in read_sitemap(client, "localhost") for number in range(4))


@pytest.mark.parametrize("page", ["0", "4", "-1", "abc", "1.5", "99999999999999999999999", ""])
def test_a_page_that_does_not_exist_is_not_found(client, main_site, small_pages, page):
    for number in range(4):
        SectionPageFactory(parent=main_site.site.root_page, slug=f"muc-{number}")
    assert client.get("/sitemap-pages.xml", {"p": page}, HTTP_HOST="localhost").status_code == 404
    assert client.get("/sitemap-other.xml", HTTP_HOST="localhost").status_code == 404


def test_the_entries_are_wagtails_addresses_in_both_languages(client, demo_portal):
    """Built from four columns, each entry is the address Wagtail gives the page (its /en/ prefix, its quoting)."""
    for prefix, language in (("", "vi"), ("/en", "en")):
        listed = set(LOC.findall(read_sitemap(client, "localhost", prefix)))
        expected = {page.get_full_url() for page in listed_pages(root_in_language(language)).specific(defer=True)}
        assert listed == expected and listed, (language, sorted(listed ^ expected)[:5])


def root_in_language(language):
    home = Page.objects.get(sites_rooted_here__hostname="localhost")
    return home if home.locale.language_code == language else home.get_translations().get(locale__language_code=language)


def test_the_index_and_a_page_read_the_same_queries_whatever_the_size(client, main_site, small_pages):
    home = main_site.site.root_page
    found = []
    for batch in range(2):
        for number in range(10 * (batch + 1)):
            SectionPageFactory(parent=home, slug=f"muc-{batch}-{number}")
        counts = []
        for path in ("/sitemap.xml", "/sitemap-pages.xml?p=2"):
            client.get(path, HTTP_HOST="localhost")
            with CaptureQueriesContext(connection) as queries:
                assert client.get(path, HTTP_HOST="localhost").status_code == 200
            counts.append(len(queries))
        found.append(counts)
    assert found[0] == found[1] and found[0][0] <= 1 and found[0][1] <= 2, found


def test_only_archive_folders_list_themselves_and_they_list_nothing(main_site):
    """The query leaves out the page types with their own `get_sitemap_urls`: right only while they list nothing."""
    assert own_sitemap_types() == [ArchiveFolderPage]
    assert ArchiveFolderPage().get_sitemap_urls() == []


def test_the_cdn_purges_the_index_and_every_page(main_site, small_pages, monkeypatch):
    monkeypatch.setattr(sitemaps, "LIMIT", 2)
    home = main_site.site.root_page
    for number in range(2):
        StandardPageFactory(parent=home, slug=f"trang-{number}")
    assert sitemap_addresses(home) == [
        "http://localhost/sitemap.xml",
        "http://localhost/sitemap-pages.xml",
        "http://localhost/sitemap-pages.xml?p=2",
    ]

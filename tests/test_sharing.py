"""Sharing (R-SHARE-1): the JSON API filtered by site and locale, sitemaps of live public pages only, robots.txt."""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Locale, PageViewRestriction
from wagtail_factories import ImageFactory

from home.factories import SectionPageFactory, StandardPageFactory
from tests.subsites.sitemap_reader import read_sitemap


@pytest.fixture
def sites(main_site, thads_site):
    SectionPageFactory(parent=main_site.site.root_page, title="Tin Bộ", slug="tin-bo")
    SectionPageFactory(parent=thads_site.site.root_page, title="Tin THADS", slug="tin-thads")
    return main_site, thads_site


def titles(response):
    assert response.status_code == 200
    return {item["title"] for item in response.json()["items"]}


def test_pages_api_filters_by_site_and_locale(client, sites):
    main_site, _ = sites
    english = main_site.site.root_page.copy_for_translation(Locale.objects.get(language_code="en"))
    english.title = "Ministry of Justice"
    english.save_revision().publish()
    assert titles(client.get("/api/v2/pages/", {"site": "thads.localhost"})) == {"Cục Thi hành án dân sự", "Tin THADS"}
    assert "Tin THADS" not in titles(client.get("/api/v2/pages/", HTTP_HOST="localhost"))
    assert titles(client.get("/api/v2/pages/", {"locale": "en"}, HTTP_HOST="localhost")) == {"Ministry of Justice"}


def test_images_and_documents_api_filter_by_site(client, sites):
    main_site, thads_site = sites
    main_image = ImageFactory(title="Ảnh của Bộ", collection=main_site.collection)
    thads_image = ImageFactory(title="Ảnh của THADS", collection=thads_site.collection)
    document = get_document_model().objects.create(
        title="Tệp THADS", file=ContentFile(b"%PDF-1.4", name="a.pdf"), collection=thads_site.collection
    )
    # Listed once published pages use them (documents.public_media).
    for site, image, links in (
        (main_site, main_image, ""),
        (thads_site, thads_image, f'<a linktype="document" id="{document.pk}">tệp</a>'),
    ):
        page = StandardPageFactory(parent=site.site.root_page, slug="anh", listing_image=image, body=f"<p>Ảnh {links}</p>")
        page.save_revision().publish()
    assert titles(client.get("/api/v2/images/", {"site": "thads.localhost"})) == {"Ảnh của THADS"}
    assert titles(client.get("/api/v2/documents/", {"site": "thads.localhost"})) == {"Tệp THADS"}
    assert titles(client.get("/api/v2/documents/", {"site": "localhost"})) == set()


def test_sitemap_lists_only_live_public_pages_of_its_site(client, sites):
    main_site, _ = sites
    home = main_site.site.root_page
    draft = StandardPageFactory(parent=home, title="Bản nháp", slug="ban-nhap", live=False)
    private = StandardPageFactory(parent=home, title="Nội bộ", slug="noi-bo")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    xml = read_sitemap(client, "localhost")
    assert "<loc>http://localhost/tin-bo/</loc>" in xml
    assert draft.slug not in xml and private.slug not in xml
    assert "tin-thads" not in xml  # another site's page
    assert "<loc>http://thads.localhost/tin-thads/</loc>" in read_sitemap(client, "thads.localhost")


def test_robots_txt_points_to_the_sitemaps_and_keeps_crawlers_out_of_the_admin(client, sites):
    text = client.get("/robots.txt", HTTP_HOST="thads.localhost").text
    assert "Disallow: /admin/" in text
    assert "Sitemap: http://thads.localhost/sitemap.xml" in text

"""What the public can reach (issue 12): nothing of a switched-off site through the API or its sitemap; uploaded images
and documents only once a live, public page uses them (documents.public_media); the image chooser's format step only
inside the user's collections."""

import pytest
from django.apps import apps
from django.core.files.base import ContentFile
from django.db import models
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction
from wagtail_factories import ImageFactory

from documents.public_media import PRIVATE_SOURCES, PUBLIC_SOURCES
from home.factories import StandardPageFactory
from home.models import SiteIdentity
from tests.subsites.sitemap_reader import read_sitemap, sitemap_pages


def titles(response):
    assert response.status_code == 200
    return {item["title"] for item in response.json()["items"]}


def switch(portal_site, on: bool):
    portal_site.is_active = on
    portal_site.save()


def published_page(site, slug, **fields):
    page = StandardPageFactory(parent=site.root_page, slug=slug, title=fields.pop("title", slug), **fields)
    page.save_revision().publish()
    return page


def test_a_switched_off_site_is_read_through_neither_the_api_nor_its_sitemap(client, portal):
    page = published_page(portal.thads.site, "gioi-thieu", title="Giới thiệu Cục")
    image = ImageFactory(title="Ảnh THADS", collection=portal.thads.collection)
    published_page(portal.main.site, "tin-bo", title="Tin của Bộ", listing_image=image)
    assert "Giới thiệu Cục" in titles(client.get("/api/v2/pages/", {"site": "thads.localhost"}))
    switch(portal.thads, on=False)
    assert titles(client.get("/api/v2/pages/", {"site": "thads.localhost"})) == set()
    assert titles(client.get("/api/v2/pages/", HTTP_HOST="thads.localhost")) == set()
    assert client.get(f"/api/v2/pages/{page.pk}/", HTTP_HOST="localhost").status_code == 404
    assert client.get("/api/v2/pages/find/", {"html_path": "/gioi-thieu/"}, HTTP_HOST="thads.localhost").status_code == 404
    assert titles(client.get("/api/v2/images/", {"site": "thads.localhost"})) == set()
    assert sitemap_pages(client, "thads.localhost") == []  # not even an empty page listed
    # The rest of the portal is untouched.
    assert "Tin của Bộ" in titles(client.get("/api/v2/pages/", HTTP_HOST="localhost"))
    assert "<loc>http://localhost/tin-bo/</loc>" in read_sitemap(client, "localhost")
    switch(portal.thads, on=True)
    assert "Giới thiệu Cục" in titles(client.get("/api/v2/pages/", {"site": "thads.localhost"}))


@pytest.fixture
def media(portal):
    image = ImageFactory(title="Ảnh chờ duyệt", collection=portal.thads.collection)
    document = get_document_model().objects.create(
        title="Tệp chờ duyệt", file=ContentFile(b"%PDF-1.4\n%%EOF\n", name="cho-duyet.pdf"), collection=portal.thads.collection
    )
    return image, document


def public(client, image, document) -> dict[str, bool]:
    """What an anonymous visitor gets of each: listed, detail, download of the file."""
    client.logout()
    return {
        "image listed": "Ảnh chờ duyệt" in titles(client.get("/api/v2/images/")),
        "image detail": client.get(f"/api/v2/images/{image.pk}/").status_code == 200,
        "image file": client.get(f"/media/{image.file.name}").status_code == 200,
        "document listed": "Tệp chờ duyệt" in titles(client.get("/api/v2/documents/")),
        "document detail": client.get(f"/api/v2/documents/{document.pk}/").status_code == 200,
        "document file": client.get(document.url).status_code == 200,
    }


def nothing(state: dict) -> bool:
    return not any(state.values())


def test_uploaded_files_are_not_public_until_a_live_page_uses_them(client, portal, media, django_user_model):
    image, document = media
    assert nothing(public(client, image, document))
    response = client.get(document.url)
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/?next=")
    # Staff download them (an approver or a Board member reviewing the draft that uses them).
    approver = django_user_model.objects.create_user("thads_duyet", password="x")
    approver.groups.add(portal.thads.approvers_group)
    client.force_login(approver)
    assert client.get(document.url).status_code == 200 and client.get(f"/media/{image.file.name}").status_code == 200
    # A draft that uses them does not publish them…
    body = f'<p>Xem <a linktype="document" id="{document.pk}">tệp</a>.</p>'
    page = StandardPageFactory(parent=portal.thads.site.root_page, slug="ban-nhap", live=False, listing_image=image, body=body)
    page.save_revision()
    assert nothing(public(client, image, document))
    # …publishing it does.
    page.get_latest_revision().publish()
    assert all(public(client, image, document).values())


def test_a_new_file_in_a_draft_of_a_live_page_stays_private_until_the_draft_is_approved(client, portal, media):
    image, document = media
    page = published_page(portal.thads.site, "gioi-thieu", body="<p>Giới thiệu.</p>")
    page.listing_image = image
    page.body = f'<p>Giới thiệu, <a linktype="document" id="{document.pk}">tệp</a>.</p>'
    page.save_revision()  # what Wagtail's ReferenceIndex records as the page's references: the draft
    assert nothing(public(client, image, document))
    page.get_latest_revision().publish()
    assert all(public(client, image, document).values())
    # Removed from the live version again: no longer public.
    page.listing_image = None
    page.body = "<p>Giới thiệu.</p>"
    page.save_revision().publish()
    assert nothing(public(client, image, document))


def test_files_of_unpublished_private_or_switched_off_pages_are_not_public(client, portal, media):
    image, document = media
    page = published_page(portal.thads.site, "gioi-thieu", listing_image=image, body=f'<a linktype="document" id="{document.pk}">x</a>')
    assert all(public(client, image, document).values())
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    assert nothing(public(client, image, document))
    restriction.delete()
    switch(portal.thads, on=False)
    assert nothing(public(client, image, document))
    switch(portal.thads, on=True)
    page.unpublish()
    assert nothing(public(client, image, document))


def test_a_site_logo_is_public_as_soon_as_it_is_set(client, portal):
    logo = ImageFactory(title="Logo THADS", collection=portal.thads.collection)
    assert "Logo THADS" not in titles(client.get("/api/v2/images/"))
    SiteIdentity.objects.update_or_create(site=portal.thads.site, defaults={"logo": logo})
    assert "Logo THADS" in titles(client.get("/api/v2/images/"))


def test_every_reference_to_an_image_or_document_outside_pages_has_a_decision():
    """A new model pointing at an image or a document (an intake attachment, say) must be declared public or not."""
    targets = {get_image_model(), get_document_model()}
    declared = {pair for pairs in PUBLIC_SOURCES.values() for pair in pairs} | PRIVATE_SOURCES
    undecided = []
    for model in apps.get_models():
        if issubclass(model, Page) or _is_page_child(model):
            continue  # recorded from the live version of the page (documents.public_media.record_live_references)
        undecided += [
            f"{model._meta.label}.{field.name}"
            for field in model._meta.get_fields()
            if isinstance(field, models.ForeignKey) and field.related_model in targets and (model._meta.label, field.name) not in declared
        ]
    assert undecided == []


def _is_page_child(model) -> bool:
    from modelcluster.fields import ParentalKey

    return any(
        isinstance(field, ParentalKey) and issubclass(field.related_model, Page) for field in model._meta.get_fields() if field.concrete
    )


def test_the_image_chooser_format_step_refuses_images_outside_the_users_collections(client, portal, django_user_model):
    own = ImageFactory(title="Ảnh THADS", collection=portal.thads.collection)
    other = ImageFactory(title="Ảnh nội bộ của Bộ", collection=portal.main.collection)
    editor = django_user_model.objects.create_user("thads_bien_tap", password="x")
    editor.groups.add(portal.thads.editors_group)
    client.force_login(editor)
    url = "/admin/images/chooser/{}/select_format/"
    data = {"image-chooser-insertion-format": "fullwidth", "image-chooser-insertion-alt_text": "Ảnh"}
    assert client.get(url.format(own.pk)).status_code == 200
    assert client.post(url.format(own.pk), data).json()["step"] == "chosen"
    # The chooser asks over XMLHttpRequest: a refusal is a 403 (a plain browser request is sent to the dashboard).
    xhr = {"HTTP_X_REQUESTED_WITH": "XMLHttpRequest"}
    assert client.get(url.format(other.pk), **xhr).status_code == 403
    refused = client.post(url.format(other.pk), data, **xhr)
    assert refused.status_code == 403 and "Ảnh nội bộ" not in refused.text
    assert client.get(url.format(other.pk))["Location"] == "/admin/"
    assert client.get(url.format(999999)).status_code == 404

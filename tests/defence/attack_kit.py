"""What the attack probes (test_attacks_*.py, issue 12) share: the hosts, the helpers, the main portal's unpublished work
that no other site's user may read, and a component site's own media."""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail_factories import ImageFactory

from home.factories import StandardPageFactory

MAIN = "localhost"
EVIL = "https://evil.example/steal"
PASSWORD = "moj-demo-2026"
SECRET = "Zqxmat"  # in the title of everything the main portal has not published; ASCII, so escaping cannot hide it


def published(parent, slug, **fields):
    page = StandardPageFactory(parent=parent, slug=slug, title=fields.pop("title", slug), **fields)
    page.save_revision().publish()
    return page


def location(response) -> str:
    return response.get("Location", "")


def body(response) -> str:
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return content.decode("utf-8", "replace")


@pytest.fixture
def main_secrets(portal):
    """What the main portal's team has and no component site's user, translator, focal point or Board member may read."""
    root = portal.main.site.root_page
    draft = StandardPageFactory(parent=root, slug="du-thao", title=f"{SECRET} dự thảo", live=False)
    draft.save_revision()
    draft.title = f"{SECRET} dự thảo lần hai"
    draft.save_revision()
    live = published(root, "cong-bo", title="Trang đã công bố")
    live.title = f"{SECRET} bản sửa chưa duyệt"
    live.save_revision(user=None)
    image = ImageFactory(title=f"{SECRET} ảnh", collection=portal.main.collection)
    document = get_document_model().objects.create(
        title=f"{SECRET} tệp", file=ContentFile(b"%PDF-1.4\n%%EOF\n", name="mat.pdf"), collection=portal.main.collection
    )
    return {"root": root, "draft": draft, "live": live, "image": image, "document": document, "revision": draft.latest_revision}


@pytest.fixture
def thads_media(portal):
    image = ImageFactory(title="Ảnh THADS", collection=portal.thads.collection)
    document = get_document_model().objects.create(
        title="Tệp THADS", file=ContentFile(b"%PDF-1.4\n%%EOF\n", name="thads.pdf"), collection=portal.thads.collection
    )
    return image, document

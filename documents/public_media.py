"""Which uploaded images and documents the public may see (issue 12, R-OPS-5).

The rule. An image or document is listed publicly (API v2 `/api/v2/images/`, `/api/v2/documents/`, list and detail)
and downloadable without logging in (`/documents/<id>/<file name>`; in development also `/media/…`) only once
- the live version of a live, public page on a switched-on site uses it (a chooser field, a StreamField block, an
  inline attachment, or an image or link inside rich text), or
- the portal's published non-page content uses it: a site's logo, a unit leader's photo on the organisation chart
  (PUBLIC_SOURCES; these have no drafts, they are public once saved).
Until then — uploaded for a draft awaiting approval, used only by a private page, by a switched-off site, or by
nothing — it is listed nowhere public and downloading it needs an account with access to the admin (so that an
approver or a Board member reviewing the draft can open it).

Why not Wagtail's ReferenceIndex alone: it is rebuilt from the *latest draft* whenever a revision is saved, so an
image put into a draft of a live page would count as used by that live page before anyone approved it. The
references of the live version are recorded here instead (LiveMediaReference) each time a page is published, with
ReferenceIndex's own extraction, so every kind of reference Wagtail knows is covered.

Image files themselves are served by the web server in production (`/media/images/…`, `/media/original_images/…`):
the rule there covers the listing and the API, not someone who guesses a file name (see the README)."""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Exists, OuterRef, Q
from django.dispatch import receiver
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, ReferenceIndex
from wagtail.signals import page_published, page_unpublished

from documents.models import LiveMediaReference
from subsites.models import PortalSite

# Non-page content published as soon as it is saved, as (model label, field) pairs that hold an image or a document.
# A new foreign key to an image or a document outside pages must be added here or to PRIVATE_SOURCES
# (tests/defence/test_exposure.py fails until it is).
PUBLIC_SOURCES = {
    "image": [("home.SiteIdentity", "logo"), ("subsites.UnitLeader", "photo")],
    "document": [],
}
# Foreign keys that never make a file public: Wagtail's own bookkeeping and this module's record.
PRIVATE_SOURCES = {
    ("wagtailimages.Rendition", "image"),
    ("documents.LiveMediaReference", "image"),
    ("documents.LiveMediaReference", "document"),
}


def may_see_unpublished_media(user) -> bool:
    return user.is_authenticated and user.has_perm("wagtailadmin.access_admin")


def public_images(images=None):
    images = get_image_model().objects.all() if images is None else images
    return images.filter(_used_publicly("image", get_image_model()))


def public_documents(documents=None):
    documents = get_document_model().objects.all() if documents is None else documents
    return documents.filter(_used_publicly("document", get_document_model()))


def is_public(obj) -> bool:
    kind = "image" if isinstance(obj, get_image_model()) else "document"
    queryset = public_images if kind == "image" else public_documents
    return queryset(type(obj).objects.filter(pk=obj.pk)).exists()


def _used_publicly(kind: str, model) -> Q:
    live_pages = LiveMediaReference.objects.filter(**{kind: OuterRef("pk")}, page__in=_public_pages())
    condition = Q(Exists(live_pages))
    for label, field in PUBLIC_SOURCES[kind]:
        source = _model(label)
        condition |= Q(Exists(source.objects.filter(**{field: OuterRef("pk")})))
    return condition


def _public_pages():
    """Live, public pages outside switched-off sites (in any language of theirs)."""
    pages = Page.objects.live().public()
    for path in PortalSite.switched_off_root_paths():
        pages = pages.exclude(path__startswith=path)
    return pages.values("pk")


def _model(label: str):
    return apps.get_model(label)


@receiver(page_published)
def record_live_references(sender, instance, **kwargs):
    """The images and documents of the version just published replace what the page used before."""
    page = instance.specific if type(instance) is Page else instance
    image_type = ContentType.objects.get_for_model(get_image_model())
    document_type = ContentType.objects.get_for_model(get_document_model())
    ids = {"image": set(), "document": set()}
    # ReferenceIndex's extraction is not public API, but it is the one Wagtail uses for its own usage screens:
    # foreign keys, inline children, StreamField blocks and rich text alike.
    for content_type_id, object_id, _model_path, _content_path in ReferenceIndex._extract_references_from_object(page):
        kind = {image_type.pk: "image", document_type.pk: "document"}.get(content_type_id)
        if kind and str(object_id).isdigit():
            ids[kind].add(int(object_id))
    # A chooser may still name an image or document deleted since: only existing ones are recorded.
    images = get_image_model().objects.filter(pk__in=ids["image"]).values_list("pk", flat=True)
    documents = get_document_model().objects.filter(pk__in=ids["document"]).values_list("pk", flat=True)
    with transaction.atomic():
        LiveMediaReference.objects.filter(page_id=page.pk).delete()
        LiveMediaReference.objects.bulk_create(
            [LiveMediaReference(page_id=page.pk, image_id=pk) for pk in images]
            + [LiveMediaReference(page_id=page.pk, document_id=pk) for pk in documents]
        )


@receiver(page_unpublished)
def forget_live_references(sender, instance, **kwargs):
    LiveMediaReference.objects.filter(page_id=instance.pk).delete()


def record_all_live_pages() -> int:
    """For a database that had live pages before this record existed (`manage.py record_live_media`). The page row holds
    the live version: Wagtail writes a draft only to its revision."""
    count = 0
    for page in Page.objects.live().specific().iterator(chunk_size=200):
        record_live_references(type(page), page)
        count += 1
    return count

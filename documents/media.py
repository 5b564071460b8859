"""Uploaded files as the development and test servers serve them (`/media/…`; production puts a web server or
object storage in front, configured as the README says). Nothing uploaded may run in the portal's origin: only
raster images and PDF are shown in the browser; everything else — and SVG, which can carry script — is a download,
with `nosniff`, under a policy that allows no script (R-OPS-5)."""

import mimetypes

from django.conf import settings
from django.http import Http404
from django.views.static import serve
from wagtail.images import get_image_model

from documents.public_media import is_public, may_see_unpublished_media

INLINE_TYPES = {"image/png", "image/jpeg", "image/gif", "image/webp", "image/avif", "application/pdf"}
# Sandboxed and without script even if a browser were to render the file as a page.
FILE_POLICY = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox"


def serve_media(request, path):
    if path.startswith("documents/"):
        # Documents are served by /documents/<id>/<file name>, which applies the publication rule (documents.public_media).
        raise Http404
    if not may_see_unpublished_media(request.user):
        image = _image_of(path)
        if image is not None and not is_public(image):
            raise Http404
    try:
        response = serve(request, path, document_root=settings.MEDIA_ROOT)
    except OSError as error:  # a path no file can have, e.g. a name longer than the file system allows (issue 12)
        raise Http404(path) from error
    content_type, _encoding = mimetypes.guess_type(path)
    if content_type not in INLINE_TYPES:
        response["Content-Disposition"] = "attachment"
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = FILE_POLICY
    return response


def _image_of(path: str):
    """The image an original file or a rendition belongs to; None for other files."""
    Image = get_image_model()
    if path.startswith("original_images/"):
        return Image.objects.filter(file=path).first()
    if path.startswith("images/"):
        return Image.objects.filter(renditions__file=path).first()
    return None

"""Uploaded files served by the application itself: in development and tests only (SERVE_MEDIA); production serves
/media/ from the web server or object storage."""

from django.conf import settings
from django.http import Http404
from django.views.static import serve


def serve_media(request, path):
    """Django's file view, except that a path no file can have — a name longer than the file system allows — is
    not found (404), rather than a server error (issue 12)."""
    try:
        return serve(request, path, document_root=settings.MEDIA_ROOT)
    except OSError as error:
        raise Http404(path) from error

"""Serves anonymous readers' public pages from the cache, before sessions, users and the database are touched
(issue 16), and gives every response the Cache-Control a browser and a CDN need.

Stored: a 200 answer to a GET of a public address, for a request without a session cookie, that sets no cookie,
did not use a CSRF token (a form), does not vary by cookie and did not forbid caching. Never: the admin, previews,
documents, media, the API, search (its queries are counted for the editors) and the health check. The key is the
generation (see generation.py), the scheme, host, path, language and the query parameters other than trackers'.

The page's Content-Security-Policy nonce is renewed on every replay: the stored body's nonce is replaced with the
request's own, so a nonce is never served twice (defence/headers.py adds the header with the new one)."""

import hashlib
import logging
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils import translation

from home.page_cache.generation import current_generation

logger = logging.getLogger(__name__)

NOT_CACHED_PREFIXES = ("/admin/", "/django-admin/", "/documents/", "/media/", "/static/", "/api/", "/health/", "/tim-kiem/", "/en/search/")
# Query parameters that only trackers add: the same page whatever their value.
IGNORED_PARAMETERS = ("utm_", "fbclid", "gclid")
PERSONAL = "private, no-store"
HIT_HEADER = "X-Page-Cache"


def page_key(request, generation: str) -> str:
    parameters = sorted((name, value) for name, value in request.GET.items() if not name.startswith(IGNORED_PARAMETERS))
    address = f"{request.scheme}://{request.get_host()}{request.path}?{urlencode(parameters)}#{translation.get_language()}"
    return f"page-cache:{generation}:{hashlib.sha256(address.encode()).hexdigest()}"


def is_candidate(request) -> bool:
    """Could this request be answered from the cache (or its answer stored)?"""
    return (
        settings.PAGE_CACHE_ENABLED
        and request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not getattr(request, "is_dummy", False)
        and not getattr(request, "is_preview", False)
        and not request.path.startswith(NOT_CACHED_PREFIXES)
    )


def is_storable(request, response) -> bool:
    session = getattr(request, "session", None)
    cache_control = response.get("Cache-Control", "")
    return (
        request.method == "GET"
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and not (session is not None and session.modified)
        and "cookie" not in response.get("Vary", "").lower()
        and "*" not in response.get("Vary", "")
        and not any(word in cache_control for word in ("private", "no-store", "no-cache"))
    )


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_candidate(request):
            return self.personal(request, self.get_response(request))
        generation = current_generation()
        if generation is None:
            return self.get_response(request)
        key = page_key(request, generation)
        try:
            stored = cache.get(key)
        except Exception:  # noqa: BLE001 — a cache that cannot answer means "not cached"
            stored = None
        if stored is not None:
            return self.replay(request, stored)
        response = self.get_response(request)
        if is_storable(request, response):
            self.store(request, response, key)
        return self.personal(request, response)

    def store(self, request, response, key):
        nonce = getattr(request, "_csp_nonce", None)
        headers = [(name, value) for name, value in response.items() if name.lower() not in ("cache-control", "content-length")]
        try:
            cache.set(key, (response.content, headers, nonce), timeout=settings.PAGE_CACHE_TIMEOUT)
        except Exception:
            logger.warning("page not stored in the cache", exc_info=True)
            return
        response["Cache-Control"] = settings.PAGE_CACHE_CONTROL
        response[HIT_HEADER] = "miss"

    def replay(self, request, stored):
        content, headers, nonce = stored
        if nonce:
            content = content.replace(nonce.encode(), str(request.csp_nonce).encode())
        response = HttpResponse(content)
        for name, value in headers:
            response[name] = value
        response["Cache-Control"] = settings.PAGE_CACHE_CONTROL
        response[HIT_HEADER] = "hit"
        return response

    @staticmethod
    def personal(request, response):
        """What was made for one person (a logged-in user, a form with its CSRF token, a cookie) stays in their browser."""
        if response.has_header("Cache-Control"):
            return response
        personal = (
            settings.SESSION_COOKIE_NAME in request.COOKIES
            or response.cookies
            or request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
            or getattr(getattr(request, "session", None), "modified", False)
        )
        if personal:
            response["Cache-Control"] = PERSONAL
        return response

"""Serves anonymous readers' public pages from the cache, first of all middleware: before sessions, users, the
database and every other middleware (issue 16), and gives every response the Cache-Control a browser and a CDN need.
What is stored is the response as the other middleware finished it (security headers, Content-Security-Policy).

Stored: a 200 answer to a GET of a public address, for a request without a session cookie, that sets no cookie,
did not use a CSRF token (a form), does not vary by cookie, did not forbid caching and was rendered without a tracker's
parameter (the key leaves those out). Never: the admin, previews,
documents, media, the API, search (its queries are counted for the editors), the health check and the metrics. The key is the
scheme, host, path, language and the query parameters other than trackers'; the page is stored with the generation
(see generation.py) it was rendered under, and served only while that generation is current: one round trip to the
cache reads both.

The page's Content-Security-Policy nonce is renewed on every replay, in the body and in the headers alike, so a nonce
is never served twice (defence/headers.py, which made the stored one, is not run again)."""

import base64
import functools
import hashlib
import logging
import os
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.core.handlers.wsgi import WSGIRequest, get_str_from_wsgi
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.http import HttpResponse
from django.http.cookie import parse_cookie
from django.utils import translation
from prometheus_client import Counter

from home.page_cache.generation import generation_and_entry

logger = logging.getLogger(__name__)

NOT_CACHED_PREFIXES = (
    "/admin/",
    "/django-admin/",
    "/documents/",
    "/media/",
    "/static/",
    "/api/",
    "/health/",
    "/metrics",
    "/tim-kiem/",
    "/en/search/",
)
# Query parameters that only trackers add: the same page whatever their value.
IGNORED_PARAMETERS = ("utm_", "fbclid", "gclid")
PERSONAL = "private, no-store"
HIT_HEADER = "X-Page-Cache"
# The hit ratio of the page cache at /metrics (operations/metrics.py): counted in memory, no query. "hit" served from
# the cache; "miss" rendered (then stored if storable); "unavailable" rendered because the cache could not answer.
LOOKUPS = Counter("moj_page_cache_lookups", "Anonymous page requests looked up in the page cache, by result", ["result"])


@functools.cache
def looked_up(result: str):
    """The counter of one result: prometheus_client's labels() takes a lock and builds a key on every call."""
    return LOOKUPS.labels(result)


def page_key(request) -> str:
    # Every value of a repeated parameter (?loai=a&loai=b): a listing may filter by all of them.
    parameters = sorted((name, values) for name, values in request.GET.lists() if not name.startswith(IGNORED_PARAMETERS))
    # The language as LocaleMiddleware (below this one) will choose it: from the /en/ prefix, otherwise Vietnamese.
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    address = f"{request.scheme}://{request.get_host()}{request.path}?{urlencode(parameters, doseq=True)}#{language}"
    return f"page-cache:page:{hashlib.sha256(address.encode()).hexdigest()}"


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
        # A tracker's parameter is left out of the key, but the view saw it (a "clear the filters" link, a bound form):
        # such a page may be served from the cache, never stored for the address without it (issue 12).
        and not any(name.startswith(IGNORED_PARAMETERS) for name in request.GET)
        and not response.streaming
        # A CSRF token used (a form) sets its cookie, as does a session written to.
        and not response.cookies
        and not (session is not None and session.modified)
        # Vary: Cookie from a session read while empty (no session cookie came) is no variation; from a view, it is.
        and ("cookie" not in response.get("Vary", "").lower() or (session is not None and session.accessed))
        and "*" not in response.get("Vary", "")
        and not any(word in cache_control for word in ("private", "no-store", "no-cache"))
    )


def replayed(stored) -> tuple[bytes, list[tuple[str, str]]]:
    """The body and headers of a stored page served again: a fresh nonce, the public Cache-Control, the hit marked."""
    looked_up("hit").inc()  # here: hits are also served in front of Django (moj_site/cached_pages.py)
    content, headers, nonce = stored
    fresh = base64.b64encode(os.urandom(16)).decode("ascii") if nonce else None
    if nonce:
        content = content.replace(nonce.encode(), fresh.encode())
        headers = [(name, value.replace(nonce, fresh)) for name, value in headers]
    return content, [*headers, ("Cache-Control", settings.PAGE_CACHE_CONTROL), (HIT_HEADER, "hit")]


# All that is_candidate and page_key read of a WSGI environ, cookies aside (checked on every request): requests with
# the same values have the same key, so the front (moj_site/cached_pages.py) keeps the key of each address it met
# rather than build a request, check its host and hash its address again on every hit (issue 16). Anything read by
# is_candidate or page_key from the environ must be listed here; the header of SECURE_PROXY_SSL_HEADER is added.
ADDRESS_INPUTS = (
    "REQUEST_METHOD",
    "wsgi.url_scheme",
    "HTTP_X_FORWARDED_HOST",
    "HTTP_X_FORWARDED_PORT",
    "HTTP_HOST",
    "SERVER_NAME",
    "SERVER_PORT",
    "SCRIPT_URL",
    "REDIRECT_URL",
    "SCRIPT_NAME",
    "PATH_INFO",
    "QUERY_STRING",
)
# Emptied when full: a crawler walking every address must not grow a worker's memory without bound.
MOST_ADDRESSES = 4096
_keys_by_address: dict[tuple, str | None] = {}


@receiver(setting_changed)
def _forget_addresses(**kwargs):
    """The key depends on settings (the allowed hosts, the languages, the proxy's headers): tests change them."""
    _keys_by_address.clear()


def candidate_key(environ) -> str | None:
    """page_key of the request of this environ when it is a candidate, else None. Raises as building the request
    does (a host that is not allowed)."""
    if not settings.PAGE_CACHE_ENABLED:
        return None
    cookies = environ.get("HTTP_COOKIE")
    if cookies and settings.SESSION_COOKIE_NAME in parse_cookie(get_str_from_wsgi(environ, "HTTP_COOKIE", "")):
        return None
    proxy = settings.SECURE_PROXY_SSL_HEADER
    address = (*[environ.get(name) for name in ADDRESS_INPUTS], environ.get(proxy[0]) if proxy else None)
    try:
        return _keys_by_address[address]
    except KeyError:
        pass
    request = WSGIRequest(environ)
    key = page_key(request) if is_candidate(request) else None
    if len(_keys_by_address) >= MOST_ADDRESSES:
        _keys_by_address.clear()
    _keys_by_address[address] = key
    return key


def stored_page(environ):
    """The stored page for this WSGI environ when there is one under the current generation, else None."""
    key = candidate_key(environ)
    if key is None:
        return None
    generation, stored = generation_and_entry(key)
    if generation is not None and stored is not None and stored[0] == generation:
        return stored[1:]
    return None


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_candidate(request):
            return self.personal(request, self.get_response(request))
        key = page_key(request)
        generation, stored = generation_and_entry(key)
        if generation is None:
            looked_up("unavailable").inc()
            return self.personal(request, self.get_response(request))  # the cache cannot answer: served uncached
        if stored is not None and stored[0] == generation:
            return self.replay(request, stored[1:])
        looked_up("miss").inc()
        response = self.get_response(request)
        if is_storable(request, response):
            self.store(request, response, key, generation)
        return self.personal(request, response)

    def store(self, request, response, key, generation):
        nonce = getattr(request, "_csp_nonce", None)
        headers = [
            (name, value) for name, value in response.items() if name.lower() not in ("cache-control", "content-length", "set-cookie")
        ]
        try:
            cache.set(key, (generation, response.content, headers, nonce), timeout=settings.PAGE_CACHE_TIMEOUT)
        except Exception:
            logger.warning("page not stored in the cache", exc_info=True)
            return
        response["Cache-Control"] = settings.PAGE_CACHE_CONTROL
        response[HIT_HEADER] = "miss"

    def replay(self, request, stored):
        content, headers = replayed(stored)
        response = HttpResponse(content)
        for name, value in headers:
            response[name] = value
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

"""Anonymous readers' cached pages served in front of Django (issue 16): the page cache's middleware
(home/page_cache) already answers a hit before any other middleware and without a query, but a hit still paid for
Django's request cycle (its signals, which check the database connection, the middleware chain, the response object).
This WSGI application answers a hit itself — the same key, the same generation, the same fresh nonce, the request id
and the request counted in the metrics — and hands everything else, misses included, to Django, which stores them."""

import time
import uuid

from django.core.handlers.wsgi import WSGIRequest

from home.page_cache.middleware import replayed, stored_page
from operations.logs import SANE_ID
from operations.metrics import LATENCY, REQUESTS


class CachedPagesFirst:
    def __init__(self, django_application):
        self.django_application = django_application

    def __call__(self, environ, start_response):
        started = time.perf_counter()
        request = WSGIRequest(environ)
        try:
            stored = stored_page(request)
        except Exception:  # noqa: BLE001 — a request Django would refuse (a bad host, a bad path): Django answers it
            stored = None
        if stored is None:
            return self.django_application(environ, start_response)
        content, headers = replayed(stored)
        sent = environ.get("HTTP_X_REQUEST_ID", "")
        headers = [*headers, ("Content-Length", str(len(content))), ("X-Request-ID", sent if SANE_ID.match(sent) else uuid.uuid4().hex)]
        start_response("200 OK", headers)
        LATENCY.labels(request.method).observe(time.perf_counter() - started)
        REQUESTS.labels(request.method, "200").inc()
        return [b"" if request.method == "HEAD" else content]

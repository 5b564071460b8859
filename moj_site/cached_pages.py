"""Anonymous readers' cached pages served in front of Django (issue 16): the page cache's middleware
(home/page_cache) already answers a hit before any other middleware and without a query, but a hit still paid for
Django's request cycle (its signals, which check the database connection, the middleware chain, the response object).
This WSGI application answers a hit itself — the same key, the same generation, the same fresh nonce, the request id
and the request counted in the metrics — and hands everything else, misses included, to Django, which stores them.

Every microsecond here is a gunicorn worker's on each hit: no request object is built for an address met before
(home/page_cache/middleware.py, candidate_key), and the metrics' children are looked up once per method."""

import functools
import time
import uuid

from home.page_cache.middleware import replayed, stored_page
from operations.logs import SANE_ID
from operations.metrics import LATENCY, REQUESTS


class CachedPagesFirst:
    def __init__(self, django_application):
        self.django_application = django_application

    def __call__(self, environ, start_response):
        started = time.perf_counter()
        try:
            stored = stored_page(environ)
        except Exception:  # noqa: BLE001 — a request Django would refuse (a bad host, a bad path): Django answers it
            stored = None
        if stored is None:
            return self.django_application(environ, start_response)
        content, headers = replayed(stored)
        sent = environ.get("HTTP_X_REQUEST_ID", "")
        headers.append(("Content-Length", str(len(content))))
        headers.append(("X-Request-ID", sent if SANE_ID.match(sent) else uuid.uuid4().hex))
        start_response("200 OK", headers)
        method = environ["REQUEST_METHOD"].upper()  # GET or HEAD, as Django's request reads it: nothing else is a candidate
        latency, requests = metrics_of(method)
        latency.observe(time.perf_counter() - started)
        requests.inc()
        return [b"" if method == "HEAD" else content]


@functools.cache
def metrics_of(method):
    """The method's latency histogram and its count of 200 answers: prometheus_client's labels() takes a lock and builds
    a key on every call."""
    return LATENCY.labels(method), REQUESTS.labels(method, "200")

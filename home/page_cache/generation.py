"""The page cache's generation: a random token stored with every cached page, and part of the key of everything
else kept until the next change (home/lookups.py, cached settings).

Replacing it retires every cached response at once (a page stored under another generation is never served again,
and everything expires on its own), which
is what makes the invalidation exact without knowing which pages show what: a home page lists a unit's news, search
and the "whole portal" option of every unit span every site, a chooser links a page of one site from another. A
request reads the generation before rendering and stores its response under that generation, so a response rendered
while a change is being saved goes under the old generation and is never served. Tokens are random, never a counter:
a generation evicted from the cache can never come back and revive the pages stored under it.

Each process also keeps, in its own memory, the generation it last read and the pages it last served under it
("the worker's tier"): for LOCAL_SECONDS after reading the generation, a page found there is served without asking
the cache at all — the round trip to Redis was three quarters of what a cached page cost a worker (issue 16). A page
enters the tier when the cache answers with it (the pages read again, never a crawler's addresses met once); only a
read of the generation renews the tier's trust, never storing a page rendered under an older read. A change made in
this process forgets the tier at once; a change made in another process reaches this one's readers within
LOCAL_SECONDS (half a second, inside the second in which a published change must be visible)."""

import hashlib
import secrets
import time

from django.conf import settings
from django.core.cache import cache

GENERATION_KEY = "page-cache:generation"
LOCAL_SECONDS = 0.5
# Emptied when full: a worker keeps at most this many pages (the hot ones come back within a request each).
MOST_LOCAL_PAGES = 256


class WorkersTier:
    """The generation this process read last, until when it may be trusted without asking, and the pages served
    under it (key → the cached entry, its generation first)."""

    def __init__(self):
        self.forgotten = 0
        self.forget()

    def forget(self):
        self.generation, self.until, self.pages = None, 0.0, {}
        self.forgotten += 1

    def page(self, key):
        if self.generation is None or time.monotonic() >= self.until:
            return None
        stored = self.pages.get(key)
        return stored if stored is not None and stored[0] == self.generation else None

    def read(self, generation, asked: float, forgotten: int, key=None, stored=None):
        """What the cache answered to a question asked at `asked` (time.monotonic()), when the tier had been forgotten
        `forgotten` times: the generation, and the page at `key` when there is one under it. Trusted from the time of
        asking; ignored when the tier was forgotten meanwhile (a change saved by another thread of this process: the
        answer may predate it)."""
        if forgotten != self.forgotten:
            return
        if generation != self.generation:
            self.pages = {}
        self.generation, self.until = generation, asked + LOCAL_SECONDS
        if stored is not None and stored[0] == generation:
            if len(self.pages) >= MOST_LOCAL_PAGES:
                self.pages = {}
            self.pages[key] = stored


workers_tier = WorkersTier()


def current_generation() -> str | None:
    """The generation to read and store pages under; None when the cache cannot answer (pages then go uncached)."""
    try:
        generation = cache.get(GENERATION_KEY)
        if generation is None:
            cache.add(GENERATION_KEY, secrets.token_hex(8), timeout=None)
            generation = cache.get(GENERATION_KEY)
    except Exception:  # noqa: BLE001 — any cache failure means "uncached", never an error page
        return None
    return generation


def generation_and_entry(key: str) -> tuple[str | None, object]:
    """The generation and the entry stored at `key`: from this worker's tier while it may be trusted, otherwise in
    one round trip to the cache; (None, None) when the cache cannot answer."""
    stored = workers_tier.page(key)
    if stored is not None:
        return stored[0], stored
    asked, forgotten = time.monotonic(), workers_tier.forgotten
    try:
        found = cache.get_many([GENERATION_KEY, key])
    except Exception:  # noqa: BLE001
        return None, None
    if GENERATION_KEY not in found:
        return current_generation(), None
    generation, stored = found[GENERATION_KEY], found.get(key)
    workers_tier.read(generation, asked, forgotten, key, stored)
    return generation, stored


def new_generation() -> None:
    """Retire every cached page."""
    workers_tier.forget()
    cache.set(GENERATION_KEY, secrets.token_hex(8), timeout=None)


def remembered(name: str, compute, timeout: int = 300):
    """`compute()`, kept in the cache until the next change of public content (or `timeout` seconds): for what every
    page reads and only editors change — site settings, menus, the private sections."""
    generation = current_generation() if settings.CACHED_LOOKUPS else None
    if generation is None:
        return compute()
    # Hashed: a name may hold a reader's query (spaces, any length), which not every cache accepts in a key.
    key = f"page-cache:{generation}:{hashlib.sha256(name.encode()).hexdigest()}"
    try:
        value = cache.get(key)
    except Exception:  # noqa: BLE001
        return compute()
    if value is None:
        value = compute()
        cache.set(key, value, timeout)
    return value

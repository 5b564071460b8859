"""The page cache's generation: a random token stored with every cached page, and part of the key of everything
else kept until the next change (home/lookups.py, cached settings).

Replacing it retires every cached response at once (a page stored under another generation is never served again,
and everything expires on its own), which
is what makes the invalidation exact without knowing which pages show what: a home page lists a unit's news, search
and the "whole portal" option of every unit span every site, a chooser links a page of one site from another. A
request reads the generation before rendering and stores its response under that generation, so a response rendered
while a change is being saved goes under the old generation and is never served. Tokens are random, never a counter:
a generation evicted from the cache can never come back and revive the pages stored under it."""

import secrets

from django.conf import settings
from django.core.cache import cache

GENERATION_KEY = "page-cache:generation"


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
    """The generation and the entry stored at `key`, in one round trip to the cache; (None, None) when the cache
    cannot answer."""
    try:
        found = cache.get_many([GENERATION_KEY, key])
    except Exception:  # noqa: BLE001
        return None, None
    if GENERATION_KEY not in found:
        return current_generation(), None
    return found[GENERATION_KEY], found.get(key)


def new_generation() -> None:
    """Retire every cached page."""
    cache.set(GENERATION_KEY, secrets.token_hex(8), timeout=None)


def remembered(name: str, compute, timeout: int = 300):
    """`compute()`, kept in the cache until the next change of public content (or `timeout` seconds): for what every
    page reads and only editors change — site settings, menus, the private sections."""
    generation = current_generation() if settings.CACHED_LOOKUPS else None
    if generation is None:
        return compute()
    key = f"page-cache:{generation}:{name}"
    try:
        value = cache.get(key)
    except Exception:  # noqa: BLE001
        return compute()
    if value is None:
        value = compute()
        cache.set(key, value, timeout)
    return value

"""The anonymous page cache (issue 16): whole public responses served again to readers who are not logged in, without
a database query, and dropped the moment anything they show may have changed.

- `generation` — the cache's generation: part of every key, replaced on any change of public content, so that one
  replacement retires every cached response at once and a response rendered before a change is never served after it;
- `middleware` — what is stored and served, and the Cache-Control policy of public and personal responses;
- `invalidation` — the changes that replace the generation, and the CDN purge (Wagtail's frontend cache);
- `redis` — the Redis cache that answers "not cached" when Redis is down, so that pages are served uncached."""

from home.page_cache.middleware import PageCacheMiddleware

__all__ = ["PageCacheMiddleware"]

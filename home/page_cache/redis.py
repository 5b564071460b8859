"""Django's Redis cache, except that Redis being down is a cache miss, not an error page: every page asks the cache
(site settings, the switched-off sites, the page cache), and a portal that stops when its cache stops serves nobody."""

import logging

from django.core.cache.backends.redis import RedisCache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)
UNAVAILABLE = (RedisConnectionError, RedisTimeoutError)
# What each operation answers when Redis cannot: nothing cached, nothing stored.
FALLBACKS = {
    "add": lambda: False,
    "delete": lambda: False,
    "delete_many": lambda: None,
    "get_many": dict,
    "has_key": lambda: False,
    "set": lambda: None,
    "set_many": list,
    "touch": lambda: False,
    "clear": lambda: None,
}


class ResilientRedisCache(RedisCache):
    def get(self, key, default=None, version=None):
        try:
            return super().get(key, default, version)
        except UNAVAILABLE as error:
            logger.warning("Redis unavailable, cache miss: %s", error)
            return default

    def incr(self, key, delta=1, version=None):
        try:
            return super().incr(key, delta, version)
        except UNAVAILABLE as error:
            logger.warning("Redis unavailable: %s", error)
            raise ValueError("cache unavailable") from error


def _resilient(name, fallback):
    method = getattr(RedisCache, name)

    def call(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except UNAVAILABLE as error:
            logger.warning("Redis unavailable, %s skipped: %s", name, error)
            return fallback()

    call.__name__ = name
    return call


for _name, _fallback in FALLBACKS.items():
    setattr(ResilientRedisCache, _name, _resilient(_name, _fallback))

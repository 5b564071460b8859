"""Django's Redis cache, except that Redis being down is a cache miss, not an error page: every page asks the cache
(site settings, the switched-off sites, the page cache), and a portal that stops when its cache stops serves nobody.
And one redis-py client per server for the process, not one per operation (issue 16)."""

import logging

from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)
UNAVAILABLE = (RedisConnectionError, RedisTimeoutError)
# What each operation answers when Redis cannot: nothing cached, nothing stored.
FALLBACKS = {
    "add": lambda: False,
    "delete": lambda: False,
    "delete_many": lambda: None,
    "has_key": lambda: False,
    "set": lambda: None,
    "set_many": list,
    "touch": lambda: False,
    "clear": lambda: None,
}


class OneClientPerServer(RedisCacheClient):
    """Django builds a new redis.Redis for every operation, and redis-py fills its table of some 170 reply callbacks
    in each: about 100 µs, a quarter of what a cached page cost. The client is thread-safe and holds no connection of
    its own (its pool lends one per command, and reconnects after a fork), so one per server serves every call."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(pool)
        if client is None:
            client = self._clients[pool] = self._client(connection_pool=pool)
        return client


class ResilientRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = OneClientPerServer

    def get(self, key, default=None, version=None):
        try:
            return super().get(key, default, version)
        except UNAVAILABLE as error:
            logger.warning("Redis unavailable, cache miss: %s", error)
            return default

    def get_many(self, keys, version=None):
        """As Django's, without its check of each key against memcached's rules (a loop over every character, for a
        warning about portability to a server this cache never uses): a cached page reads two keys on every hit."""
        made = {self.make_key(key, version=version): key for key in keys}
        try:
            values = self._cache.get_client().mget(list(made))
        except UNAVAILABLE as error:
            logger.warning("Redis unavailable, get_many skipped: %s", error)
            return {}
        loads = self._cache._serializer.loads
        return {key: loads(value) for key, value in zip(made.values(), values, strict=True) if value is not None}

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

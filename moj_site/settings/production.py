"""Production: gunicorn behind HTTPS. Refuses to start without what it needs (STYLE.md, 8)."""

import os

from django.core.exceptions import ImproperlyConfigured

# Checked before importing base: without DATABASE_URL, base would start an embedded server.
_missing = [name for name in ("SECRET_KEY", "DATABASE_URL", "PORTAL_DOMAIN", "PERSONAL_DATA_KEYS") if not os.environ.get(name)]
if _missing:
    raise ImproperlyConfigured(f"Production settings need these environment variables: {', '.join(_missing)}")

os.environ.setdefault("PORTAL_PORT", "443")
os.environ.setdefault("LOG_FORMAT", "json")

from .base import *  # noqa: E402, F403

DEBUG = False
SECRET_KEY = os.environ["SECRET_KEY"]
DEMO_USERS_ALLOWED = False
STAFF_2FA_REQUIRED = env_bool("STAFF_2FA_REQUIRED", True)  # noqa: F405 — every staff account, unless explicitly turned off

# HTTPS is terminated by the load balancer, which sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)  # noqa: F405
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
# SAMEORIGIN, not DENY: Wagtail's live preview shows the page in a frame of the admin (same host).
X_FRAME_OPTIONS = "SAMEORIGIN"
SILENCED_SYSTEM_CHECKS = ["security.W019"]
CSRF_TRUSTED_ORIGINS = [f"https://{PORTAL_DOMAIN}", f"https://*.{PORTAL_DOMAIN}"]  # noqa: F405
# Health checks come from the load balancer over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^health/$", r"^health/ready/$", r"^metrics$"]

# Pages, and the lookups of home/lookups.py, are cached only in Redis, shared by every worker: a local-memory cache
# would keep serving, in the other workers, what a change saved in one of them retired (home/page_cache).
PAGE_CACHE_ENABLED = bool(REDIS_URL) and env_bool("PAGE_CACHE", True)  # noqa: F405
CACHED_LOOKUPS = bool(REDIS_URL) and env_bool("CACHED_LOOKUPS", True)  # noqa: F405
# A CDN or Varnish in front: each publication sends it PURGE requests (home/page_cache/invalidation.py), e.g.
# FRONTEND_CACHE_PURGE_URL=http://varnish:6081 (Wagtail's HTTP backend: PURGE <path>, Host: <site>).
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE = {
        "cdn": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"]}
    }

if os.environ.get("EMAIL_HOST"):
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = os.environ["EMAIL_HOST"]
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)  # noqa: F405

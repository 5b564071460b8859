"""Tests: `make test`. Inherits base, not production; fast hashing, immediate tasks."""

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-not-secret-moj-portal-0123456789-abcdefghijklmnop"
PORTAL_DOMAIN = "localhost"
ALLOWED_HOSTS = ["localhost", ".localhost", "127.0.0.1", "testserver"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
SERVE_MEDIA = True
DEMO_USERS_ALLOWED = True
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
MEDIA_ROOT = BASE_DIR / ".data" / "test-media"  # noqa: F405
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# The database backend whatever the environment says: the Elasticsearch tests (tests/search/elasticsearch/) build
# their backend from ELASTICSEARCH_URL themselves.
WAGTAILSEARCH_BACKENDS = {"default": DATABASE_SEARCH_BACKEND}  # noqa: F405
STAFF_2FA_REQUIRED = False  # tests turn it on where they test it
# Off: the local-memory cache outlives each test's rolled-back database. tests/home/test_page_cache.py turns it on.
PAGE_CACHE_ENABLED = False
PRIVATE_MEDIA_ROOT = BASE_DIR / ".data" / "test-private-media"  # noqa: F405
SPAM_PROOF_OF_WORK_MAX = 2000  # tests solve the proof of work in Python
DATABASES["default"]["CONN_MAX_AGE"] = 60  # noqa: F405

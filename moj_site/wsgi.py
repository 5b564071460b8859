import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "moj_site.settings.production")

django_application = get_wsgi_application()

from moj_site.cached_pages import CachedPagesFirst  # noqa: E402 — Django must be set up before the models are imported

application = CachedPagesFirst(django_application)

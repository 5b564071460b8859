# Production-like image: gunicorn, non-root, static files collected at build time.
# Build: docker build -t moj-portal .   Run: see docker-compose.yml.

FROM python:3.11-slim-bookworm AS build
RUN apt-get update && apt-get install -y --no-install-recommends gettext && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY requirements.txt .
RUN python -m venv /venv && /venv/bin/pip install --no-cache-dir -r requirements.txt
COPY . .
# collectstatic needs production settings to import; these values are placeholders used only here.
RUN /venv/bin/django-admin compilemessages --ignore=.venv \
    && SECRET_KEY=build-only DATABASE_URL=postgres://build@localhost/build PORTAL_DOMAIN=build.invalid PERSONAL_DATA_KEYS=build-only \
       DJANGO_SETTINGS_MODULE=moj_site.settings.production /venv/bin/python manage.py collectstatic --no-input

FROM python:3.11-slim-bookworm
RUN apt-get update && apt-get install -y --no-install-recommends fonts-dejavu-core && rm -rf /var/lib/apt/lists/* \
    && useradd --system --create-home --uid 10001 moj && mkdir -p /data/media /data/backups /data/archive \
    && chown moj /data/media /data/backups /data/archive
COPY --from=build /venv /venv
COPY --from=build --chown=moj /app /app
WORKDIR /app
USER moj
ENV PATH=/venv/bin:$PATH DJANGO_SETTINGS_MODULE=moj_site.settings.production MEDIA_ROOT=/data/media PYTHONUNBUFFERED=1
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --retries=3 CMD python -c "import os, urllib.request as u; u.urlopen(u.Request('http://127.0.0.1:8000/health/', headers={'Host': os.environ['PORTAL_DOMAIN'], 'X-Forwarded-Proto': 'https'}), timeout=4)"
CMD ["gunicorn", "moj_site.wsgi", "--bind", "0.0.0.0:8000", "--workers", "3", "--timeout", "60", "--access-logfile", "-"]

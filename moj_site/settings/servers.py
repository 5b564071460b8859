"""Several app servers behind one load balancer (issue 17, item 5): what they must share. Imported by base.py; the
README lists every variable.

- Media (images, their renditions, documents) on S3-compatible object storage when MEDIA_S3_BUCKET is set
  (django-storages): an upload made through one server is read, and its renditions made, by any other. Documents
  are still served through /documents/<id>/<name> (the publication rule), which reads them from the bucket.
- Intake attachments (personal data) in a bucket of their own, PRIVATE_MEDIA_S3_BUCKET, never public.
- Sessions in the database, read through the Redis cache when REDIS_URL is set (Django's cached_db): every server
  sees every login, and a Redis that stops logs nobody out (the session is read from the database)."""

import os
from urllib.parse import urlsplit

S3_ENDPOINT_URL = os.environ.get("S3_ENDPOINT_URL", "")  # empty: Amazon S3 itself
S3_REGION = os.environ.get("S3_REGION", "us-east-1")
MEDIA_S3_BUCKET = os.environ.get("MEDIA_S3_BUCKET", "")
MEDIA_S3_PREFIX = os.environ.get("MEDIA_S3_PREFIX", "media")
# Where readers fetch media from: a CDN in front of the bucket, its root, e.g. https://cdn.moj.gov.vn (empty: the
# bucket's own address).
MEDIA_PUBLIC_URL = os.environ.get("MEDIA_PUBLIC_URL", "").rstrip("/")
PRIVATE_MEDIA_S3_BUCKET = os.environ.get("PRIVATE_MEDIA_S3_BUCKET", "")


def s3_options(bucket: str, location: str, public: bool) -> dict:
    """django-storages' S3Storage options for one bucket; keys from S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or
    boto3's own chain (AWS_* variables, the instance's role) when those are unset."""
    options = {
        "bucket_name": bucket,
        "location": location,
        "region_name": S3_REGION,
        "access_key": os.environ.get("S3_ACCESS_KEY_ID") or None,
        "secret_key": os.environ.get("S3_SECRET_ACCESS_KEY") or None,
        "default_acl": None,  # the bucket's policy decides; never public-read per object
        "file_overwrite": False,  # two servers saving the same name get two names, as on a disk
        # Public media have plain, cacheable URLs; private files only short-lived signed ones.
        "querystring_auth": not public,
        "querystring_expire": 300,
    }
    if S3_ENDPOINT_URL:
        options |= {"endpoint_url": S3_ENDPOINT_URL, "addressing_style": "path"}
    if public and MEDIA_PUBLIC_URL:
        address = urlsplit(MEDIA_PUBLIC_URL)
        options |= {"custom_domain": address.netloc + address.path, "url_protocol": f"{address.scheme}:"}
    return options


MEDIA_STORAGE = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
# The origins media are served from, allowed as images and media by the public Content-Security-Policy.
MEDIA_ORIGINS = []
if MEDIA_S3_BUCKET:
    MEDIA_STORAGE = {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": s3_options(MEDIA_S3_BUCKET, MEDIA_S3_PREFIX, public=True)}
    for _url in (MEDIA_PUBLIC_URL, S3_ENDPOINT_URL):
        if _url:
            MEDIA_ORIGINS.append("{0.scheme}://{0.netloc}".format(urlsplit(_url)))
            break
    else:
        MEDIA_ORIGINS.append(f"https://{MEDIA_S3_BUCKET}.s3.{S3_REGION}.amazonaws.com")
PRIVATE_STORAGE = None  # None: PRIVATE_MEDIA_ROOT on this server's disk (defence/personal_data.py)
if PRIVATE_MEDIA_S3_BUCKET:
    PRIVATE_STORAGE = {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": s3_options(PRIVATE_MEDIA_S3_BUCKET, "private", public=False)}

SESSION_ENGINE = "django.contrib.sessions.backends.cached_db" if os.environ.get("REDIS_URL") else "django.contrib.sessions.backends.db"

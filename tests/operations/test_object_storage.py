"""Several app servers (issue 17, item 5): media in an S3-compatible bucket, so that an upload made through one server
is served, and its renditions made, by any other; backup sets kept in a bucket and restored from it (R-OPS-4).

The S3 server is moto's standalone server (`moto_server`, a real HTTP server on loopback speaking the S3 protocol):
no MinIO, Garage or other S3 server is packaged for this machine's Debian. What is checked is what django-storages
and boto3 send over HTTP and what the bucket then holds."""

import hashlib
import json
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import boto3
import pytest
import requests
from django.core.files.storage import storages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page

from moj_site.settings.servers import s3_options
from operations import postgres
from tests.defence.test_uploads import PDF, png

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]
MOTO_SERVER = shutil.which("moto_server", path=str(Path(sys.executable).parent)) or shutil.which("moto_server")
KEYS = {"S3_ACCESS_KEY_ID": "moj-test", "S3_SECRET_ACCESS_KEY": "moj-test-secret"}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def s3_endpoint():
    if MOTO_SERVER is None:
        pytest.skip("moto_server is not installed (requirements-dev.txt: moto[server]); no S3 server to test against")
    port = free_port()
    server = subprocess.Popen([MOTO_SERVER, "-H", "127.0.0.1", "-p", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120  # moto imports much; the machine may be busy
    while time.monotonic() < deadline:
        try:
            requests.get(url, timeout=5)
            break
        except requests.RequestException:
            time.sleep(0.5)
    yield url
    server.terminate()
    server.wait(timeout=10)


def psycopg_connection(database: str):
    return postgres.connect(postgres.Target.of_settings(database))


def bucket_client(endpoint):
    return boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id=KEYS["S3_ACCESS_KEY_ID"],
        aws_secret_access_key=KEYS["S3_SECRET_ACCESS_KEY"],
    )


def keys_in(endpoint, bucket) -> dict[str, bytes]:
    s3 = bucket_client(endpoint)
    listed = s3.list_objects_v2(Bucket=bucket).get("Contents", [])
    return {item["Key"]: s3.get_object(Bucket=bucket, Key=item["Key"])["Body"].read() for item in listed}


def public_images_policy(bucket: str) -> dict:
    """The README's policy: readers fetch images and renditions from the bucket (or the CDN); documents only through
    /documents/<id>/<name>, which applies the publication rule."""
    images = [f"arn:aws:s3:::{bucket}/media/{folder}/*" for folder in ("images", "original_images")]
    return {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": images}]}


@pytest.fixture
def media_bucket(s3_endpoint, settings, monkeypatch):
    """The media of this test in a new bucket, as MEDIA_S3_BUCKET would put them (moj_site/settings/servers.py)."""
    for name, value in KEYS.items():
        monkeypatch.setenv(name, value)
    bucket = f"moj-media-{time.monotonic_ns()}"
    s3 = bucket_client(s3_endpoint)
    s3.create_bucket(Bucket=bucket)
    s3.put_bucket_policy(Bucket=bucket, Policy=json.dumps(public_images_policy(bucket)))
    monkeypatch.setattr("moj_site.settings.servers.S3_ENDPOINT_URL", s3_endpoint)
    settings.S3_ENDPOINT_URL = s3_endpoint
    settings.MEDIA_S3_BUCKET = bucket
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": s3_options(bucket, "media", public=True)},
    }
    return bucket


@pytest.fixture
def editor(client, thads_site, django_user_model):
    user = django_user_model.objects.create_user("thads_bien_tap", password="x")
    user.groups.add(thads_site.editors_group)
    client.force_login(user)
    return thads_site


def test_a_document_uploaded_through_the_admin_lands_in_the_bucket_and_is_served_from_it(client, editor, media_bucket, s3_endpoint):
    response = client.post(
        "/admin/documents/add/",
        {"title": "Quyết định", "collection": editor.collection.pk, "file": SimpleUploadedFile("quyet-dinh.pdf", PDF)},
    )
    assert response.status_code == 302
    document = get_document_model().objects.get(title="Quyết định")

    assert keys_in(s3_endpoint, media_bucket) == {f"media/{document.file.name}": PDF}
    assert requests.get(f"{s3_endpoint}/{media_bucket}/media/{document.file.name}", timeout=10).status_code == 403
    served = client.get(document.url)  # /documents/<id>/<name>: the publication rule, then the bytes from the bucket
    assert served.status_code == 200 and b"".join(served.streaming_content) == PDF


def test_an_image_uploaded_through_the_admin_gets_its_rendition_in_the_bucket_served_over_http(client, editor, media_bucket, s3_endpoint):
    uploaded = client.post(
        "/admin/images/multiple/add/", {"collection": editor.collection.pk, "files[]": SimpleUploadedFile("anh.png", png(64, 48))}
    )
    assert uploaded.json()["success"] is True
    image = get_image_model().objects.get()

    rendition = image.get_rendition("fill-32x24")

    assert rendition.url.startswith(f"{s3_endpoint}/{media_bucket}/media/images/")
    fetched = requests.get(rendition.url, timeout=10)  # as a reader's browser fetches it from the bucket (or a CDN)
    assert fetched.status_code == 200 and fetched.content[:8] == b"\x89PNG\r\n\x1a\n"
    stored = keys_in(s3_endpoint, media_bucket)
    assert f"media/{image.file.name}" in stored and f"media/{rendition.file.name}" in stored
    # Another server, with none of this one's memory, finds the rendition recorded and the file in the bucket.
    image.refresh_from_db()
    assert image.renditions.get(filter_spec="fill-32x24").file.name == rendition.file.name


def test_the_environment_puts_media_in_a_bucket_allowed_by_the_content_security_policy_and_sessions_behind_redis():
    env = {
        **{name: value for name, value in os.environ.items() if name not in {"DJANGO_SETTINGS_MODULE", "MEDIA_PUBLIC_URL"}},
        "MEDIA_S3_BUCKET": "moj-media",
        "S3_ENDPOINT_URL": "https://s3.moj.gov.vn",
        "PRIVATE_MEDIA_S3_BUCKET": "moj-private",
        "REDIS_URL": "redis://127.0.0.1:6379/0",
        "DATABASE_URL": "postgres://moj@127.0.0.1:5432/moj",
    }
    code = (
        "import moj_site.settings.dev as s; d, p = s.STORAGES['default'], s.STORAGES['private']; "
        "print(d['BACKEND'], d['OPTIONS']['bucket_name'], d['OPTIONS']['querystring_auth'], "
        "p['OPTIONS']['bucket_name'], p['OPTIONS']['querystring_auth']); "
        "print(*s.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src']); print(s.SESSION_ENGINE)"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    storage, images, sessions = result.stdout.splitlines()
    assert storage == "storages.backends.s3.S3Storage moj-media False moj-private True"  # private files: signed URLs only
    assert images.endswith("https://s3.moj.gov.vn")
    assert sessions == "django.contrib.sessions.backends.cached_db"


def test_a_backup_set_kept_in_a_bucket_is_restored_from_it(demo_portal, media_bucket, s3_endpoint, empty_database, settings):
    # The demo's media, moved to the bucket as a deployment with several servers keeps them.
    media = storages["default"]
    for model in (get_image_model(), get_document_model()):
        for item in model.objects.all():
            with open(Path(settings.MEDIA_ROOT) / item.file.name, "rb") as file:
                media.save(item.file.name, file)
    backups = f"moj-backups-{time.monotonic_ns()}"
    bucket_client(s3_endpoint).create_bucket(Bucket=backups)

    call_command("backup", target=f"s3://{backups}/sets", stdout=open("/dev/null", "w"))  # noqa: SIM115

    stored = keys_in(s3_endpoint, backups)
    (set_name,) = {key.split("/")[1] for key in stored}
    assert sorted(key.rsplit("/", 1)[1] for key in stored) == ["database.dump", "manifest.json", "media.tar"]
    before = {name: hashlib.sha256(content).hexdigest() for name, content in keys_in(s3_endpoint, media_bucket).items()}
    assert len(before) >= 2

    # Into an empty database and a new, empty media bucket.
    restored_bucket = f"moj-media-restored-{time.monotonic_ns()}"
    bucket_client(s3_endpoint).create_bucket(Bucket=restored_bucket)
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": s3_options(restored_bucket, "media", public=True)},
    }
    call_command("restore", f"s3://{backups}/sets/{set_name}", database=empty_database, stdout=open("/dev/null", "w"))  # noqa: SIM115

    after = {name: hashlib.sha256(content).hexdigest() for name, content in keys_in(s3_endpoint, restored_bucket).items()}
    assert after == before
    with psycopg_connection(empty_database) as conn:
        assert conn.execute("SELECT count(*) FROM wagtailcore_page").fetchone()[0] == Page.objects.count()

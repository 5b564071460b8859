"""The restore drill (R-OPS-4, Art 6.3): the demo portal is backed up, restored into a new empty database and media
folder, and the restored portal is the same — page tree, revisions, workflow states, audit log, media files. A set
whose files do not match its manifest is refused before anything is restored."""

import hashlib
import shutil
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.db import connection
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from operations import postgres
from operations.backup import create_backup

pytestmark = pytest.mark.django_db

# What must come back identical; each query reads the same in the original and the restored database.
FINGERPRINT = {
    "page tree": "SELECT path, depth, url_path, slug, title, live, has_unpublished_changes, locale_id FROM wagtailcore_page ORDER BY path",
    "revisions": "SELECT id, object_id, base_content_type_id, created_at, user_id, md5(content::text) "
    "FROM wagtailcore_revision ORDER BY id",
    "workflow states": "SELECT id, object_id, status, created_at, current_task_state_id FROM wagtailcore_workflowstate ORDER BY id",
    "task states": "SELECT id, workflow_state_id, status, started_at, finished_at, comment FROM wagtailcore_taskstate ORDER BY id",
    "page audit log": "SELECT id, page_id, action, timestamp, user_id, md5(data::text) FROM wagtailcore_pagelogentry ORDER BY id",
    "audit log": "SELECT id, object_id, action, timestamp, user_id, md5(data::text) FROM wagtailcore_modellogentry ORDER BY id",
    "accounts": "SELECT id, username, password, is_active FROM auth_user ORDER BY id",
}


def fingerprint(cursor) -> dict[str, list]:
    found = {}
    for name, query in FINGERPRINT.items():
        cursor.execute(query)
        found[name] = [tuple(row) for row in cursor.fetchall()]
    return found


def media_checksums(root: Path) -> dict[str, str]:
    files = [image.file.name for image in get_image_model().objects.all()]
    files += [document.file.name for document in get_document_model().objects.all()]
    return {name: hashlib.sha256((root / name).read_bytes()).hexdigest() for name in files}


@pytest.fixture
def demo_set(demo_portal, tmp_path):
    return create_backup(tmp_path / "sets")


def test_demo_restored_into_an_empty_database_is_identical(demo_portal, empty_database, tmp_path):
    call_command("backup", target=tmp_path / "sets", no_prune=True, stdout=open("/dev/null", "w"))  # noqa: SIM115
    (backup_set,) = (tmp_path / "sets").iterdir()
    restored_media = tmp_path / "restored-media"

    call_command("restore", backup_set, database=empty_database, media_root=restored_media, stdout=open("/dev/null", "w"))  # noqa: SIM115

    with connection.cursor() as cursor:
        original = fingerprint(cursor)
    with postgres.connect(postgres.Target.of_settings(empty_database)) as conn, conn.cursor() as cursor:
        restored = fingerprint(cursor)
    assert len(original["page tree"]) > 50 and len(original["revisions"]) > 50 and original["workflow states"]
    assert original["audit log"] and original["page audit log"]
    for name in FINGERPRINT:
        assert restored[name] == original[name], name
    expected_media = media_checksums(Path(settings.MEDIA_ROOT))
    assert len(expected_media) > 5
    assert media_checksums(restored_media) == expected_media


def test_a_set_with_a_changed_dump_is_refused_and_nothing_is_restored(demo_set, empty_database, tmp_path):
    with (demo_set / "database.dump").open("r+b") as dump:
        dump.seek(4000)
        byte = dump.read(1)
        dump.seek(4000)
        dump.write(bytes([byte[0] ^ 0xFF]))

    with pytest.raises(CommandError, match=r"database\.dump does not match its checksum"):
        call_command("restore", demo_set, database=empty_database, media_root=tmp_path / "media")

    with postgres.connect(postgres.Target.of_settings(empty_database)) as conn:
        assert conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone()[0] == 0
    assert not (tmp_path / "media").exists()


def test_a_set_missing_its_media_is_refused(demo_set, empty_database, tmp_path):
    (demo_set / "media.tar").unlink()

    with pytest.raises(CommandError, match=r"media\.tar is missing"):
        call_command("restore", demo_set, "--check-only")


def test_restore_refuses_a_database_that_holds_data(demo_set, tmp_path):
    with pytest.raises(CommandError, match="is not empty"):
        call_command("restore", demo_set, media_root=tmp_path / "media")


def test_check_only_tells_a_whole_set(demo_set, capsys):
    shutil.copytree(demo_set, demo_set.with_name("copy"))
    call_command("restore", demo_set.with_name("copy"), "--check-only")
    assert "every checksum matches" in capsys.readouterr().out

"""Encrypted sets and the retention of sets (R-OPS-4)."""

import datetime
import json

import pytest
from cryptography.fernet import Fernet
from django.core.management import CommandError, call_command
from django.utils import timezone

from operations import retention
from operations.backup import create_backup, set_name
from operations.models import JobRun

pytestmark = pytest.mark.django_db


def test_an_encrypted_set_holds_no_plain_dump_and_restores_only_with_its_key(empty_database, tmp_path, monkeypatch):
    key = Fernet.generate_key()
    monkeypatch.setenv("BACKUP_ENCRYPTION_KEY", key.decode())
    call_command("backup", target=tmp_path / "sets", stdout=open("/dev/null", "w"))  # noqa: SIM115
    (backup_set,) = (tmp_path / "sets").iterdir()
    assert sorted(path.name for path in backup_set.iterdir()) == ["database.dump.enc", "manifest.json", "media.tar.enc"]
    assert b"PGDMP" not in (backup_set / "database.dump.enc").read_bytes()[:100]
    assert JobRun.objects.get(job="backup").outcome == JobRun.Outcome.SUCCESS

    monkeypatch.setenv("BACKUP_ENCRYPTION_KEY", Fernet.generate_key().decode())
    with pytest.raises(CommandError, match="wrong key"):
        call_command("restore", backup_set, database=empty_database, media_root=tmp_path / "media")

    monkeypatch.setenv("BACKUP_ENCRYPTION_KEY", key.decode())
    call_command("restore", backup_set, database=empty_database, media_root=tmp_path / "media", stdout=open("/dev/null", "w"))  # noqa: SIM115


def test_an_encrypted_set_whose_manifest_was_rewritten_is_refused(tmp_path, monkeypatch):
    key = Fernet.generate_key()
    backup_set = create_backup(tmp_path, key=key)
    manifest = json.loads((backup_set / "manifest.json").read_text())
    manifest["counts"]["pages"] += 1
    (backup_set / "manifest.json").write_text(json.dumps(manifest))
    monkeypatch.setenv("BACKUP_ENCRYPTION_KEY", key.decode())

    with pytest.raises(CommandError, match=r"manifest\.json was altered"):
        call_command("restore", backup_set, "--check-only")


def test_retention_keeps_the_newest_set_of_each_day_week_and_month(tmp_path):
    start = datetime.datetime(2026, 1, 1, 2, 0, tzinfo=datetime.UTC)
    for day in range(120):  # two sets a day for four months
        for hour in (2, 14):
            (tmp_path / set_name(start + datetime.timedelta(days=day, hours=hour - 2))).mkdir()
    (tmp_path / "moj-20260501T020000Z.partial").mkdir()

    removed = retention.prune(tmp_path, daily=7, weekly=5, monthly=12)

    kept = sorted(path.name for path in tmp_path.iterdir())
    assert "moj-20260501T020000Z.partial" in kept
    assert len(removed) == 240 - (len(kept) - 1)
    assert "moj-20260430T140000Z" in kept and "moj-20260430T020000Z" not in kept  # the newest of the day
    assert "moj-20260131T140000Z" in kept  # the newest of January
    assert len(kept) - 1 == 7 + 3 + 3  # 7 days, 3 more weeks outside them, 3 more months outside them


def test_a_failed_backup_is_recorded_and_alerts(tmp_path, settings, mailoutbox):
    settings.OPERATIONS_ALERT_EMAILS = ["ops@moj.gov.vn"]
    (tmp_path / "sets").write_text("a file where the folder should be")

    with pytest.raises(FileExistsError):
        call_command("backup", target=tmp_path / "sets")

    run = JobRun.objects.get(job="backup")
    assert run.outcome == JobRun.Outcome.FAILURE and run.finished_at <= timezone.now()
    assert "FileExistsError" in run.message
    assert mailoutbox[0].to == ["ops@moj.gov.vn"] and "backup" in mailoutbox[0].subject

"""`manage.py backup` (R-OPS-4, Art 6.3): one timestamped set in BACKUP_DIR — the database as `pg_dump -Fc`, the media
files as one tar (from the media folder or the media bucket), and manifest.json with the checksums, the migration
state and the counts. The set is written under a `.partial` name and renamed once complete: a set that has its final
name is whole. On object storage (`s3://…`, operations/objectstore.py) it is uploaded once complete, manifest last."""

import datetime
import hashlib
import io
import platform
import tarfile
from pathlib import Path

from django.conf import settings
from django.core.files.storage import Storage, default_storage
from django.utils import timezone

from operations import manifest, objectstore, postgres, sealing

DUMP = "database.dump"
MEDIA = "media.tar"
NAME_FORMAT = "%Y%m%dT%H%M%SZ"
PREFIX = "moj-"


def backup_dir() -> Path:
    return Path(settings.BACKUP_DIR)


def set_name(moment: datetime.datetime) -> str:
    return PREFIX + moment.astimezone(datetime.UTC).strftime(NAME_FORMAT)


def moment_of(name: str) -> datetime.datetime | None:
    try:
        return datetime.datetime.strptime(name.removeprefix(PREFIX), NAME_FORMAT).replace(tzinfo=datetime.UTC)
    except ValueError:
        return None


def archive_media(storage: Storage, destination: Path) -> dict[str, str]:
    """Every media file into one tar; returns their checksums by path."""
    if not objectstore.is_local(storage):
        return archive_stored_media(storage, destination)
    root = Path(storage.location)
    checksums = {}
    with tarfile.open(destination, "w") as tar:
        if root.exists():
            for path in sorted(root.rglob("*")):
                if path.is_file():
                    relative = path.relative_to(root).as_posix()
                    checksums[relative] = manifest.sha256_of(path)
                    tar.add(path, arcname=relative, recursive=False)
    return checksums


def archive_stored_media(storage: Storage, destination: Path) -> dict[str, str]:
    """The same from a bucket: each object read once (a media file is at most 50 MB), hashed and added."""
    checksums = {}
    with tarfile.open(destination, "w") as tar:
        for name in objectstore.walk(storage):
            with storage.open(name, "rb") as file:
                content = file.read()
            checksums[name] = hashlib.sha256(content).hexdigest()
            member = tarfile.TarInfo(name)
            member.size = len(content)
            tar.addfile(member, io.BytesIO(content))
    return checksums


def create_backup(target: Path | None = None, key: bytes | None = None, now: datetime.datetime | None = None) -> Path:
    now = now or timezone.now()
    target = target or backup_dir()
    target.mkdir(parents=True, exist_ok=True)
    final = target / set_name(now)
    partial = target / (final.name + ".partial")
    partial.mkdir()

    database = postgres.Target.of_settings()
    major = postgres.server_major_version()
    # The counts and the dump see the same snapshot: a restore must find exactly what the manifest says,
    # whatever editors saved meanwhile.
    with postgres.connect(database) as conn, conn.transaction():
        conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        snapshot = conn.execute("SELECT pg_export_snapshot()").fetchone()[0]
        with conn.cursor() as cursor:
            found_counts = manifest.counts(cursor)
            migrations = manifest.migration_state(cursor)
        dump = [str(postgres.program("pg_dump", major)), "-Fc", "--no-owner", "--no-privileges", f"--snapshot={snapshot}"]
        postgres.run([*dump, "-f", str(partial / DUMP)], database)
    media_files = archive_media(default_storage, partial / MEDIA)

    stored = [DUMP, MEDIA]
    if key:
        for name in (DUMP, MEDIA):
            sealing.encrypt_file(partial / name, partial / (name + sealing.SUFFIX), key)
            (partial / name).unlink()
        stored = [name + sealing.SUFFIX for name in stored]

    contents = {
        "format": manifest.FORMAT,
        "created_at": now.isoformat(),
        "host": platform.node(),
        "postgres_major": major,
        "database": database.name,
        "encrypted": bool(key),
        "files": {name: manifest.sha256_of(partial / name) for name in stored},
        "media_files": media_files,
        "counts": found_counts,
        "migrations": migrations,
    }
    if key:
        contents["seal"] = sealing.seal(manifest.canonical_files(contents), key)
    manifest.write(partial, contents)
    partial.rename(final)
    return final

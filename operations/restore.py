"""`manage.py restore <set>` (R-OPS-4): checks the set against its manifest, refuses it at the first checksum that
does not match, then restores into an empty database and an empty media folder (or empty media bucket) and checks that
the restored database holds the counts and the migration state the manifest recorded."""

import tarfile
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from django.core.files.base import ContentFile
from django.core.files.storage import Storage

from operations import manifest, objectstore, postgres, sealing
from operations.backup import DUMP, MEDIA


class RestoreRefused(RuntimeError):
    pass


@dataclass
class Restored:
    counts: dict[str, int]
    media_files: int
    warnings: list[str] = field(default_factory=list)


def verify(directory: Path, key: bytes | None) -> dict:
    """The manifest of a set whose every file matches it; RestoreRefused otherwise."""
    if not (directory / manifest.MANIFEST).exists():
        raise RestoreRefused(f"{directory}: no {manifest.MANIFEST}, not a backup set")
    contents = manifest.read(directory)
    if contents.get("encrypted"):
        if not key:
            raise RestoreRefused("The set is encrypted: set BACKUP_ENCRYPTION_KEY to the key it was made with.")
        try:
            sealed = sealing.unseal(contents["seal"], key)
        except sealing.SealBroken as error:
            raise RestoreRefused(str(error)) from error
        if sealed != manifest.canonical_files(contents):
            raise RestoreRefused("manifest.json was altered after the backup (its seal does not match).")
    expected = {DUMP, MEDIA} if not contents.get("encrypted") else {DUMP + sealing.SUFFIX, MEDIA + sealing.SUFFIX}
    if set(contents["files"]) != expected:
        raise RestoreRefused(f"The manifest lists {sorted(contents['files'])}, a set holds {sorted(expected)}.")
    for name, checksum in contents["files"].items():
        path = directory / name
        if not path.exists():
            raise RestoreRefused(f"{name} is missing from the set.")
        if manifest.sha256_of(path) != checksum:
            raise RestoreRefused(f"{name} does not match its checksum in the manifest: the set is damaged or altered.")
    return contents


def refuse_unless_empty(target: postgres.Target, media_root: Path | Storage) -> None:
    with postgres.connect(target) as conn:
        tables = conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')").fetchone()[0]
    if tables:
        raise RestoreRefused(f"The database “{target.name}” is not empty ({tables} tables): restore into a new, empty one.")
    if isinstance(media_root, Storage):
        if next(objectstore.walk(media_root), None):
            raise RestoreRefused("The media bucket is not empty: restore into a new, empty one.")
    elif media_root.exists() and any(media_root.iterdir()):
        raise RestoreRefused(f"The media folder {media_root} is not empty: restore into a new, empty one.")


def extract_media_into_storage(archive: Path, storage: Storage, expected: dict[str, str]) -> None:
    with tarfile.open(archive) as tar:
        for member in tar:
            if member.isfile():
                content = tar.extractfile(member).read()
                if manifest.sha256_of_bytes(content) != expected.get(member.name):
                    raise RestoreRefused(f"media/{member.name} does not match its checksum in the manifest.")
                if storage.save(member.name, ContentFile(content)) != member.name:
                    raise RestoreRefused(f"media/{member.name} could not be stored under its own name.")
    missing = set(expected) - set(objectstore.walk(storage))
    if missing:
        raise RestoreRefused(f"media/{sorted(missing)[0]} is missing from the set's media.tar.")


def extract_media(archive: Path, media_root: Path | Storage, expected: dict[str, str]) -> None:
    if isinstance(media_root, Storage):
        return extract_media_into_storage(archive, media_root, expected)
    media_root.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive) as tar:
        tar.extractall(media_root, filter="data")
    for relative, checksum in expected.items():
        path = media_root / relative
        if not path.exists() or manifest.sha256_of(path) != checksum:
            raise RestoreRefused(f"media/{relative} does not match its checksum in the manifest.")


def restore(directory: Path, target: postgres.Target, media_root: Path | Storage, key: bytes | None = None) -> Restored:
    contents = verify(directory, key)
    refuse_unless_empty(target, media_root)
    with postgres.connect(target) as conn:
        major = int(conn.execute("SHOW server_version_num").fetchone()[0]) // 10000
    if major < contents["postgres_major"]:
        raise RestoreRefused(f"The set comes from PostgreSQL {contents['postgres_major']}; the target server is {major}.")

    with tempfile.TemporaryDirectory(prefix="moj-restore-") as scratch:
        dump, media = directory / DUMP, directory / MEDIA
        if contents["encrypted"]:
            dump, media = Path(scratch) / DUMP, Path(scratch) / MEDIA
            for plain in (dump, media):
                sealing.decrypt_file(directory / (plain.name + sealing.SUFFIX), plain, key)
        restore_program = str(postgres.program("pg_restore", major))
        options = ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction"]
        postgres.run([restore_program, *options, "-d", target.name, str(dump)], target)
        extract_media(media, media_root, contents["media_files"])

    with postgres.connect(target) as conn, conn.cursor() as cursor:
        found, migrations = manifest.counts(cursor), manifest.migration_state(cursor)
    if found != contents["counts"]:
        raise RestoreRefused(f"The restored database holds {found}, the manifest says {contents['counts']}.")
    if migrations != contents["migrations"]:
        raise RestoreRefused("The restored migration state differs from the manifest's.")
    return Restored(counts=found, media_files=len(contents["media_files"]))

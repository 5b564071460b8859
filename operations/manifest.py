"""What a backup set holds and how it proves it (R-OPS-4): the SHA-256 of every file of the set and of every media
file, the schema's migration state and the counts a restore must find again."""

import hashlib
import json
from pathlib import Path

from django.apps import apps
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import ModelLogEntry, Page, PageLogEntry, Revision

MANIFEST = "manifest.json"
FORMAT = 1


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        while chunk := file.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


def sha256_of_bytes(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def counted_tables() -> dict[str, str]:
    """What the manifest counts, by the table that holds it."""
    return {
        "pages": Page._meta.db_table,
        "revisions": Revision._meta.db_table,
        "documents": get_document_model()._meta.db_table,
        "images": get_image_model()._meta.db_table,
        "page_log_entries": PageLogEntry._meta.db_table,
        "model_log_entries": ModelLogEntry._meta.db_table,
        "job_runs": apps.get_model("operations", "JobRun")._meta.db_table,
    }


def counts(cursor) -> dict[str, int]:
    found = {}
    for name, table in counted_tables().items():
        cursor.execute(f'SELECT count(*) FROM "{table}"')
        found[name] = cursor.fetchone()[0]
    return found


def migration_state(cursor) -> list[str]:
    cursor.execute("SELECT app || '.' || name FROM django_migrations ORDER BY app, name")
    return [row[0] for row in cursor.fetchall()]


def write(directory: Path, manifest: dict) -> None:
    (directory / MANIFEST).write_text(json.dumps(manifest, indent=2, ensure_ascii=False, sort_keys=True))


def read(directory: Path) -> dict:
    return json.loads((directory / MANIFEST).read_text())


def canonical_files(manifest: dict) -> str:
    """The part of the manifest an encrypted set seals: every checksum and every count."""
    return json.dumps({key: manifest[key] for key in ("files", "media_files", "counts", "migrations")}, sort_keys=True)

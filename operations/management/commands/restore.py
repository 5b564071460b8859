import tempfile
from pathlib import Path

from django.conf import settings
from django.core.files.storage import storages
from django.core.management.base import BaseCommand, CommandError

from operations import objectstore, postgres, sealing
from operations.restore import RestoreRefused, restore, verify


class Command(BaseCommand):
    help = (
        "Restore a backup set (a folder, or s3://bucket/prefix/moj-… on object storage) into an EMPTY database and an "
        "EMPTY media folder or bucket, after checking every checksum of its manifest. Refuses a damaged or altered set, "
        "and a database, folder or bucket that already holds data."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "backup_set", metavar="set", help="The set: BACKUP_DIR/moj-YYYYMMDDTHHMMSSZ, or s3://bucket/prefix/moj-YYYYMMDDTHHMMSSZ."
        )
        parser.add_argument("--database", help="Name of the empty database on the configured server (default: the configured one).")
        parser.add_argument(
            "--media-root", type=Path, help="The empty media folder (default: MEDIA_ROOT, or the media bucket when MEDIA_S3_BUCKET is set)."
        )
        parser.add_argument("--check-only", action="store_true", help="Only check the set against its manifest.")

    def handle(self, *args, backup_set, database=None, media_root=None, check_only=False, **options):
        with tempfile.TemporaryDirectory(prefix="moj-restore-set-") as scratch:
            if source := objectstore.parse(backup_set):
                self.stdout.write(f"Downloading {source}…")
                backup_set = objectstore.download_set(source, Path(scratch))
            self.restore(Path(backup_set), database, media_root, check_only)

    def restore(self, backup_set, database, media_root, check_only):
        key = sealing.key_from_environment()
        target = postgres.Target.of_settings(database)
        if media_root is None:
            media = storages["default"]
            media_root = Path(settings.MEDIA_ROOT) if objectstore.is_local(media) else media
        try:
            if check_only:
                verify(backup_set, key)
                self.stdout.write(self.style.SUCCESS(f"{backup_set}: every checksum matches the manifest."))
                return
            restored = restore(backup_set, target, media_root, key)
        except RestoreRefused as error:
            raise CommandError(f"Restore refused: {error}") from error
        counts = ", ".join(f"{name} {count}" for name, count in restored.counts.items())
        where = media_root if isinstance(media_root, Path) else f"the media bucket {settings.MEDIA_S3_BUCKET}"
        summary = f"Restored into “{target.name}” and {where}: {counts}; media files {restored.media_files}."
        self.stdout.write(self.style.SUCCESS(summary))

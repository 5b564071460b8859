from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from operations import postgres, sealing
from operations.restore import RestoreRefused, restore, verify


class Command(BaseCommand):
    help = (
        "Restore a backup set into an EMPTY database and an EMPTY media folder, after checking every checksum of its "
        "manifest. Refuses a damaged or altered set, and a database or folder that already holds data."
    )

    def add_arguments(self, parser):
        parser.add_argument("backup_set", metavar="set", type=Path, help="The folder of the set (BACKUP_DIR/moj-YYYYMMDDTHHMMSSZ).")
        parser.add_argument("--database", help="Name of the empty database on the configured server (default: the configured one).")
        parser.add_argument("--media-root", type=Path, help="The empty media folder (default: MEDIA_ROOT).")
        parser.add_argument("--check-only", action="store_true", help="Only check the set against its manifest.")

    def handle(self, *args, backup_set, database=None, media_root=None, check_only=False, **options):
        key = sealing.key_from_environment()
        target = postgres.Target.of_settings(database)
        media_root = media_root or Path(settings.MEDIA_ROOT)
        try:
            if check_only:
                verify(backup_set, key)
                self.stdout.write(self.style.SUCCESS(f"{backup_set}: every checksum matches the manifest."))
                return
            restored = restore(backup_set, target, media_root, key)
        except RestoreRefused as error:
            raise CommandError(f"Restore refused: {error}") from error
        counts = ", ".join(f"{name} {count}" for name, count in restored.counts.items())
        summary = f"Restored into “{target.name}” and {media_root}: {counts}; media files {restored.media_files}."
        self.stdout.write(self.style.SUCCESS(summary))

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from operations import retention, sealing
from operations.backup import backup_dir, create_backup
from operations.jobs import recorded


class Command(BaseCommand):
    help = (
        "Write one backup set (database dump, media, manifest with checksums) into BACKUP_DIR or --target, "
        "encrypted when BACKUP_ENCRYPTION_KEY is set, then delete the sets that the retention rules no longer keep."
    )

    def add_arguments(self, parser):
        parser.add_argument("--target", type=Path, help="Folder of the backup sets (default: BACKUP_DIR).")
        parser.add_argument("--no-prune", action="store_true", help="Keep every older set.")

    def handle(self, *args, target=None, no_prune=False, **options):
        target = Path(target or backup_dir())
        with recorded("backup") as run:
            path = create_backup(target, key=sealing.key_from_environment())
            run.say(f"set: {path}")
            if not no_prune:
                removed = retention.prune(target, settings.BACKUP_KEEP_DAILY, settings.BACKUP_KEEP_WEEKLY, settings.BACKUP_KEEP_MONTHLY)
                run.say(f"pruned: {len(removed)} older set(s)")
        self.stdout.write("\n".join(run.lines))
        return None

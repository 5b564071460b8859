import tempfile
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from operations import objectstore, retention, sealing
from operations.backup import create_backup
from operations.jobs import recorded


class Command(BaseCommand):
    help = (
        "Write one backup set (database dump, media, manifest with checksums) into BACKUP_DIR or --target — a folder, "
        "or s3://bucket/prefix on S3-compatible object storage — encrypted when BACKUP_ENCRYPTION_KEY is set, then "
        "delete the sets that the retention rules no longer keep."
    )

    def add_arguments(self, parser):
        parser.add_argument("--target", help="Folder, or s3://bucket/prefix, of the backup sets (default: BACKUP_DIR).")
        parser.add_argument("--no-prune", action="store_true", help="Keep every older set.")

    def handle(self, *args, target=None, no_prune=False, **options):
        target = str(target or settings.BACKUP_DIR)
        keep = (settings.BACKUP_KEEP_DAILY, settings.BACKUP_KEEP_WEEKLY, settings.BACKUP_KEEP_MONTHLY)
        with recorded("backup") as run:
            if bucket := objectstore.parse(target):
                # Written whole on this server's disk, then uploaded, manifest last.
                with tempfile.TemporaryDirectory(prefix="moj-backup-") as scratch:
                    placed = objectstore.upload_set(create_backup(Path(scratch), key=sealing.key_from_environment()), bucket)
                run.say(f"set: {placed}")
                removed = [] if no_prune else retention.prune_bucket(bucket, *keep)
            else:
                path = create_backup(Path(target), key=sealing.key_from_environment())
                run.say(f"set: {path}")
                removed = [] if no_prune else retention.prune(Path(target), *keep)
            if not no_prune:
                run.say(f"pruned: {len(removed)} older set(s)")
        self.stdout.write("\n".join(run.lines))

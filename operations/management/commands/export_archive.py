import datetime
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from operations.archive import export, last_month
from operations.jobs import recorded


class Command(BaseCommand):
    help = "Export every revision published in a period as a folder readable from disk (HTML, JSON, attachments, checksums)."

    def add_arguments(self, parser):
        parser.add_argument("--from", dest="start", type=datetime.date.fromisoformat, help="First day (YYYY-MM-DD), portal time.")
        parser.add_argument("--to", dest="end", type=datetime.date.fromisoformat, help="Last day (YYYY-MM-DD), included.")
        parser.add_argument("--last-month", action="store_true", help="The previous calendar month (the monthly job).")
        parser.add_argument("--target", type=Path, help="Where the archive folder is written (default: ARCHIVE_DIR).")

    def handle(self, *args, start=None, end=None, target=None, **options):
        if options.get("last_month"):
            start, end = last_month(timezone.localdate())
        if not start or not end or start > end:
            raise CommandError("Give --from and --to (YYYY-MM-DD, --from before --to), or --last-month.")
        with recorded("export_archive") as run:
            folder = export(start, end, Path(target or settings.ARCHIVE_DIR))
            run.say(f"archive: {folder}")
        self.stdout.write("\n".join(run.lines))

import time

from django.core.management.base import BaseCommand
from django.db import close_old_connections
from django.utils import timezone

from operations.scheduler import tick


class Command(BaseCommand):
    help = "Queue the periodic jobs of OPERATIONS_SCHEDULE for the worker (`manage.py db_worker`) when due, once a minute."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="One round, then exit (for a test or a cron line).")
        parser.add_argument("--interval", type=float, default=60.0, help="Seconds between rounds.")

    def handle(self, *args, once=False, interval=60.0, **options):
        while True:
            close_old_connections()
            for run in tick():
                self.stdout.write(f"queued {run.job} for {timezone.localtime(run.scheduled_for):%Y-%m-%d %H:%M}")
            if once:
                return
            time.sleep(interval)

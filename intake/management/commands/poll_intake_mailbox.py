"""Reads the board's mailbox into the register (R-IN-1) and flags completion requests gone unanswered (R-IN-6)."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from intake.completion import flag_unanswered
from intake.mailbox import poll


class Command(BaseCommand):
    help = "Registers the new messages of the board's mailbox (INTAKE_IMAP_*) in the intake register."

    def handle(self, *args, **options):
        if not settings.INTAKE_IMAP_HOST:
            raise CommandError("INTAKE_IMAP_HOST is not set: no mailbox to poll")
        result = poll()
        flagged = flag_unanswered()
        registered, duplicates, ignored = len(result.registered), result.duplicates, result.ignored
        self.stdout.write(f"{registered} registered, {duplicates} already registered, {ignored} automatic ignored, {flagged} flagged")

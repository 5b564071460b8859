"""Completion requests unanswered after 1 working day (R-IN-6, Art 11.2): an event on each entry's time line, once;
the dashboard and the register show them to the Standing Board. Run by cron with the mailbox poll (README)."""

from django.core.management.base import BaseCommand

from intake.completion import flag_unanswered


class Command(BaseCommand):
    help = "Flags entries whose completion request went unanswered past its working day."

    def handle(self, *args, **options):
        self.stdout.write(f"{flag_unanswered()} entries flagged")

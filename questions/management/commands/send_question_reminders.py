"""Reminds the focal points of questions nearing or past their due time (questions.reminders)."""

from django.core.management.base import BaseCommand

from questions.reminders import send_reminders


class Command(BaseCommand):
    help = "E-mails the focal points about citizens' questions nearing or past their due time."

    def handle(self, *args, **options):
        self.stdout.write(f"{send_reminders()} reminders sent")

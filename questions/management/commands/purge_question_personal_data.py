"""Erases the askers' personal data past its retention period (questions.retention)."""

from django.core.management.base import BaseCommand

from questions.retention import purge


class Command(BaseCommand):
    help = "Erases the personal data of askers whose question was closed longer ago than the retention period."

    def handle(self, *args, **options):
        self.stdout.write(f"personal data erased from {purge()} questions")

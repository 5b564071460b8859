"""Erases the commenters' personal data past its retention period (consultations.retention)."""

from django.core.management.base import BaseCommand

from consultations.retention import purge


class Command(BaseCommand):
    help = "Erases the personal data of commenters on drafts whose report was published longer ago than the retention period."

    def handle(self, *args, **options):
        self.stdout.write(f"personal data erased from {purge()} comments")

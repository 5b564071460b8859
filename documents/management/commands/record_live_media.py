from django.core.management.base import BaseCommand

from documents.public_media import record_all_live_pages


class Command(BaseCommand):
    help = "Records which images and documents the live pages use (run once on a database that had live pages before)."

    def handle(self, *args, **options):
        count = record_all_live_pages()
        self.stdout.write(f"{count} live pages recorded.")

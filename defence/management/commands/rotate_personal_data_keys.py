"""Every encrypted personal value written again with the first key of PERSONAL_DATA_KEYS (defence.personal_data):
the second step of a key rotation, after which the old keys can be dropped."""

from django.core.management.base import BaseCommand

from defence.personal_data import rotate_keys


class Command(BaseCommand):
    help = "Re-encrypts every personal data field with the first key of PERSONAL_DATA_KEYS."

    def handle(self, *args, **options):
        self.stdout.write(f"{rotate_keys()} rows re-encrypted")

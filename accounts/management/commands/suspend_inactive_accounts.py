from django.core.management.base import BaseCommand

from accounts.inactivity import INACTIVE_DAYS, suspend_inactive_accounts


class Command(BaseCommand):
    help = f"Suspends accounts unused for {INACTIVE_DAYS} days, except those with a running exemption (run daily)."

    def handle(self, *args, **options):
        suspended = suspend_inactive_accounts()
        for account in suspended:
            self.stdout.write(f"suspended: {account.get_username()}")
        self.stdout.write(self.style.SUCCESS(f"{len(suspended)} account(s) suspended"))

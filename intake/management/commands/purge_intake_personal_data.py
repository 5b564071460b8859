"""Senders' personal data is kept INTAKE_PERSONAL_DATA_RETENTION_DAYS after the decision on their information, then
erased (R-IN-2; Law 91/2025): the entry and its time line stay, without the person."""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from intake.models import SENDER_FIELDS, Entry, Event


class Command(BaseCommand):
    help = "Erases the personal data of senders whose information was decided longer ago than the retention period."

    def handle(self, *args, **options):
        before = timezone.now() - datetime.timedelta(days=settings.INTAKE_PERSONAL_DATA_RETENTION_DAYS)
        erased = 0
        for entry in Entry.objects.filter(decided_at__lt=before, personal_data_erased_at__isnull=True):
            with transaction.atomic():
                for name in SENDER_FIELDS:
                    setattr(entry, name, "")
                entry.personal_data_erased_at = timezone.now()
                entry.save()
                Event.objects.create(entry=entry, kind=Event.Kind.ERASED)
            erased += 1
        self.stdout.write(f"personal data erased from {erased} entries")

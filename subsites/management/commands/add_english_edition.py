from django.core.management.base import BaseCommand, CommandError

from subsites.models import PortalSite
from subsites.provisioning import provision_english_edition


class Command(BaseCommand):
    help = "Gives a component site an English edition (/en/), edited by the English translators and approvers (R-EN-1)."

    def add_arguments(self, parser):
        parser.add_argument("slug")
        parser.add_argument("--title", default="", help="title of the English home page (default: the unit's English name)")

    def handle(self, *args, slug, title, **options):
        portal_site = PortalSite.objects.filter(slug=slug).select_related("site").first()
        if portal_site is None:
            raise CommandError(f"Không có trang thành phần “{slug}”.")
        english_root = provision_english_edition(portal_site, title=title)
        self.stdout.write(self.style.SUCCESS(f"{english_root.title}: {portal_site.site.root_url}/en/"))

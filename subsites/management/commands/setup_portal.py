from django.core.management.base import BaseCommand

from subsites.provisioning import MAIN_PORTAL_SLUG, provision_english_edition, provision_site


class Command(BaseCommand):
    help = "Creates the main portal at PORTAL_DOMAIN with its English root, the roles and the workflows. Safe to run again."

    def add_arguments(self, parser):
        parser.add_argument("--name", default="Bộ Tư pháp")
        parser.add_argument("--name-en", default="Ministry of Justice")
        parser.add_argument("--port", type=int, default=None, help="port of its public URLs (default: PORTAL_PORT)")

    def handle(self, *args, name, name_en, port, **options):
        main = provision_site(MAIN_PORTAL_SLUG, name, name_en=name_en, main=True, port=port)
        provision_english_edition(main, title=name_en)
        self.stdout.write(self.style.SUCCESS(f"{main.name}: {main.site.root_url}/ (English: {main.site.root_url}/en/)"))

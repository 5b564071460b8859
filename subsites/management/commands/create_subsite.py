from django.core.management.base import BaseCommand, CommandError

from subsites.forms import validate_site_slug
from subsites.provisioning import provision_site


class Command(BaseCommand):
    help = 'Creates a component site in one step: manage.py create_subsite <slug> "<unit name>" (R-SITE-2). Safe to run again.'

    def add_arguments(self, parser):
        parser.add_argument("slug", help="sub-domain: <slug>.<PORTAL_DOMAIN>")
        parser.add_argument("name", help="name of the unit, e.g. 'Cục Thi hành án dân sự'")
        parser.add_argument("--name-en", default="", help="English name of the unit")
        parser.add_argument("--port", type=int, default=None, help="port of its public URLs (default: PORTAL_PORT)")

    def handle(self, *args, slug, name, name_en, port, **options):
        try:
            validate_site_slug(slug)
        except Exception as error:
            raise CommandError("; ".join(getattr(error, "messages", [str(error)]))) from error
        portal_site = provision_site(slug, name, name_en=name_en, port=port)
        site = portal_site.site
        self.stdout.write(self.style.SUCCESS(f"{portal_site.name}: {site.root_url}/"))
        self.stdout.write(f"  nhóm biên tập: {portal_site.editors_group.name}")
        self.stdout.write(f"  nhóm duyệt:    {portal_site.approvers_group.name}")

from django.conf import settings
from django.core.management.base import BaseCommand

from demo.builder import ARTICLES_PER_SITE, DemoBuilder
from demo.people import DEMO_ACCOUNTS
from subsites.models import PortalSite


class Command(BaseCommand):
    help = "Loads the demo portal (main portal, component sites, English root, one user per role). Safe to run again."

    def add_arguments(self, parser):
        parser.add_argument("--port", type=int, default=None, help="Port of the public URLs (default: PORTAL_PORT).")
        parser.add_argument("--articles", type=int, default=ARTICLES_PER_SITE, help="Articles per site.")

    def handle(self, *args, port, articles, **options):
        self.stdout.write("Đang nạp dữ liệu mẫu…")
        DemoBuilder(port=port, articles_per_site=articles, stdout=self.stdout).build()
        self.stdout.write(self.style.SUCCESS("Dữ liệu mẫu đã sẵn sàng."))
        self.print_summary()

    def print_summary(self):
        self.stdout.write("\nCác trang:")
        for portal_site in PortalSite.objects.select_related("site"):
            self.stdout.write(f"  {portal_site.site.root_url}/  — {portal_site.name}")
        main = PortalSite.objects.filter(is_main_portal=True).select_related("site").first()
        if main:
            self.stdout.write(f"  {main.site.root_url}/en/  — English edition")
            self.stdout.write(f"\nQuản trị: {main.site.root_url}/admin/")
        if settings.DEMO_USERS_ALLOWED:
            self.stdout.write(f"\nTài khoản mẫu (mật khẩu: {settings.DEMO_PASSWORD}):")
            width = max(len(account.username) for account in DEMO_ACCOUNTS)
            for account in DEMO_ACCOUNTS:
                self.stdout.write(f"  {account.username:<{width}}  {account.role}")

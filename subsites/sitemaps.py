from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from subsites.models import PortalSite


class LanguageSitemap(Sitemap):
    """The live public pages of the request's site in the active language: /sitemap.xml in Vietnamese,
    /en/sitemap.xml in English (R-SHARE-1). Wagtail's own lists the default language's tree only."""

    def items(self):
        site = self.get_wagtail_site()
        if site.pk in PortalSite.switched_off_site_ids():
            return Page.objects.none()  # a switched-off site is not served, nor listed
        root = site.root_page.localized
        # Deferred: each page's own class (the archive folders leave themselves out) without a query per page type;
        # a sitemap entry needs only the fields every page has (address, last publication).
        return root.get_descendants(inclusive=True).live().public().order_by("path").specific(defer=True)

"""Creating a site of the platform in one step (R-SITE-2): site, root page, collection, editor and
approver groups, the site's identity — in one transaction, idempotently — and, through `site_provisioned`, the
two-step workflow that `editorial` sets up."""

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.models import Collection, Locale, Page, Site

from accounts import roles
from home.models import HomePage, SiteIdentity
from subsites.models import PortalSite
from subsites.signals import english_edition_provisioned, site_provisioned

MAIN_PORTAL_SLUG = "moj"


def site_hostname(slug: str, *, main: bool = False) -> str:
    return settings.PORTAL_DOMAIN if main else f"{slug}.{settings.PORTAL_DOMAIN}"


@transaction.atomic
def provision_site(slug: str, name: str, *, name_en: str = "", main: bool = False, port: int | None = None) -> PortalSite:
    roles.ensure_global_roles()
    hostname = site_hostname(slug, main=main)
    port = port or settings.PORTAL_PORT

    portal_site = PortalSite.objects.select_related("site").filter(slug=slug).first()
    if portal_site:
        # Re-provisioning follows PORTAL_DOMAIN/PORT changes and repairs permissions; it creates nothing twice.
        Site.objects.filter(pk=portal_site.site_id).update(hostname=hostname, port=port, site_name=name)
        roles.grant_site_team(portal_site.editors_group, portal_site.approvers_group, portal_site.site, portal_site.collection)
        site_provisioned.send(sender=PortalSite, portal_site=portal_site)
        return portal_site

    if main:
        _remove_wagtail_placeholder()
    home = Page.get_first_root_node().add_child(instance=HomePage(title=name, slug=slug, locale=Locale.get_default(), seo_title=name))
    site = Site.objects.create(hostname=hostname, port=port, root_page=home, site_name=name, is_default_site=main)
    collection = Collection.get_first_root_node().add_child(name=name)
    editors, _ = Group.objects.get_or_create(name=roles.STANDING_EDITORS if main else f"{name}: Biên tập viên")
    approvers, _ = Group.objects.get_or_create(name=roles.STANDING_APPROVERS if main else f"{name}: Duyệt")
    roles.grant_site_team(editors, approvers, site, collection)
    SiteIdentity.objects.update_or_create(
        site=site,
        defaults={
            "agency_name": name,
            "parent_agency": "" if main else "Bộ Tư pháp",
            "agency_name_en": "Ministry of Justice" if main else name_en,
            "parent_agency_en": "" if main else "Ministry of Justice",
            "site_title": "Cổng thông tin điện tử Bộ Tư pháp" if main else f"Trang thông tin điện tử {name}",
            "site_title_en": "Ministry of Justice Portal" if main else name_en,
        },
    )
    portal_site = PortalSite.objects.create(
        slug=slug,
        name=name,
        name_en=name_en,
        is_main_portal=main,
        site=site,
        collection=collection,
        editors_group=editors,
        approvers_group=approvers,
    )
    site_provisioned.send(sender=PortalSite, portal_site=portal_site)
    return portal_site


@transaction.atomic
def provision_english_edition(portal_site: PortalSite, english_root: Page | None = None, title: str = "") -> Page:
    """A site's English tree (the main portal's, or a component site's when an administrator gives it one):
    its root, its team's permissions and its own workflow (R-EN-1, R-FLOW-6). Safe to run again."""
    english, _ = Locale.objects.get_or_create(language_code="en")
    home = portal_site.site.root_page
    english_root = english_root or home.get_translations().filter(locale=english).first()
    if english_root is None:
        english_root = home.specific.copy_for_translation(english)
        english_root.title = title or portal_site.name_en or portal_site.name
        english_root.save_revision().publish()
    groups = roles.grant_english_edition(english_root, portal_site.collection)
    english_edition_provisioned.send(
        sender=PortalSite, portal_site=portal_site, english_root=english_root, approvers=groups[roles.EN_APPROVERS]
    )
    return english_root


def _remove_wagtail_placeholder() -> None:
    """Wagtail's first migration leaves a "Welcome" page and a default site; the main portal replaces them."""
    placeholder = Page.objects.filter(depth=2, slug="home", content_type__app_label="wagtailcore").first()
    if placeholder:
        Site.objects.filter(root_page=placeholder).delete()
        placeholder.delete()

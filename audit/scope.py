"""Which site a log entry belongs to (R-OPS-3, "filterable by site").

A page belongs to the site whose tree holds it; a site's translated trees (the main portal's English edition
under /en/) count as that site. Settings of a site, its PortalSite record, its Wagtail Site and its two groups
belong to it too. Everything else (accounts, logins, shared snippets) belongs to no one site."""

from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.models import Page, PageLogEntry, Site

from home.trees import SiteIndex, site_roots, within
from subsites.models import PortalSite

NOTHING = Q(pk__in=[])


def site_objects(portal_site) -> list[tuple[type, list]]:
    """Objects other than pages that belong to a site: (model, primary keys)."""
    objects = [
        (Group, [portal_site.editors_group_id, portal_site.approvers_group_id]),
        (PortalSite, [portal_site.pk]),
        (Site, [portal_site.site_id]),
    ]
    for model in settings_registry:
        if issubclass(model, BaseSiteSetting):
            objects.append((model, list(model.objects.filter(site_id=portal_site.site_id).values_list("pk", flat=True))))
    return objects


def site_condition(portal_site, log_model) -> Q:
    """A filter on a log model's entries that keeps those of one site."""
    if issubclass(log_model, PageLogEntry):
        return within(site_roots(portal_site.site), "page__path")
    if hasattr(log_model, "object_id"):
        condition = NOTHING
        for model, pks in site_objects(portal_site):
            condition |= Q(content_type=ContentType.objects.get_for_model(model), object_id__in=[str(pk) for pk in pks])
        return condition
    return NOTHING


class SiteNames:
    """The site of each logged object, for the report's rows; built once per page of results."""

    def __init__(self):
        self.index = SiteIndex()
        self.by_site_id, self.by_group_id = {}, {}
        for portal_site in PortalSite.objects.all():
            self.by_site_id[portal_site.site_id] = portal_site.name
            self.by_group_id[portal_site.editors_group_id] = portal_site.name
            self.by_group_id[portal_site.approvers_group_id] = portal_site.name

    def of(self, instance) -> str:
        if isinstance(instance, Page):
            return self.by_site_id.get(self.index.site_id_of(instance), "")
        if isinstance(instance, BaseSiteSetting):
            return self.by_site_id.get(instance.site_id, "")
        if isinstance(instance, Site):
            return self.by_site_id.get(instance.pk, "")
        if isinstance(instance, PortalSite):
            return instance.name
        if isinstance(instance, Group):
            return self.by_group_id.get(instance.pk, "")
        return ""

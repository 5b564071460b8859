from django import template
from wagtail.models import Site

from subsites.models import PortalSite

register = template.Library()


@register.simple_tag(takes_context=True)
def portal_sites(context):
    """Every site of the platform, main portal first, with whether it is the current one,
    for the footer's links between sites (R-SITE-1)."""
    request = context.get("request")
    current = Site.find_for_request(request) if request else None
    sites = PortalSite.objects.filter(is_active=True).select_related("site")
    return [(portal_site, portal_site.site_id == getattr(current, "pk", None)) for portal_site in sites]

from django import template
from django.utils.translation import get_language
from wagtail.models import Site

from subsites.models import PortalSite

register = template.Library()


@register.simple_tag(takes_context=True)
def portal_sites(context):
    """Every site of the platform, main portal first, with whether it is the current one,
    for the footer's links between sites (R-SITE-1)."""
    request = context.get("request")
    current = Site.find_for_request(request) if request else None
    sites = PortalSite.active_sites()
    return [(portal_site, portal_site.site_id == getattr(current, "pk", None)) for portal_site in sites]


@register.simple_tag(takes_context=True)
def main_portal_url(context):
    """The main portal's address in the active language, for the "Bộ Tư pháp" line of a component site's header
    (issue 18); "" on the main portal itself."""
    request = context.get("request")
    current = Site.find_for_request(request) if request else None
    main = PortalSite.objects.filter(is_main_portal=True).select_related("site").first()
    if main is None or current is None or main.site_id == current.pk:
        return ""
    return f"{main.site.root_url}/{'en/' if get_language() == 'en' else ''}"

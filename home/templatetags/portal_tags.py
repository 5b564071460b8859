from django import template
from wagtail.models import Page, Site

register = template.Library()


@register.simple_tag(takes_context=True)
def site_home(context):
    """The home page of the current site in the active language (the English root under /en/)."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return None
    return site.root_page.localized.specific


@register.simple_tag(takes_context=True)
def page_translations(context, page):
    """Live translations of the page, for the language switcher and hreflang (R-EN-1)."""
    if not isinstance(page, Page):
        return []
    return list(page.get_translations(inclusive=False).live().public().select_related("locale"))


@register.inclusion_tag("navigation/main_menu.html", takes_context=True)
def main_menu(context):
    home = site_home(context)
    current = context.get("page")
    current_path = current.path if isinstance(current, Page) else ""
    items = home.get_children().live().public().in_menu() if home else []
    return {
        "home": home,
        "home_is_current": bool(home) and current_path == home.path,
        # (page, "page" when it is the current page, "ancestor" when the current page is below it)
        "items": [(item, _menu_state(item.path, current_path)) for item in items],
    }


def _menu_state(item_path: str, current_path: str) -> str:
    if current_path == item_path:
        return "page"
    return "ancestor" if current_path.startswith(item_path) else ""


@register.simple_tag(takes_context=True)
def portal_sites(context):
    """Every site of the platform, main portal first, with whether it is the current one,
    for the footer's links between sites (R-SITE-1)."""
    from subsites.models import PortalSite

    request = context.get("request")
    current = Site.find_for_request(request) if request else None
    return [(portal_site, portal_site.site_id == getattr(current, "pk", None)) for portal_site in PortalSite.objects.select_related("site")]

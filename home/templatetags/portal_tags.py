from django import template
from django.conf import settings
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from wagtail.models import Page, Site

from home.blocks import public_pages
from home.localization import localized
from home.models import SiteNavigation
from home.models.settings import menu_pages
from home.page_cache.generation import remembered

register = template.Library()
register.filter("localized", localized)


@register.filter
def reader_ancestors(page):
    """The ancestors a reader's breadcrumb shows, below the tree root: year and month folders of a section's archive
    are how the admin stores items, not places a reader goes (issue 18); nor is a page not live (an English
    placeholder of an untranslated section). Kept until the next change (issue 16)."""
    ancestors = remembered(f"ancestors:{page.pk}", lambda: list(page.get_ancestors().filter(depth__gt=1).live()))
    return [ancestor for ancestor in ancestors if not getattr(ancestor.specific_class, "hidden_from_readers", False)]


@register.simple_tag(takes_context=True)
def site_home(context):
    """The home page of the current site in the active language (the English root under /en/)."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return None
    # Asked by the header, the menu and the feed links of every page: look it up once per request.
    if not hasattr(request, "_portal_site_home"):
        request._portal_site_home = site.root_page.localized.specific
    return request._portal_site_home


@register.simple_tag(takes_context=True)
def page_translations(context, page):
    """Live translations of the page, for the language switcher and hreflang (R-EN-1); kept until the next change."""
    if not isinstance(page, Page):
        return []
    return remembered(
        f"translations:{page.pk}", lambda: list(page.get_translations(inclusive=False).live().public().select_related("locale"))
    )


@register.inclusion_tag("navigation/main_menu.html", takes_context=True)
def main_menu(context):
    """The menu set by the Chief Editor in the site's settings (R-SITE-3); until one is set,
    the home page's children marked "show in menus". Under /en/, the English home's children. The links are kept
    until the next change (issue 16); which one is the current page is worked out on each request."""
    home = site_home(context)
    current = context.get("page")
    current_path = current.path if isinstance(current, Page) else ""
    request = context.get("request")
    links = remembered(f"main-menu:{getattr(home, 'pk', None)}", lambda: _menu_links(request, home)) if request else []
    links = [{**link, "state": _menu_state(link["path"], current_path) if link["path"] else ""} for link in links]
    return {"home": home, "home_is_current": bool(home) and current_path == home.path, "links": links}


def _menu_links(request, home) -> list[dict]:
    configured = SiteNavigation.for_request(request).main_menu
    if configured and home and home.locale.language_code == settings.LANGUAGE_CODE:
        return _links([block.value for block in configured])
    return [{"title": page.title, "url": page.url, "path": page.path} for page in menu_pages(home)]


@register.simple_tag(takes_context=True)
def main_sections(context):
    """The links of the main menu, for a page that lists them in its body (the 404 page)."""
    return main_menu(context)["links"]


def stream_links(stream) -> list[dict]:
    """The links a stream of link blocks gives readers: a proposed menu's preview (subsites/settings_proposals.py)."""
    return _links([block.value for block in stream])


def _links(values):
    """The configured links, without those to pages no longer live or public."""
    shown = {page.pk for page in public_pages(value.get("page") for value in values)}
    return [_link(value) for value in values if not value.get("page") or value["page"].pk in shown]


def _link(value):
    page = value.get("page")
    if page:
        return {"title": value["title"], "url": page.url, "path": page.path}
    return {"title": value["title"], "url": value["url"], "path": ""}


def _menu_state(item_path: str, current_path: str) -> str:
    """ "page" when the link is the current page, "ancestor" when the current page is below it."""
    if current_path == item_path:
        return "page"
    return "ancestor" if current_path.startswith(item_path) else ""


@register.simple_tag(takes_context=True)
def footer_links(context):
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return []
    return remembered(f"footer-links:{site.pk}", lambda: _links([block.value for block in SiteNavigation.for_site(site).footer_links]))


@register.tag
def remembered_fragment(parser, token):
    """`{% remembered_fragment "name" page.pk %}…{% end_remembered_fragment %}`: the part of a page that reads many
    other pages (a home page's blocks of latest items, pictures, services), rendered once until the next change of
    public content (issue 16), per host and language since its links are relative to the site. Never for a preview."""
    name, *varies = [parser.compile_filter(bit) for bit in token.split_contents()[1:]]
    nodelist = parser.parse(("end_remembered_fragment",))
    parser.delete_first_token()
    return RememberedFragmentNode(nodelist, name, varies)


class RememberedFragmentNode(template.Node):
    def __init__(self, nodelist, name, varies):
        self.nodelist, self.name, self.varies = nodelist, name, varies

    def render(self, context):
        request = context.get("request")
        if request is None or getattr(request, "is_preview", False):
            return self.nodelist.render(context)
        parts = [self.name.resolve(context), request.get_host(), get_language()] + [v.resolve(context) for v in self.varies]
        return mark_safe(remembered("fragment:" + ":".join(map(str, parts)), lambda: self.nodelist.render(context)))


def live_navigation(site: Site) -> dict:
    """What readers of `site` see now in its main menu and footer links (the settings screen shows it, issue 18):
    the configured menu, or — when none is configured — the home page's children marked "show in menus"."""
    navigation = SiteNavigation.for_site(site)
    default = [{"title": page.title, "url": page.url, "state": ""} for page in menu_pages(site.root_page)]
    configured = _links([block.value for block in navigation.main_menu])
    return {
        "menu_is_default": not navigation.main_menu,
        "menu": configured if navigation.main_menu else default,
        "footer": _links([block.value for block in navigation.footer_links]),
    }

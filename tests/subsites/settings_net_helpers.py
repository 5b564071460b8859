"""Helpers of tests/subsites/test_settings_net.py: the navigation form's data, its audit entries, the menu as saved and
as a reader gets it."""

from wagtail.models import ModelLogEntry
from wagtail.test.utils.form_data import nested_form_data, streamfield

from home.models import SiteNavigation
from subsites.settings_proposals import SETTINGS_CHANGED


def navigation(menu=(), footer=(), reason=""):
    data = nested_form_data(
        {
            "main_menu": streamfield([("link", {"title": title, "page": "", "url": url}) for title, url in menu]),
            "footer_links": streamfield([("link", {"title": title, "page": "", "url": url}) for title, url in footer]),
        }
    )
    return {**data, "reason": reason}


def entries(setting):
    return list(ModelLogEntry.objects.for_instance(setting).filter(action=SETTINGS_CHANGED).order_by("pk"))


def menu_titles(site):
    return [block.value["title"] for block in SiteNavigation.objects.get(site=site).main_menu]


def public_menu(reader, site):
    """The main menu of the site's home page as an anonymous reader gets it (from the page cache when it holds it)."""
    response = reader.get("/", HTTP_HOST=site.hostname)
    return response, response.text.split('class="main-nav"', 1)[1].split("</nav>", 1)[0]

"""The site of a host name, the site of a page and the locale of a language from the cache (issue 16): Wagtail looks
them up in the database on every request (the locale twice on most pages, the site's home page in its specific form
twice, a page's site three times on an editor's dashboard), and they change only when an administrator edits a site
or a locale, which retires the cached copies (home/page_cache)."""

from wagtail.models import Page, Site, i18n, sites

from home.page_cache.generation import remembered

_site_for_hostname = sites.get_site_for_hostname
_locale_for_language = i18n.LocaleManager.get_for_language


def site_for_hostname(hostname, port):
    return remembered(f"site:{hostname}:{port}", lambda: with_specific_root(_site_for_hostname(hostname, port)))


def with_specific_root(site):
    """The site with its home page in its specific form: routing and the header ask for it on every request."""
    if site is not None and site.root_page_id:
        site.root_page = site.root_page.specific
    return site


def locale_for_language(manager, language_code):
    return remembered(f"locale:{language_code}", lambda: _locale_for_language(manager, language_code))


def site_of_page(page):
    """`Page.get_site()`: Wagtail finds the site's id in its cached root paths, then reads the site from the database,
    three times on an editor's dashboard (its summary, images, documents)."""
    url_parts = page.get_url_parts()
    if url_parts is None:
        return None  # not routable
    site_id = url_parts[0]
    return remembered(f"site-by-id:{site_id}", lambda: Site.objects.get(id=site_id))


def install() -> None:
    sites.get_site_for_hostname = site_for_hostname
    i18n.LocaleManager.get_for_language = locale_for_language
    Page.get_site = site_of_page

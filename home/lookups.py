"""The site of a host name and the locale of a language from the cache (issue 16): Wagtail looks both up in the
database on every request (the locale twice on most pages, the site's home page in its specific form twice), and
they change only when an administrator edits a
site or a locale, which retires the cached copies (home/page_cache)."""

from wagtail.models import i18n, sites

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


def install() -> None:
    sites.get_site_for_hostname = site_for_hostname
    i18n.LocaleManager.get_for_language = locale_for_language

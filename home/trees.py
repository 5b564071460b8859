"""Site scope: which site a page belongs to (R-SITE-1, R-SITE-2) — the one place that answers it.

A site is the tree of pages under its home page; the home page's translations (the English edition under /en/) root
trees of the same site. Wagtail's `Site` knows only the Vietnamese root, so every question "which site, which trees"
goes through here: audit entries by site, the editorial report, search scopes and hits, and who can do what where.
Lives in `home` (the site's home pages) rather than `subsites`, so that `accounts`, which `subsites` builds on, can use it."""

from django.db.models import Q
from wagtail.models import Locale, Page, Site


def site_roots(site: Site) -> list[Page]:
    """The site's home page and its translations: every tree of the site."""
    root = site.root_page
    return [root, *root.get_translations()]


def root_in(site: Site, locale: Locale) -> Page | None:
    """The site's home page in `locale`, if the site has a tree in that language."""
    root = site.root_page
    return root if root.locale_id == locale.pk else root.get_translation_or_none(locale)


def within(roots: list[Page], path_field: str = "path") -> Q:
    """Pages in any of the trees: a filter on Page (or, with `path_field="page__path"`, on what points to a page)."""
    condition = Q(pk__in=[])
    for root in roots:
        condition |= Q(**{f"{path_field}__startswith": root.path})
    return condition


def within_sites(site_ids, url_path_field: str = "url_path") -> Q:
    """Pages in any tree of these sites, from Wagtail's cached root paths of every site in every language (no query
    once cached): a page's URL path begins with its tree's root's, which ends with "/"."""
    condition = Q(pk__in=[])
    for root in Site.get_site_root_paths():
        if root.site_id in site_ids:
            condition |= Q(**{f"{url_path_field}__startswith": root.root_path})
    return condition


class SiteIndex:
    """The site of many pages at once, from Wagtail's cached list of every site's roots in every language (no query
    once cached): a page belongs to the site whose root's URL path begins its own."""

    def __init__(self):
        self.roots = sorted(Site.get_site_root_paths(), key=lambda root: len(root.root_path), reverse=True)

    def site_id_of(self, page_or_url_path) -> int | None:
        url_path = page_or_url_path if isinstance(page_or_url_path, str) else page_or_url_path.url_path
        return next((root.site_id for root in self.roots if url_path.startswith(root.root_path)), None)

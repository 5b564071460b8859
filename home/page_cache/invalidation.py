"""What retires the cached pages (issue 16): any saved or deleted object that a public page can show. Publishing,
unpublishing, a takedown and its restoration, a correction, a move, a deletion, a translation going live (all of
them save or delete a page or one of its parts), site settings and menus, a site switched on or off, images and
documents, redirects, tracking hosts.

What cannot change a public page does not: drafts (a page saved with only its draft bookkeeping), revisions,
workflow and review records, logs, sessions, search statistics, renditions made while rendering.

The new generation is taken at once and again when the transaction commits: a reader who rendered the page between
the two, from data not yet committed, stored it under the generation the commit then retires.

With a CDN in front (WAGTAILFRONTENDCACHE, production settings), a changed page is also purged there: its addresses,
its sections' listings and feeds up to the home page, the home pages of its site in every language and what lists a
whole tree (the sitemaps: subsites registers them in `TREE_LISTINGS`, being an app above this one). The CDN keeps
other pages (another site's home showing it, say) for at most the s-maxage of PAGE_CACHE_CONTROL."""

import logging
from collections.abc import Callable

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.models import Page
from wagtail.signals import post_page_move

from home.page_cache.generation import new_generation
from home.trees import site_roots

logger = logging.getLogger(__name__)

# For a site's tree (its home page in one language): the addresses of what lists the whole tree, registered by the app
# that serves them (subsites.apps: the sitemap index and its pages).
TREE_LISTINGS: list[Callable[[Page], list[str]]] = []

CONTENT_APPS = {
    "home",
    "news",
    "documents",
    "qa",
    "subsites",
    "defence",
    "consultations",
    "taggit",
    "wagtailimages",
    "wagtaildocs",
    "wagtailredirects",
}
CONTENT_MODELS = {
    "editorial.takedown",
    "wagtailcore.page",
    "wagtailcore.site",
    "wagtailcore.locale",
    "wagtailcore.pageviewrestriction",
    "wagtailcore.collectionviewrestriction",
    "wagtailcore.collection",
    "wagtailsearchpromotions.searchpromotion",
}
# A proposed change of a site's menus shows nowhere until it is approved, which saves the setting itself.
NOT_CONTENT_MODELS = {"wagtailimages.rendition", "subsites.settingsproposal"}
# What Wagtail saves on a page for a draft, a lock or a workflow step: the live page does not change.
DRAFT_FIELDS = {
    "draft_title",
    "latest_revision",
    "latest_revision_created_at",
    "has_unpublished_changes",
    "locked",
    "locked_at",
    "locked_by",
    "wagtail_admin_comments",
}


def shows_publicly(sender, instance, update_fields=None) -> bool:
    label = sender._meta.label_lower
    is_page = issubclass(sender, Page)
    if label in NOT_CONTENT_MODELS or not (sender._meta.app_label in CONTENT_APPS or label in CONTENT_MODELS or is_page):
        return False
    # A home page's draft does: the sites cached with their home pages (home/lookups.py) are the admin's too.
    draft_only = is_page and update_fields and set(update_fields) <= DRAFT_FIELDS and instance.depth > 2
    return not draft_only


def retire_cached_pages(instance=None) -> None:
    new_generation()
    pages = [instance] if isinstance(instance, Page) else []
    transaction.on_commit(lambda: (new_generation(), purge_cdn(pages)))


def on_save(sender, instance, created=False, update_fields=None, raw=False, **kwargs):
    # Settings are created with their defaults the first time a page reads them: what that page already showed.
    made_on_first_read = created and issubclass(sender, BaseSiteSetting | BaseGenericSetting)
    if not raw and not made_on_first_read and shows_publicly(sender, instance, update_fields):
        retire_cached_pages(instance)


def on_delete(sender, instance, **kwargs):
    if shows_publicly(sender, instance):
        retire_cached_pages(instance)


def on_move(sender, instance, url_path_before="", **kwargs):
    retire_cached_pages(instance)


def purge_cdn(pages) -> None:
    """Purge the changed pages and what lists them from the CDN, when there is one; a purge that fails is logged,
    never an error for the editor (the CDN drops the pages after s-maxage anyway)."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None) or not pages:
        return
    try:
        batch = PurgeBatch()
        for page in pages:
            batch.add_page(page)  # a deleted page still knows its address
            for listing in Page.objects.ancestor_of(page).filter(depth__gt=1).specific(defer=True):
                batch.add_page(listing)
                if getattr(listing, "has_feeds", False) and (url := listing.get_full_url()):
                    batch.add_urls([f"{url}rss/", f"{url}atom/"])
            site = page.get_site()
            for root in site_roots(site) if site else []:
                if url := root.get_full_url():
                    batch.add_urls([url, *(address for listing in TREE_LISTINGS for address in listing(root))])
        batch.purge()
    except Exception:
        logger.exception("CDN purge failed")


def connect() -> None:
    post_save.connect(on_save, dispatch_uid="page-cache-save")
    post_delete.connect(on_delete, dispatch_uid="page-cache-delete")
    post_page_move.connect(on_move, dispatch_uid="page-cache-move")

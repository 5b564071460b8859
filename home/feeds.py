"""RSS 2.0 and Atom feeds of a site and of each section (R-SHARE-1, Art 19.2): `<page>/rss/` and `<page>/atom/`."""

import datetime

from django.contrib.syndication.views import Feed
from django.db.models import prefetch_related_objects
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Site

FEED_ITEMS = 30


class ItemsFeed(Feed):
    feed_type = Rss201rev2Feed

    def get_object(self, request, page):
        self.request = request
        return page

    def title(self, page):
        site = Site.find_for_request(self.request)
        return page.title if page.depth <= 2 else f"{page.title} — {site.site_name if site else ''}"

    def link(self, page):
        return page.full_url

    def description(self, page):
        return page.search_description or page.title

    def items(self, page):
        items = list(page.listed_items()[:FEED_ITEMS])
        prefetch_related_objects([item for item in items if hasattr(item, "corrections")], "corrections")
        return items

    def item_title(self, item):
        return item.title

    def item_link(self, item):
        return item.full_url

    def item_description(self, item):
        """A corrected article says so first, with the date of each correction (R-FLOW-5)."""
        corrections = item.corrections.all() if hasattr(item, "corrections") else []
        notes = [
            _("Cải chính ngày %(date)s: %(note)s") % {"date": date_format(correction.date, "SHORT_DATE_FORMAT"), "note": correction.note}
            for correction in corrections
        ]
        return "\n".join([*notes, item.teaser_text])

    def item_pubdate(self, item):
        """A listing whose items carry a date only (a Q&A page's day answered): midnight of that day, local time."""
        value = item.display_date
        if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
            value = datetime.datetime.combine(value, datetime.time(), timezone.get_current_timezone())
        return value

    def item_updateddate(self, item):
        return item.last_published_at

    def item_author_name(self, item):
        return getattr(item, "author", "") or getattr(item, "source", "") or None

    def item_guid(self, item):
        return item.full_url


class AtomItemsFeed(ItemsFeed):
    feed_type = Atom1Feed
    subtitle = ItemsFeed.description


class FeedsMixin(RoutablePageMixin):
    """Gives a listing page its RSS and Atom feeds, linked from its <head>."""

    has_feeds = True

    @path("rss/", name="rss")
    def rss(self, request):
        return ItemsFeed()(request, page=self)

    @path("atom/", name="atom")
    def atom(self, request):
        return AtomItemsFeed()(request, page=self)

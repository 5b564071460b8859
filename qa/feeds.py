"""RSS and Atom feeds of the Q&A listing per field (R-CONT-5, R-SHARE-1): `<listing>/linh-vuc/<field>/rss/` and
`.../atom/`, beside the listing's own (home.feeds)."""

from django.http import Http404
from django.utils.translation import gettext as _

from home.feeds import FEED_ITEMS, AtomItemsFeed, ItemsFeed
from home.models import SubjectArea


class FieldFeed(ItemsFeed):
    def get_object(self, request, page, area_slug):
        self.area = SubjectArea.objects.filter(slug=area_slug).first()
        if self.area is None:
            raise Http404
        return super().get_object(request, page)

    def title(self, page):
        return _("%(listing)s — lĩnh vực %(field)s") % {"listing": super().title(page), "field": self.area.name}

    def link(self, page):
        return f"{page.full_url}?linh_vuc={self.area.slug}"

    def items(self, page):
        return list(page.listed_items().filter(subject_area=self.area)[:FEED_ITEMS])


class AtomFieldFeed(FieldFeed):
    feed_type = AtomItemsFeed.feed_type
    subtitle = ItemsFeed.description

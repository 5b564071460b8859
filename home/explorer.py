"""The page explorer at scale (issue 16): a month folder of 1,000 articles lists in the same number of queries as one
of 20. Wagtail's listing reads the rows' workflow states, locales and sites in a few queries; three of its row buttons
still asked the database once per row:

- "Move" and "Delete", for an editor without the right to publish: whether anything live would leave the site
  (`PagePermissionTester.can_delete` asks `get_descendants(inclusive=True).live().exists()`, once for each button);
- wagtail-localize's "Translate this page" and "Sync translated pages": whether a language still lacks the page, and
  the page's translation source with a translation enabled.

The explorer's own query answers all three for every row (hook `construct_explorer_page_queryset`, `annotate`); our
pages' permission tester (home.explorer_permissions) and the translation buttons (`translation_buttons`, installed in
place of wagtail-localize's hook) read the answers when the page came from that query; otherwise the tester asks as
Wagtail does, and the buttons ask in one query (a page's header, a search).

An archive folder's explorer (`FolderIndexView`, news.wagtail_hooks) also leaves out what a folder of one type of
item, one language and one site does not need: the filters by page type, site and language, the type column and the
parent column (whose values Wagtail reads in a query of their own even when the column is not shown); and it reads
the choices of its owner and editor filters per user, not from every page and log entry."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db.models import BooleanField, Case, Exists, F, OuterRef, Subquery, When
from django.forms import CheckboxSelectMultiple
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.filters import MultipleUserFilter
from wagtail.admin.views.pages.listing import EditedByFilter, ExplorableIndexView, PageFilterSet
from wagtail.admin.widgets.button import Button
from wagtail.models import Locale, Page, PageLogEntry
from wagtail_localize import wagtail_hooks as localize_hooks  # registers wagtail-localize's hooks, replaced by install()
from wagtail_localize.models import TranslationSource

from home.explorer_permissions import LIVE_IN_SUBTREE

MISSING_LOCALE = "_has_locale_to_translate_to"
# wagtail-localize's own labels, translated by its catalogue and admin_translations: passed to gettext as names, so
# that extracting our strings (tests/test_translations.py) does not take them for ours.
TRANSLATE_LABEL, SYNC_LABEL = "Translate this page", "Sync translated pages"
SOURCE = "_translation_source_with_translations"


def annotate(pages):
    """The explorer's rows with the answers their buttons need (a leaf answers from its own `live`, without a
    subquery; a folder with a subquery on its subtree)."""
    live_in_subtree = Case(
        When(numchild=0, then=F("live")),
        default=Exists(Page.objects.filter(path__startswith=OuterRef("path"), depth__gte=OuterRef("depth"), live=True)),
        output_field=BooleanField(),
    )
    return pages.annotate(**{LIVE_IN_SUBTREE: live_in_subtree}, **translation_state())


def translation_state() -> dict:
    """What wagtail-localize's buttons ask of a page, as annotations: whether a language lacks it (aliases do not
    count), and its translation source with a translation enabled."""
    return {
        MISSING_LOCALE: Exists(
            Locale.objects.exclude(
                id__in=Page.objects.filter(translation_key=OuterRef(OuterRef("translation_key")), alias_of__isnull=True).values("locale_id")
            )
        ),
        SOURCE: Subquery(
            TranslationSource.objects.filter(
                object_id=OuterRef("translation_key"),
                object__content_type=ContentType.objects.get_for_model(Page),
                locale_id=OuterRef("locale_id"),
                translations__enabled=True,
            ).values("pk")[:1]
        ),
    }


@hooks.register("construct_explorer_page_queryset")
def annotate_explorer_rows(parent_page, pages, request):
    return annotate(pages)


def translation_buttons(page, user, view_name=None, next_url=None):
    """wagtail-localize's buttons ("Translate this page", "Sync translated pages") on a row and in a page's header:
    the same buttons, from the explorer's row, or for a single page in one query (wagtail-localize's hook asks two or
    three)."""
    if page.is_root() or not user.has_perm("wagtail_localize.submit_translation"):
        return
    if hasattr(page, SOURCE):
        missing_locale, source_id = getattr(page, MISSING_LOCALE), getattr(page, SOURCE)
    else:
        missing_locale, source_id = (
            Page.objects.filter(pk=page.pk).annotate(**translation_state()).values_list(MISSING_LOCALE, SOURCE).get()
        )
    if missing_locale:
        url = reverse("wagtail_localize:submit_page_translation", args=[page.alias_of_id or page.id])
        yield Button(_(TRANSLATE_LABEL), url, priority=60, icon_name="wagtail-localize-language")
    if source_id:
        url = reverse("wagtail_localize:update_translations", args=[source_id])
        if next_url is not None:
            url += "?" + urlencode({"next": next_url})
        yield Button(_(SYNC_LABEL), url, priority=60, icon_name="resubmit")


def install() -> None:
    """Puts `translation_buttons` where wagtail-localize registered its hook, for rows and for headers. Wagtail has
    no way to unregister a hook; its registry is a list per hook name."""
    for name in ("register_page_listing_more_buttons", "register_page_header_buttons"):
        entries = hooks._hooks[name]
        entries[:] = [(translation_buttons if fn is localize_hooks.page_listing_more_buttons else fn, order) for fn, order in entries]


def users_who(**condition):
    """Users with at least one row matching `condition` (`owned_pages`, …): one index probe per user. Wagtail's choices
    (`pk__in` the distinct owners of every page) read the whole page table on each visit: 100,000 rows at scale."""
    return lambda request: get_user_model().objects.filter(Exists(condition["rows"].filter(**{condition["by"]: OuterRef("pk")})))


class FolderFilterSet(PageFilterSet):
    """Wagtail's filters of the explorer, without those that would offer a single choice in a folder, and with the same
    choices of owners and editors read without scanning every page and every log entry."""

    site = None
    owner = MultipleUserFilter(
        label=PageFilterSet.base_filters["owner"].label,
        queryset=users_who(rows=Page.objects.all(), by="owner"),
        widget=CheckboxSelectMultiple,
    )
    edited_by = EditedByFilter(
        label=PageFilterSet.base_filters["edited_by"].label,
        queryset=users_who(rows=PageLogEntry.objects.filter(action="wagtail.edit"), by="user"),
        widget=CheckboxSelectMultiple,
    )

    def _add_locale_filter(self):
        pass  # a folder's items are in its language


class FolderIndexView(ExplorableIndexView):
    base_filterset_class = FolderFilterSet

    def annotate_queryset(self, pages):
        """Wagtail's, without two prefetches a folder's rows do not need: their content types (Django's cache of
        content types answers `specific_class`) and the sites rooted at them (an item in a folder roots none)."""
        pages = pages.defer_streamfields().specific()
        if getattr(settings, "WAGTAIL_WORKFLOW_ENABLED", True):
            pages = pages.prefetch_workflow_states()
        if self.i18n_enabled:
            pages = pages.prefetch_related("locale").annotate_has_untranslated_locale()
        return pages.annotate_site_root_state().annotate_approved_schedule()


# A folder holds one type of item (a month its articles, a year its months): its rows' type would say the same 50 times.
FOLDER_COLUMNS = [column for column in ExplorableIndexView.base_columns if column.name not in ("parent", "type")]

"""The private sections, read once per change instead of once per listing (issue 16): Wagtail's `.public()` reads
every view restriction each time it is called (five times on an article: menus, related items, language links), and
serving a page reads them again with its ancestors' aliases (two queries), although they change only when an editor
restricts or opens a section, which retires the cached lists (home/page_cache)."""

from django.db.models import Q
from wagtail.models import Page, PageViewRestriction
from wagtail.query import PageQuerySet

from home.page_cache.generation import remembered


def private_section_paths() -> list[str]:
    return remembered("private-sections", lambda: list(PageViewRestriction.objects.values_list("page__path", flat=True)))


def private_q(queryset) -> Q:
    """Pages in a private section, the section included (what Wagtail's own `private_q` matches)."""
    condition = Q()
    for path in private_section_paths():
        condition |= Q(path__startswith=path)
    return condition if condition else Q(pk__in=[])


def aliases_of_private_paths() -> list[str]:
    """Alias pages whose source is in a private section: Wagtail applies the source's restrictions to them and to the
    pages below them (wagtail-localize makes such aliases for the structure of a translated tree)."""

    def compute():
        condition = Q()
        for path in private_section_paths():
            condition |= Q(alias_of__path__startswith=path)
        return list(Page.objects.filter(condition).values_list("path", flat=True)) if condition else []

    return remembered("aliases-of-private-sections", compute)


_wagtail_view_restrictions = Page.get_view_restrictions


def get_view_restrictions(page):
    """Wagtail's answer, without a query for a page outside every private section (most pages of a public portal)."""
    paths = private_section_paths() + aliases_of_private_paths()
    if page.alias_of_id is None and not any(page.path.startswith(path) for path in paths):
        return PageViewRestriction.objects.none()
    return _wagtail_view_restrictions(page)


def install() -> None:
    PageQuerySet.private_q = private_q
    Page.get_view_restrictions = get_view_restrictions

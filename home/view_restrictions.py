"""The private sections, read once per change instead of once per listing (issue 16): Wagtail's `.public()` reads
every view restriction each time it is called (five times on an article: menus, related items, language links), and
they change only when an editor restricts or opens a section, which retires the cached list (home/page_cache)."""

from django.db.models import Q
from wagtail.models import PageViewRestriction
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


def install() -> None:
    PageQuerySet.private_q = private_q

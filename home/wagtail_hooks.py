from django.contrib import messages
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.models import SubjectArea
from home.slugs import SLUG_GIVEN_UP


class SubjectAreaViewSet(SnippetViewSet):
    """Fields (lĩnh vực) are kept by the Chief Editor: articles, documents and Board members refer to them."""

    model = SubjectArea
    icon = "tag"
    menu_label = _("Lĩnh vực")
    list_display = ["name", "name_en", "slug"]
    search_fields = ["name", "name_en"]


register_snippet(SubjectAreaViewSet)


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def tell_about_a_given_up_slug(request, page):
    """The note that goes with an address made unique by the page form (home/slugs.py)."""
    if taken := getattr(page, "given_up_slug", ""):
        messages.warning(request, SLUG_GIVEN_UP % {"taken": taken, "title": page.title, "slug": page.slug})


# Wagtail's help menu offers "What's new in Wagtail 7.4" and its "Editor Guide" on guide.wagtail.org: English, about
# Wagtail, not the portal's editorial rules (issue 18). The keyboard shortcuts stay.
WAGTAIL_GUIDES = ("whats-new-in-wagtail-", "editor-guide")


@hooks.register("construct_help_menu")
def without_wagtail_guides(request, menu_items):
    menu_items[:] = [item for item in menu_items if not item.name.startswith(WAGTAIL_GUIDES)]

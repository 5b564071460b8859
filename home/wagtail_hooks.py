from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.models import SubjectArea


class SubjectAreaViewSet(SnippetViewSet):
    """Fields (lĩnh vực) are kept by the Chief Editor: articles, documents and Board members refer to them."""

    model = SubjectArea
    icon = "tag"
    menu_label = _("Lĩnh vực")
    list_display = ["name", "name_en", "slug"]
    search_fields = ["name", "name_en"]


register_snippet(SubjectAreaViewSet)

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from editorial.models import BoardMember


class BoardMemberViewSet(SnippetViewSet):
    """Board members and their fields are data (R-FLOW-2): the Chief Editor changes them in the admin."""

    model = BoardMember
    icon = "user"
    menu_label = _("Thành viên Ban Biên tập")
    list_display = ["__str__"]


register_snippet(BoardMemberViewSet)

from django.conf import settings
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from editorial.models import BoardMember, CalendarException
from editorial.translations import can_submit
from editorial.views import submit_translation


class BoardMemberViewSet(SnippetViewSet):
    """Board members and their fields are data (R-FLOW-2): the Chief Editor changes them in the admin."""

    model = BoardMember
    icon = "user"
    menu_label = _("Thành viên Ban Biên tập")
    list_display = ["__str__"]


register_snippet(BoardMemberViewSet)


@hooks.register("register_admin_urls")
def register_translation_urls():
    return [path("translations/<int:page_id>/submit/", submit_translation, name="submit_translation_for_approval")]


def _submit_button(page, user, next_url=None):
    if page.locale.language_code != settings.LANGUAGE_CODE and can_submit(page, user):
        yield Button(
            _("Gửi duyệt bản dịch"),
            reverse("submit_translation_for_approval", args=[page.pk]),
            icon_name="resubmit",
            priority=5,
        )


@hooks.register("register_page_listing_more_buttons")
def translation_submit_listing_button(page, user, view_name=None, next_url=None):
    yield from _submit_button(page, user, next_url)


@hooks.register("register_page_header_buttons")
def translation_submit_header_button(page, user, view_name=None, next_url=None):
    yield from _submit_button(page, user, next_url)


class CalendarExceptionViewSet(SnippetViewSet):
    """Days off and make-up working days, added by administrators each year (R-FLOW-3)."""

    model = CalendarException
    icon = "date"
    menu_label = _("Lịch ngày nghỉ, làm bù")
    list_display = ["date", "is_working_day", "note"]


register_snippet(CalendarExceptionViewSet)

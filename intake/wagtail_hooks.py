"""The register in the admin: its URLs, its menu item (for those who have entries to see), the Standing Board's
dashboard panel (new entries, unanswered completion requests) and the focal points of units as snippets."""

from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from intake import admin_views, exports
from intake.access import is_register_keeper, may_open_register
from intake.models import Entry, FocalPoint, State


@hooks.register("register_admin_urls")
def register_intake_urls():
    return [
        path("intake/", admin_views.index, name="intake_index"),
        path("intake/van-ban-giay/", admin_views.letter, name="intake_letter"),
        path("intake/xuat/", exports.export, name="intake_export"),
        path("intake/thong-ke/", exports.counts, name="intake_counts"),
        path("intake/<int:entry_id>/", admin_views.entry_view, name="intake_entry"),
        path("intake/<int:entry_id>/quyet-dinh/", admin_views.decide, name="intake_decide"),
        path("intake/<int:entry_id>/tep/<int:attachment_id>/", admin_views.attachment, name="intake_attachment"),
    ]


class RegisterMenuItem(MenuItem):
    def is_shown(self, request):
        return may_open_register(request.user)


@hooks.register("register_admin_menu_item")
def register_intake_menu_item():
    return RegisterMenuItem(_("Tiếp nhận thông tin"), reverse("intake_index"), icon_name="mail", order=250)


class RegisterPanel(Component):
    """On the Standing Board's dashboard: what waits for a decision, and completion requests gone unanswered."""

    name = "intake_register"
    order = 90
    template_name = "intake/admin/panel.html"

    def get_context_data(self, parent_context):
        open_entries = Entry.objects.filter(state__in=[State.RECEIVED, State.COMPLETED])
        unanswered = Entry.objects.filter(state=State.AWAITING_COMPLETION, completion_due_at__lt=timezone.now())
        return {
            "open_count": open_entries.count(),
            "late_count": open_entries.filter(is_late=True).count(),
            "unanswered": list(unanswered[:10]),
        }


@hooks.register("construct_homepage_panels")
def intake_dashboard_panel(request, panels):
    if is_register_keeper(request.user):
        panels.append(RegisterPanel())


class FocalPointViewSet(SnippetViewSet):
    model = FocalPoint
    icon = "user"
    menu_label = _("Đầu mối của đơn vị")
    list_display = ["unit", "user"]


register_snippet(FocalPointViewSet)

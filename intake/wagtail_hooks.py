"""The register in the admin: its URLs, its menu item (for those who have entries to see), the Standing Board's
dashboard panel (new entries, unanswered completion requests) and the focal points of units as snippets."""

from django.contrib import messages
from django.db.models import Count, Q
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.timezone import localtime
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from editorial.focal_points import FOCAL_POINTS_HOOK
from intake import admin_views, exports
from intake.access import is_register_keeper, may_open_register, visible_entries
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
        counts = Entry.objects.filter(state__in=[State.RECEIVED, State.COMPLETED]).aggregate(
            open_count=Count("pk"), late_count=Count("pk", filter=Q(is_late=True))
        )
        unanswered = Entry.objects.filter(state=State.AWAITING_COMPLETION, completion_due_at__lt=timezone.now())
        return {**counts, "unanswered": list(unanswered[:10])}


@hooks.register("construct_homepage_panels")
def intake_dashboard_panel(request, panels):
    if is_register_keeper(request.user):
        panels.append(RegisterPanel())


@hooks.register("before_edit_page")
def show_where_the_item_came_from(request, page):
    """The other way of the link (R-IN-5): an item made from information sent to the portal says so in its editor,
    with the time it was received (Art 13 counts from it) and, for those who may open it, a link to the entry."""
    entry = Entry.objects.filter(page=page).order_by("received_at").first()
    if entry is None or request.method != "GET":
        return
    text = _("Tin bài được tạo từ thông tin số %(number)s, tiếp nhận lúc %(time)s; hạn đăng tải tính từ lúc tiếp nhận (Điều 13).") % {
        "number": entry.pk,
        "time": date_format(localtime(entry.received_at), "H:i d/m/Y"),
    }
    if visible_entries(request.user).filter(pk=entry.pk).exists():
        text = format_html('{} <a href="{}">{}</a>', text, reverse("intake_entry", args=[entry.pk]), _("Xem trong sổ tiếp nhận"))
    messages.info(request, text)


class FocalPointViewSet(SnippetViewSet):
    model = FocalPoint
    icon = "user"
    menu_label = _("Đầu mối của đơn vị")
    list_display = ["unit", "user"]


register_snippet(FocalPointViewSet)


@hooks.register(FOCAL_POINTS_HOOK)
def focal_points_register():
    """The register of focal points, for the layers below that ask who answers for a unit (editorial's review requests,
    Art 15.4): rows of unit_id, user_id."""
    return FocalPoint.objects.filter(user__is_active=True).values("unit_id", "user_id")

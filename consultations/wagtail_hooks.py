"""Consultations in the admin: the moderation screens and their menu item (for those who moderate some draft's
comments), and the audit log's actions of moderation."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from consultations import admin_views, moderation
from consultations.access import may_moderate


@hooks.register("register_admin_urls")
def register_consultation_urls():
    return [
        path("consultations/", admin_views.index, name="consultations_index"),
        path("consultations/<int:comment_id>/", admin_views.detail, name="consultations_comment"),
        path("consultations/<int:comment_id>/kiem-duyet/", admin_views.act, name="consultations_moderate"),
        path("consultations/<int:comment_id>/tep/", admin_views.attachment, name="consultations_attachment"),
    ]


class ModerationMenuItem(MenuItem):
    def is_shown(self, request):
        return may_moderate(request.user)


@hooks.register("register_admin_menu_item")
def register_consultation_menu_item():
    return ModerationMenuItem(_("Góp ý dự thảo"), reverse("consultations_index"), icon_name="comment", order=265)


@hooks.register("register_log_actions")
def register_consultation_log_actions(actions):
    actions.register_action(moderation.PUBLISHED, _("Đăng góp ý dự thảo"), _("Đăng góp ý dự thảo"))
    actions.register_action(moderation.HIDDEN, _("Không đăng góp ý dự thảo"), _("Không đăng góp ý dự thảo"))
    actions.register_action(moderation.DUPLICATE, _("Đánh dấu góp ý trùng lặp"), _("Đánh dấu góp ý trùng lặp"))

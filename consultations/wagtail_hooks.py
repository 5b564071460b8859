"""Consultations in the admin: the moderation screens and their menu item (for those who moderate some draft's
comments), and the audit log's actions of moderation."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from consultations import admin_views, disposing, disposition_views, moderation, retention
from consultations.access import may_moderate


@hooks.register("register_admin_urls")
def register_consultation_urls():
    return [
        path("consultations/", admin_views.index, name="consultations_index"),
        path("consultations/<int:comment_id>/", admin_views.detail, name="consultations_comment"),
        path("consultations/<int:comment_id>/kiem-duyet/", admin_views.act, name="consultations_moderate"),
        path("consultations/<int:comment_id>/tep/", admin_views.attachment, name="consultations_attachment"),
        path("consultations/<int:comment_id>/giai-trinh/", disposition_views.dispose, name="consultations_dispose"),
        path("consultations/du-thao/<int:page_id>/", disposition_views.screen, name="consultations_dispositions"),
        path("consultations/du-thao/<int:page_id>/gui-duyet/", disposition_views.submit, name="consultations_submit"),
        path("consultations/du-thao/<int:page_id>/duyet/", disposition_views.decide, name="consultations_decide"),
        path("consultations/du-thao/<int:page_id>/bao-cao.<str:extension>", disposition_views.report_file, name="consultations_report"),
        path("consultations/du-thao/<int:page_id>/du-thao-chinh-ly.docx", disposition_views.revised_draft, name="consultations_revised"),
        path("consultations/du-thao/<int:page_id>/gop-y.<str:extension>", disposition_views.comments_export, name="consultations_export"),
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
    actions.register_action(disposing.DISPOSED, _("Giải trình, tiếp thu góp ý"), _("Giải trình, tiếp thu góp ý"))
    actions.register_action(disposing.SUBMITTED, _("Gửi duyệt bản giải trình, tiếp thu"), _("Gửi duyệt bản giải trình, tiếp thu"))
    actions.register_action(
        disposing.APPROVED, _("Duyệt, công bố báo cáo tiếp thu, giải trình"), _("Duyệt, công bố báo cáo tiếp thu, giải trình")
    )
    actions.register_action(disposing.RETURNED, _("Trả lại bản giải trình, tiếp thu"), _("Trả lại bản giải trình, tiếp thu"))
    actions.register_action(retention.ERASED, _("Xoá dữ liệu cá nhân của người góp ý"), _("Xoá dữ liệu cá nhân của người góp ý"))

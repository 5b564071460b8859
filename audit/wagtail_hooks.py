from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.log_actions import LogFormatter

from accounts.logins import ACCOUNT_DELETED, LOGIN, LOGIN_FAILED, LOGOUT
from audit.views import AuditReportView, may_read_audit_log


@hooks.register("register_admin_urls")
def register_audit_urls():
    return [
        path("reports/audit/", AuditReportView.as_view(), name="audit_report"),
        path("reports/audit/results/", AuditReportView.as_view(results_only=True), name="audit_report_results"),
    ]


class AuditMenuItem(MenuItem):
    def is_shown(self, request):
        return may_read_audit_log(request.user)


@hooks.register("register_reports_menu_item")
def register_audit_menu_item():
    return AuditMenuItem(_("Nhật ký kiểm tra"), reverse("audit_report"), icon_name="history", order=950)


@hooks.register("register_log_actions")
def register_login_actions(actions):
    @actions.register_action(LOGIN)
    class Login(LogFormatter):
        label = _("Đăng nhập")

        def format_message(self, log_entry):
            return _("Đăng nhập từ %(ip)s") % {"ip": log_entry.data.get("ip") or "?"}

    @actions.register_action(LOGIN_FAILED)
    class LoginFailed(LogFormatter):
        label = _("Đăng nhập thất bại")

        def format_message(self, log_entry):
            data = log_entry.data
            names = "”, “".join(data.get("usernames") or [data.get("username", "")])
            message = _("Đăng nhập thất bại với tên đăng nhập “%(username)s” từ %(ip)s") % {"username": names, "ip": data.get("ip") or "?"}
            if data.get("count", 1) > 1:
                message += " " + _("(%(count)d lần trong giờ này)") % {"count": data["count"]}
            return message

    actions.register_action(LOGOUT, _("Đăng xuất"), _("Đăng xuất"))
    actions.register_action(ACCOUNT_DELETED, _("Xoá tài khoản"), _("Xoá tài khoản"))

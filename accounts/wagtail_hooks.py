from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.log_actions import LogFormatter

from accounts import security_report, two_factor, two_factor_views, views
from accounts.bulk_actions import BULK_ACTIONS
from accounts.changes import GROUP_PERMISSIONS_ACTION, USER_ROLES_ACTION
from accounts.exemptions import exemption_viewset
from accounts.inactivity import SUSPEND_ACTION
from accounts.locking import LOCK_ACTION, UNLOCK_ACTION
from accounts.lockout import LOCKOUT, LOCKOUT_RESET
from accounts.lockout_storm import LOCKOUT_STORM
from accounts.passwords import PASSWORD_CHANGE
from accounts.privilege import ACCOUNT_REFUSED


@hooks.register("register_admin_urls")
def register_account_urls():
    return [
        path("accounts/", views.AccessReportView.as_view(), name="account_access"),
        path("accounts/results/", views.AccessReportView.as_view(results_only=True), name="account_access_results"),
        path("accounts/<int:user_id>/lock/", views.account_lock, name="account_lock"),
    ]


@hooks.register("register_settings_menu_item")
def register_account_menu_items():
    return views.AccountControlMenuItem(_("Tài khoản và quyền"), reverse("account_access"), icon_name="user", order=600)


@hooks.register("register_log_actions")
def register_account_log_actions(actions):
    actions.register_action(LOCK_ACTION, _("Khoá tài khoản"), _("Khoá tài khoản"))
    actions.register_action(UNLOCK_ACTION, _("Mở khoá tài khoản"), _("Mở khoá tài khoản"))


@hooks.register("register_log_actions")
def register_permission_log_actions(actions):
    @actions.register_action(GROUP_PERMISSIONS_ACTION)
    class GroupPermissions(LogFormatter):
        label = _("Thay đổi quyền của nhóm")

        def format_message(self, log_entry):
            parts = []
            if log_entry.data.get("added"):
                parts.append(_("Thêm quyền: %(grants)s") % {"grants": "; ".join(log_entry.data["added"])})
            if log_entry.data.get("removed"):
                parts.append(_("Bỏ quyền: %(grants)s") % {"grants": "; ".join(log_entry.data["removed"])})
            return ". ".join(parts) or self.label

    @actions.register_action(USER_ROLES_ACTION)
    class UserRoles(LogFormatter):
        label = _("Thay đổi vai trò của tài khoản")

        def format_message(self, log_entry):
            data, parts = log_entry.data, []
            if data.get("groups_added"):
                parts.append(_("Thêm vai trò: %(groups)s") % {"groups": "; ".join(data["groups_added"])})
            if data.get("groups_removed"):
                parts.append(_("Bỏ vai trò: %(groups)s") % {"groups": "; ".join(data["groups_removed"])})
            if "is_superuser" in data:
                parts.append(_("Cấp quyền quản trị tối cao") if data["is_superuser"] else _("Bỏ quyền quản trị tối cao"))
            if "is_active" in data:
                parts.append(_("Kích hoạt tài khoản") if data["is_active"] else _("Vô hiệu hoá tài khoản"))
            return ". ".join(str(part) for part in parts) or self.label


# After Wagtail's own user bulk actions (order 0), which these replace (accounts/bulk_actions.py).
for bulk_action in BULK_ACTIONS:
    hooks.register("register_bulk_action", bulk_action, order=1)


@hooks.register("register_log_actions")
def register_refusal_log_action(actions):
    @actions.register_action(ACCOUNT_REFUSED)
    class AccountRefused(LogFormatter):
        label = _("Từ chối thao tác trên tài khoản")

        def format_message(self, log_entry):
            return _("Từ chối: %(reason)s") % {"reason": log_entry.data.get("reason", "")}


@hooks.register("register_log_actions")
def register_password_log_action(actions):
    @actions.register_action(PASSWORD_CHANGE)
    class PasswordChange(LogFormatter):
        label = _("Đổi mật khẩu")

        def format_message(self, log_entry):
            return _("Tự đổi mật khẩu") if log_entry.data.get("by_self") else _("Quản trị viên đặt lại mật khẩu")


@hooks.register("register_admin_viewset")
def register_exemption_viewset():
    return exemption_viewset


@hooks.register("register_log_actions")
def register_security_log_actions(actions):
    actions.register_action(SUSPEND_ACTION, _("Tạm ngừng tài khoản không sử dụng"), _("Tạm ngừng tài khoản không sử dụng quá 45 ngày"))

    @actions.register_action(LOCKOUT)
    class Lockout(LogFormatter):
        label = _("Khoá đăng nhập do sai nhiều lần")

        def format_message(self, log_entry):
            data = log_entry.data
            return _("Khoá đăng nhập “%(username)s” từ %(ip)s trong %(minutes)d phút (%(blocked)d lần thử khi đang khoá)") % {
                "username": data.get("username", ""),
                "ip": data.get("ip") or "?",
                "minutes": data.get("minutes", 0),
                "blocked": data.get("blocked", 0),
            }

    @actions.register_action(LOCKOUT_RESET)
    class LockoutReset(LogFormatter):
        label = _("Mở khoá đăng nhập")

        def format_message(self, log_entry):
            data = log_entry.data
            return _("Mở khoá đăng nhập “%(username)s” từ %(ip)s") % {"username": data.get("username", ""), "ip": data.get("ip") or "?"}


@hooks.register("register_admin_urls")
def register_two_factor_urls():
    return [
        path("2fa/", two_factor_views.setup, name="two_factor_setup"),
        path("2fa/verify/", two_factor_views.verify, name="two_factor_verify"),
        path("accounts/<int:user_id>/2fa-reset/", two_factor_views.reset, name="two_factor_reset"),
    ]


@hooks.register("register_account_menu_item")
def register_two_factor_account_item(request):
    return {
        "url": reverse("two_factor_setup"),
        "label": _("Xác thực hai bước"),
        "help_text": _("Bật xác thực hai bước bằng ứng dụng trên điện thoại, hoặc tạo mã dự phòng mới."),
    }


@hooks.register("register_log_actions")
def register_two_factor_log_actions(actions):
    actions.register_action(two_factor.OTP_ENROL, _("Bật xác thực hai bước"), _("Bật xác thực hai bước"))
    actions.register_action(two_factor.OTP_BACKUP_CODES, _("Tạo mã dự phòng mới"), _("Tạo mã dự phòng mới"))
    actions.register_action(two_factor.OTP_RESET, _("Đặt lại xác thực hai bước"), _("Đặt lại xác thực hai bước"))

    @actions.register_action(two_factor.OTP_FAILURE)
    class OtpFailure(LogFormatter):
        label = _("Sai mã xác thực hai bước")

        def format_message(self, log_entry):
            return _("Sai mã xác thực hai bước từ %(ip)s (%(count)d lần trong giờ này)") % {
                "ip": log_entry.data.get("ip") or "?",
                "count": log_entry.data.get("count", 1),
            }

    @actions.register_action(two_factor.OTP_RECOVERY)
    class OtpRecovery(LogFormatter):
        label = _("Dùng mã dự phòng")

        def format_message(self, log_entry):
            return _("Đăng nhập bằng mã dự phòng từ %(ip)s (còn %(remaining)d mã)") % {
                "ip": log_entry.data.get("ip") or "?",
                "remaining": log_entry.data.get("remaining", 0),
            }


@hooks.register("register_admin_urls")
def register_security_report_url():
    return [path("reports/security/", security_report.security_report, name="security_report")]


class SecurityReportMenuItem(MenuItem):
    def is_shown(self, request):
        return security_report.may_read_security_events(request.user)


@hooks.register("register_reports_menu_item")
def register_security_report_menu_item():
    return SecurityReportMenuItem(_("Sự kiện an ninh"), reverse("security_report"), icon_name="warning", order=960)


@hooks.register("register_log_actions")
def register_storm_log_action(actions):
    @actions.register_action(LOCKOUT_STORM)
    class LockoutStorm(LogFormatter):
        label = _("Cảnh báo nhiều tài khoản bị khoá đăng nhập")

        def format_message(self, log_entry):
            return _("%(count)d lần khoá đăng nhập trong 10 phút; đã gửi thư cho: %(recipients)s") % {
                "count": log_entry.data.get("lockouts", 0),
                "recipients": ", ".join(log_entry.data.get("recipients", [])) or "—",
            }

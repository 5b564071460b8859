from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from accounts import views
from accounts.locking import LOCK_ACTION, UNLOCK_ACTION


@hooks.register("register_admin_urls")
def register_account_urls():
    return [
        path("accounts/", views.AccessReportView.as_view(), name="account_access"),
        path("accounts/results/", views.AccessReportView.as_view(results_only=True), name="account_access_results"),
        path("accounts/<int:user_id>/lock/", views.account_lock, name="account_lock"),
        path("accounts/site-lockdown/", views.site_lockdown, name="account_site_lockdown"),
    ]


class AccountControlMenuItem(MenuItem):
    def is_shown(self, request):
        return views.account_policy.user_has_permission(request.user, "change")


@hooks.register("register_settings_menu_item")
def register_account_menu_items():
    return AccountControlMenuItem(_("Tài khoản và quyền"), reverse("account_access"), icon_name="user", order=600)


@hooks.register("register_settings_menu_item")
def register_lockdown_menu_item():
    return AccountControlMenuItem(_("Khoá khẩn cấp"), reverse("account_site_lockdown"), icon_name="lock", order=610)


@hooks.register("register_log_actions")
def register_account_log_actions(actions):
    actions.register_action(LOCK_ACTION, _("Khoá tài khoản"), _("Khoá tài khoản"))
    actions.register_action(UNLOCK_ACTION, _("Mở khoá tài khoản"), _("Mở khoá tài khoản"))

from django.apps import AppConfig
from wagtail.users.apps import WagtailUsersAppConfig


class AccountsConfig(AppConfig):
    default = True
    name = "accounts"
    verbose_name = "Quản lý tài khoản"

    def ready(self):
        from accounts import lockout, lockout_storm, passwords  # noqa: F401 — connect the lockout, storm and password logs


class UsersConfig(WagtailUsersAppConfig):
    """Wagtail's users app with our user and group screens (accounts.users, accounts.groups)."""

    default = False
    group_viewset = "accounts.groups.GroupViewSet"
    user_viewset = "accounts.users.UserViewSet"

from django.apps import AppConfig
from wagtail.users.apps import WagtailUsersAppConfig


class AccountsConfig(AppConfig):
    default = True
    name = "accounts"
    verbose_name = "Quản lý tài khoản"

    def ready(self):
        # Imported once the app registry is ready (they use models): Django's way of connecting receivers.
        from accounts import lockout, lockout_storm, logins, passwords  # noqa: F401 (logins, lockouts, storms, passwords)
        from accounts.exports import protect_csv_exports

        protect_csv_exports()


class UsersConfig(WagtailUsersAppConfig):
    """Wagtail's users app with our user and group screens (accounts.users, accounts.groups)."""

    default = False
    group_viewset = "accounts.groups.GroupViewSet"
    user_viewset = "accounts.users.UserViewSet"

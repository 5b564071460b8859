"""The audit log's actions that defence owns."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from defence import personal_data


@hooks.register("register_log_actions")
def register_personal_data_log_actions(actions):
    actions.register_action(personal_data.VIEWED, _("Xem dữ liệu cá nhân"), _("Xem dữ liệu cá nhân"))

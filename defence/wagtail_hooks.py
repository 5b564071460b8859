"""Defence's hooks into Wagtail: the audit log's actions it owns, and the admin API's media confined to what a user
may choose."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from defence import personal_data
from defence.admin_api import ConfinedDocumentsAdminAPIViewSet, ConfinedImagesAdminAPIViewSet


@hooks.register("register_log_actions")
def register_personal_data_log_actions(actions):
    actions.register_action(personal_data.VIEWED, _("Xem dữ liệu cá nhân"), _("Xem dữ liệu cá nhân"))


@hooks.register("construct_admin_api", order=100)
def confine_admin_api_media(router):
    """After Wagtail's own registration (order 0), which these replace."""
    router.register_endpoint("images", ConfinedImagesAdminAPIViewSet)
    router.register_endpoint("documents", ConfinedDocumentsAdminAPIViewSet)

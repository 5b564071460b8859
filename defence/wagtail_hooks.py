from wagtail import hooks

from defence.admin_api import ConfinedDocumentsAdminAPIViewSet, ConfinedImagesAdminAPIViewSet


@hooks.register("construct_admin_api", order=100)
def confine_admin_api_media(router):
    """After Wagtail's own registration (order 0), which these replace."""
    router.register_endpoint("images", ConfinedImagesAdminAPIViewSet)
    router.register_endpoint("documents", ConfinedDocumentsAdminAPIViewSet)

"""The admin API's images and documents, kept inside the collections the user may choose from (issue 12, R-SITE-2).

Wagtail's admin API (`/admin/api/main/images/`, `/admin/api/main/documents/`) lists every image and document of the
portal, with its title and file address, to anyone who may open the admin: an editor of one site read another
site's unpublished uploads there. Its chooser views make the collection check; these endpoints now make it too."""

from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.documents.permissions import permission_policy as document_policy
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet
from wagtail.images.permissions import permission_policy as image_policy


class ConfinedImagesAdminAPIViewSet(ImagesAdminAPIViewSet):
    def get_queryset(self):
        choosable = image_policy.instances_user_has_permission_for(self.request.user, "choose").values("pk")
        return super().get_queryset().filter(pk__in=choosable)


class ConfinedDocumentsAdminAPIViewSet(DocumentsAdminAPIViewSet):
    def get_queryset(self):
        choosable = document_policy.instances_user_has_permission_for(self.request.user, "choose").values("pk")
        return super().get_queryset().filter(pk__in=choosable)

"""The image chooser's last step, kept inside the collections the user may choose from (issue 12, R-SITE-2).

Wagtail's `select_format` view (format and alt text of an image inserted into rich text) loads any image by its id,
without the collection check its other chooser views make, so an editor could embed — and preview — another
site's unpublished image by typing its id."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from wagtail.admin.auth import require_admin_access
from wagtail.images import get_image_model
from wagtail.images.permissions import permission_policy
from wagtail.images.views.chooser import ImageChooserViewSet, ImageSelectFormatView


class ConfinedImageSelectFormatView(ImageSelectFormatView):
    def dispatch(self, request, *args, image_id, **kwargs):
        image = get_object_or_404(get_image_model(), id=image_id)
        if not permission_policy.user_has_permission_for_instance(request.user, "choose", image):
            raise PermissionDenied
        return super().dispatch(request, *args, image_id=image_id, **kwargs)


select_format = require_admin_access(
    ConfinedImageSelectFormatView.as_view(model=get_image_model(), preserve_url_parameters=ImageChooserViewSet.preserve_url_parameters)
)

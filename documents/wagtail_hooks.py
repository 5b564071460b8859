from django.contrib.auth.views import redirect_to_login
from wagtail import hooks

from documents.public_media import is_public, may_see_unpublished_media


@hooks.register("before_serve_document")
def unpublished_documents_need_an_account(document, request):
    """A document no live public page uses yet is downloaded only by staff (documents.public_media)."""
    if may_see_unpublished_media(request.user) or is_public(document):
        return None
    return redirect_to_login(request.get_full_path())

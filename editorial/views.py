from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.admin.auth import require_admin_access
from wagtail.models import Page
from wagtail_localize.views.submit_translations import SubmitPageTranslationView

from editorial.translations import SubmissionRefused, submit_for_approval


def submit_translation(request, page_id):
    """A translator sends a finished translation to the English approvers (R-FLOW-6)."""
    page = get_object_or_404(Page, pk=page_id).specific
    if request.method == "POST":
        try:
            submit_for_approval(page, request.user)
        except SubmissionRefused as refusal:
            messages.error(request, str(refusal))
        else:
            messages.success(request, _("Đã gửi “%(title)s” để duyệt bản tiếng Anh.") % {"title": page.title})
        return redirect("wagtailadmin_explore", page.get_parent().pk)
    return TemplateResponse(request, "editorial/submit_translation.html", {"page": page})


@require_admin_access
def submit_for_translation(request, page_id):
    """wagtail-localize lets anyone holding "submit translation" translate any page of any site. Only a page the
    user may edit, on a site that has an English edition, may be chosen for English (R-EN-1, R-SITE-2)."""
    page = get_object_or_404(Page, pk=page_id)
    site = page.get_site()
    has_english_edition = site is not None and site.root_page.get_translations().exists()
    is_vietnamese_source = page.locale.language_code == settings.LANGUAGE_CODE
    if not (is_vietnamese_source and has_english_edition and page.permissions_for_user(request.user).can_edit()):
        raise PermissionDenied
    return SubmitPageTranslationView.as_view()(request, page_id=page_id)

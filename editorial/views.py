from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.models import Page

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

from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from wagtail.admin.modal_workflow import render_modal_workflow
from wagtail.models import Site

from editorial.models import Takedown
from editorial.publishing import takedown_for_path
from editorial.rules import WorkflowActionRefused


class TakedownNoticeMiddleware:
    """The address of a taken-down item answers with a notice, not a silent 404 (R-FLOW-5, Art 15.3): "under
    verification" (200, not indexed) while it is checked, "removed" (410 Gone) once removed for good."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code != 404 or request.path.startswith("/admin/"):
            return response
        site = Site.find_for_request(request)
        takedown = takedown_for_path(site, request.path) if site else None
        if takedown is None:
            return response
        permanent = takedown.kind == Takedown.Kind.PERMANENT
        return render(
            request, "editorial/takedown_notice.html", {"takedown": takedown, "permanent": permanent}, status=410 if permanent else 200
        )


class WorkflowRefusalMiddleware:
    """A workflow action refused for a reason the user can act on (self-approval, a removed item, a refusal without
    its reason) answers with that reason on the item's editor, not with a bare 403 page — also when Wagtail's editor
    saved the user's edits first and only then asked the task (R-FLOW-1)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, WorkflowActionRefused):
            return None
        messages.error(request, str(exception))
        page_id = (request.resolver_match.kwargs.get("page_id") if request.resolver_match else None) or None
        target = reverse("wagtailadmin_pages:edit", args=[page_id]) if page_id else reverse("wagtailadmin_home")
        if request.headers.get("x-requested-with") == "XMLHttpRequest":
            return render_modal_workflow(request, "", None, {}, json_data={"step": "success", "redirect": target})
        return redirect(target)

from django.shortcuts import render
from wagtail.models import Site

from editorial.models import Takedown
from editorial.publishing import takedown_for_path


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

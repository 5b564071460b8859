"""Security headers (R-OPS-5): the Content-Security-Policy of each response, and the admin on the main host only.

Three policies, all in settings (base.py, with the reasons there):
- public pages — `CONTENT_SECURITY_POLICY`: strict, a nonce for every script and style element, no inline code; the
  tracking hosts IT administrators allowed are added to it (defence.models.TrackingScriptHosts);
- the admin — `ADMIN_CONTENT_SECURITY_POLICY`, enforced, with what Wagtail 7.4 needs, and
  `ADMIN_CONTENT_SECURITY_POLICY_REPORT_ONLY`, the strict policy it does not meet yet, reported, not enforced;
- previews — the public policy. Wagtail renders a preview through a dummy request for the page's own URL that passes
  through this middleware too (Page.make_preview_request), so the preview gets the public policy and its nonce; the
  admin's pass over the same response then leaves the header alone (django-csp never overwrites one)."""

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.http import HttpResponseRedirect
from django.http.request import split_domain_port

from defence.models import allowed_tracking_hosts

ADMIN_PREFIX = "/admin/"


def is_admin_path(path: str) -> bool:
    return path == ADMIN_PREFIX.rstrip("/") or path.startswith(ADMIN_PREFIX)


class PortalCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if getattr(request, "is_dummy", False) and report_only:
            # The preview's own pass (see the module docstring): the admin's report-only policy is not for it.
            response._csp_exempt_ro = True
        if is_admin_path(request.path_info) and not getattr(request, "is_dummy", False):
            if parts.config is None:
                parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY_REPORT_ONLY if report_only else settings.ADMIN_CONTENT_SECURITY_POLICY
            return parts
        if not report_only:
            hosts = [f"https://{host}" for host in allowed_tracking_hosts()]
            if hosts:
                # The measurement script is loaded from, and sends its measurements to, its own host.
                parts.update = {**(parts.update or {}), "script-src": hosts, "connect-src": hosts, "img-src": hosts}
        return parts


class AdminOnMainHostMiddleware:
    """`/admin/` is served on the main host only (issue 12): a request for it on a unit's host is sent to the same path on
    the main host, with the port the browser used. Otherwise a unit's scripts (its tracking code, say) would run on the
    same origin as the admin, where they could act with an editor's session."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if is_admin_path(request.path_info):
            host, port = split_domain_port(request.get_host())
            main = settings.PORTAL_DOMAIN
            if host != main and host.endswith(f".{main}"):
                return HttpResponseRedirect(f"{request.scheme}://{main}{f':{port}' if port else ''}{request.get_full_path()}")
        return self.get_response(request)

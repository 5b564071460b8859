"""The tracking scripts of the current site (R-SHARE-2), on public pages only."""

from django import template
from django.templatetags.static import static
from django.utils.html import format_html

from defence.models import EMC_HOST, allowed_tracking_hosts
from defence.tracking import render_scripts
from home.models import SiteTracking

register = template.Library()


@register.simple_tag(takes_context=True)
def tracking_scripts(context):
    """Never in a preview or the admin (issue 12): previews are served on the admin's host, where a script would run
    with the session of the Chief Editor reviewing the page. Every script carries the page's CSP nonce."""
    request = context.get("request")
    if request is None or getattr(request, "is_preview", False) or getattr(request, "is_dummy", False):
        return ""
    if request.path.startswith("/admin/"):
        return ""
    tracking = SiteTracking.for_request(request)
    hosts = allowed_tracking_hosts()
    nonce = getattr(request, "csp_nonce", "")
    html = render_scripts(tracking.scripts(hosts), nonce)
    if tracking.emc_site_id and EMC_HOST in hosts:
        html += format_html(
            '<script src="{}" nonce="{}" data-emc-host="{}" data-emc-site-id="{}" defer></script>',
            static("home/emc-tracking.js"),
            nonce,
            EMC_HOST,
            tracking.emc_site_id,
        )
    return html

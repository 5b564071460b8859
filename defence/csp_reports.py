"""Where browsers report what the Content-Security-Policy blocked (R-OPS-5): `/csp-report/`.

Anyone can post here, so it is bounded: a small body, a few reports a minute per address and kind (counted in the
shared cache), and each logged value cut short. A report is a hint — an attack, a browser extension, or a template
that breaks the policy — read in the log `moj.csp`."""

import json
import logging

from django.core.cache import cache
from django.http import HttpResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from defence.clients import client_ip

logger = logging.getLogger("moj.csp")

REPORTS_PER_MINUTE = 30
MAX_BODY_BYTES = 16 * 1024
MAX_VALUE_LENGTH = 300
# Report fields worth logging, in both formats: report-uri (`csp-report`, kebab-case) and the Reporting API (camelCase).
FIELDS = {
    "document": ("document-uri", "documentURL"),
    "directive": ("effective-directive", "effectiveDirective", "violated-directive"),
    "blocked": ("blocked-uri", "blockedURL"),
    "source": ("source-file", "sourceFile"),
    "line": ("line-number", "lineNumber"),
    "sample": ("script-sample", "sample"),
    "disposition": ("disposition",),
}


@csrf_exempt
@require_POST
def csp_report(request):
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = MAX_BODY_BYTES + 1
    if length > MAX_BODY_BYTES:
        return HttpResponse(status=413)
    try:
        reports = _reports(json.loads(request.body))
    except (ValueError, UnicodeDecodeError):
        return HttpResponse(status=400)
    address = client_ip(request) or "unknown"
    for report in reports[:10]:
        # What a policy blocked is a warning; what the admin's report-only policy would have blocked (Wagtail's inline
        # scripts, on every editor's screen) is information, counted apart so that it never crowds out the former.
        enforced = _value(report, FIELDS["disposition"]) != "report"
        if not _within_rate_limit(address, "enforce" if enforced else "report"):
            return HttpResponse(status=429)
        logger.log(
            logging.WARNING if enforced else logging.INFO,
            "CSP violation from %s: %s",
            address,
            " ".join(f"{name}={_value(report, keys)!r}" for name, keys in FIELDS.items()),
        )
    return HttpResponse(status=204)


def _within_rate_limit(address: str, kind: str) -> bool:
    key = f"defence:csp-reports:{kind}:{address}"
    cache.add(key, 0, timeout=60)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=60)
        count = 1
    if count == REPORTS_PER_MINUTE + 1:
        logger.warning("CSP reports (%s) from %s over %s a minute: the rest of this minute is dropped", kind, address, REPORTS_PER_MINUTE)
    return count <= REPORTS_PER_MINUTE


def _reports(data) -> list[dict]:
    """`{"csp-report": {…}}` from report-uri, or `[{"type": "csp-violation", "body": {…}}, …]` from the Reporting API."""
    if isinstance(data, dict) and isinstance(data.get("csp-report"), dict):
        return [data["csp-report"]]
    if isinstance(data, list):
        return [item["body"] for item in data if isinstance(item, dict) and isinstance(item.get("body"), dict)]
    return []


def _value(report: dict, keys: tuple[str, ...]) -> str:
    for key in keys:
        if key in report:
            return str(report[key])[:MAX_VALUE_LENGTH]
    return ""

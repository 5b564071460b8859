"""/health/ready/ (R-OPS-1): 200 "ok" or "degraded", 503 "error" when a required check fails. Everyone gets the
status; the details of each check only the allowed addresses and the token holders (operations/access.py)."""

from django.http import JsonResponse
from django.views.decorators.cache import never_cache

from operations.access import may_read_operations_data
from operations.checks import run_checks


@never_cache
def ready(request):
    results = run_checks()
    if any(not check.ok and check.required for check in results):
        status = "error"
    elif all(check.ok for check in results):
        status = "ok"
    else:
        status = "degraded"
    body = {"status": status}
    if may_read_operations_data(request):
        body["checks"] = {check.name: {"ok": check.ok, "required": check.required, "detail": check.detail} for check in results}
    return JsonResponse(body, status=503 if status == "error" else 200)

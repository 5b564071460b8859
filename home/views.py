from django.db import connection
from django.http import Http404, JsonResponse
from django.shortcuts import render
from wagtail.models import Site

from home.models import SectionPage


def health(request):
    """For the load balancer and monitoring (R-OPS-1): 200 when the database answers, 503 when not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception:  # noqa: BLE001 — any database failure means "unhealthy", never a 500 page
        return JsonResponse({"status": "error", "database": "unreachable"}, status=503)
    return JsonResponse({"status": "ok"})


def feeds(request):
    """ "Nhận tin" (R-SHARE-1, issue 18): every RSS and Atom feed of the site — its own and each section's — on a page a
    reader can find from the footer, not only in <head>."""
    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    home = site.root_page.localized.specific
    sections = SectionPage.objects.live().public().descendant_of(home).filter(locale=home.locale).order_by("path")
    return render(request, "pages/feeds.html", {"site_home_page": home, "sections": sections})

from django.db import connection
from django.http import JsonResponse


def health(request):
    """For the load balancer and monitoring (R-OPS-1): 200 when the database answers, 503 when not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception:  # noqa: BLE001 — any database failure means "unhealthy", never a 500 page
        return JsonResponse({"status": "error", "database": "unreachable"}, status=503)
    return JsonResponse({"status": "ok"})


def robots_txt(request):
    """Crawlers may read everything public; the admin and search results are not for them."""
    from django.http import HttpResponse
    from wagtail.models import Site

    from subsites.models import PortalSite

    site = Site.find_for_request(request)
    if site is None or site.pk in PortalSite.switched_off_site_ids():
        return HttpResponse("User-agent: *\nDisallow: /\n", content_type="text/plain")
    lines = ["User-agent: *", "Disallow: /admin/", "Disallow: /tim-kiem/", "Disallow: /en/search/", ""]
    lines.append(f"Sitemap: {site.root_url}/sitemap.xml")
    if site.root_page.get_translations().live().exists():
        lines.append(f"Sitemap: {site.root_url}/en/sitemap.xml")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")

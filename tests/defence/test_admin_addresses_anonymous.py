"""Every admin address the portal answers itself, before Wagtail's own admin URLs (moj_site/urls.py: the URL
modules of accounts, defence, editorial and subsites — Wagtail puts its sign-in check on its own URLs and on those
registered through its hooks, not on these), asks an anonymous visitor to sign in, or refuses: none shows a screen or
fails with a server error. A report of wagtail-localize's taken over at its own address once answered an anonymous
visitor with a 500."""

import re
from importlib import import_module

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver

URL_MODULES = ["accounts.urls", "defence.urls", "editorial.urls", "subsites.urls"]
ARGUMENT = re.compile(r"<(?:(\w+):)?(\w+)>")


def routes(patterns, prefix=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from routes(pattern.url_patterns, prefix + str(pattern.pattern))
        elif isinstance(pattern, URLPattern):
            yield prefix + str(pattern.pattern)


ROUTES = sorted({route for module in URL_MODULES for route in routes(import_module(module).urlpatterns) if route.startswith("admin/")})


def address(route: str) -> str:
    return "/" + ARGUMENT.sub(lambda match: "x.csv" if match.group(1) == "str" else "1", route)


def test_the_portal_answers_admin_addresses_of_its_own():
    assert "admin/localize/reports/translations/" in ROUTES and len(ROUTES) > 20, ROUTES


@pytest.mark.django_db
def test_an_anonymous_visitor_is_asked_to_sign_in_at_every_admin_address_of_the_portal(main_site):
    visitor = Client(raise_request_exception=False)
    shown = {}
    for route in ROUTES:
        response = visitor.get(address(route))
        to_sign_in = response.status_code == 302 and response["Location"].startswith("/admin/login/")
        if not (to_sign_in or response.status_code in (403, 404, 405)):
            shown[route] = response.status_code
    assert not shown, shown

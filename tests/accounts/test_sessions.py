"""Logging out ends the server session; a login with a bad `next` lands on the admin home (issue 12)."""

from django.conf import settings
from django.contrib.sessions.models import Session
from django.test import Client

PASSWORD = "moj-demo-2026"


def test_logout_ends_the_server_session_and_a_copied_cookie_no_longer_works(client, staff):
    assert client.login(username="itadmin", password=PASSWORD)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
    # A GET (a link, an image tag on another site) only asks; the session is unchanged.
    asked = client.get("/admin/logout/")
    assert asked.status_code == 200 and 'method="post"' in asked.text
    assert client.get("/admin/").status_code == 200

    assert client.post("/admin/logout/").status_code == 302
    assert not Session.objects.filter(session_key=cookie).exists()
    thief = Client()
    thief.cookies[settings.SESSION_COOKIE_NAME] = cookie
    response = thief.get("/admin/")
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/")


def test_logout_page_sends_anonymous_visitors_to_the_login(client, staff):  # staff: the module runs on one platform
    response = client.get("/admin/logout/")
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/")


def test_private_page_login_with_a_bad_next_lands_on_the_admin_home(client, staff):
    for next_url in ("https://evil.example/", "//evil.example/x", ""):
        response = client.post("/_util/login/", {"username": "itadmin", "password": PASSWORD, "next": next_url})
        assert response.status_code == 302 and response["Location"] == "/admin/", next_url
        assert client.get("/admin/").status_code == 200
        client.logout()

"""Signing a journey's browser in as a demo account.

Journeys sign in as Django does (a session made by its sign-in, handed to the browser as the session cookie), not
through the sign-in form: each journey saves a page load and a form, and a multi-role journey several. The form has
its own journey (tests/e2e/test_site_isolation.py: log_in_with_the_form) and its rules their tests (tests/accounts)."""

import re
from concurrent.futures import ThreadPoolExecutor

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import connections
from django.test import Client
from playwright.sync_api import expect


def log_in(page, base_url: str, username: str) -> None:
    """The session is made in a thread of its own, on a connection of its own: the test's connection is in a
    transaction (pytest-django's) that the live server never sees."""
    with ThreadPoolExecutor(1) as pool:
        session_key = pool.submit(_new_session, username).result()
    page.context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": session_key, "url": base_url}])


def _new_session(username: str) -> str:
    try:
        client = Client()
        client.force_login(get_user_model().objects.get(username=username))
        return client.cookies[settings.SESSION_COOKIE_NAME].value
    finally:
        connections.close_all()


def log_in_with_the_form(page, base_url: str, username: str) -> None:
    page.goto(base_url + "/admin/login/")
    page.get_by_label(re.compile("Tên đăng nhập|Username")).fill(username)
    page.get_by_label(re.compile("Mật khẩu|Password")).fill(settings.DEMO_PASSWORD)
    page.get_by_role("button", name=re.compile("Đăng nhập|Sign in")).click()
    expect(page).not_to_have_url(re.compile("/login/"))

"""Logins, failed logins and logouts in Wagtail's audit log (R-OPS-3, Art 6.2): who, when, from which address.

A failed login keeps the user name that was typed — never the password — and is filed under the account when
that name exists, else under the site the attempt was made on."""

from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.dispatch import receiver
from wagtail.log_actions import log
from wagtail.models import Site

LOGIN = "moj.login"
LOGIN_FAILED = "moj.login_failed"
LOGOUT = "moj.logout"


def client_ip(request) -> str | None:
    """The address the request came from. Gunicorn is reached directly (Dockerfile); behind a reverse proxy this
    is the proxy's address, since X-Forwarded-For can be forged by anyone and is not trusted."""
    return request.META.get("REMOTE_ADDR") if request is not None else None


@receiver(user_logged_in)
def log_login(sender, request, user, **kwargs):
    log(instance=user, action=LOGIN, user=user, data={"ip": client_ip(request)})


@receiver(user_logged_out)
def log_logout(sender, request, user, **kwargs):
    if user is not None:
        log(instance=user, action=LOGOUT, user=user, data={"ip": client_ip(request)})


@receiver(user_login_failed)
def log_failed_login(sender, credentials, request=None, **kwargs):
    User = get_user_model()
    username = str(credentials.get(User.USERNAME_FIELD) or credentials.get("username") or "")[:150]
    data = {"username": username, "ip": client_ip(request)}
    account = User._default_manager.filter(**{User.USERNAME_FIELD: username}).first() if username else None
    if account is not None:
        log(instance=account, action=LOGIN_FAILED, user=account, data=data)
        return
    site = _site_of(request) or Site.objects.order_by("-is_default_site").first()
    if site is not None:
        log(instance=site, action=LOGIN_FAILED, title=username or "—", data=data)


def _site_of(request):
    if request is None:
        return None
    try:
        return Site.find_for_request(request)
    except Exception:  # noqa: BLE001 — a request without a usable host name: file the attempt under the default site
        return None

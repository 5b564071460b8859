"""Who must pass the second step (issue 12): every account with access to the admin, once STAFF_2FA_REQUIRED is on
(production), and — whatever the setting — every account that has enrolled, so that enrolling is never for nothing.

Until then the account reaches nothing but the second step itself (the verification, or the enrolment when it has no
device yet), logging out and the admin's static files: not the admin, not the site's private pages. Placed after
django-otp's OTPMiddleware, which tells whether the session has been verified."""

from django.conf import settings
from django.shortcuts import redirect
from django.urls import Resolver404, resolve, reverse
from django.utils.functional import LazyObject, empty
from django.utils.http import urlencode

from accounts.two_factor import is_enrolled

OPEN_URL_NAMES = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "two_factor_verify",
    "health",
}
ENROLMENT_URL_NAME = "two_factor_setup"


def unwrap(user):
    while isinstance(user, LazyObject):
        if user._wrapped is empty:
            user._setup()
        user = user._wrapped
    return user


def is_staff(user) -> bool:
    return user.is_superuser or user.has_perm("wagtailadmin.access_admin")


class TwoFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if settings.SESSION_COOKIE_NAME not in request.COOKIES:
            # No session, nobody logged in: the session is left untouched, so that public pages do not vary by cookie.
            return self.get_response(request)
        # django-otp wraps the lazy request.user in a second lazy object; Wagtail's audit log unwraps only one level
        # and silently skips an entry whose object is request.user. The account is needed here anyway: unwrapped once.
        request.user = unwrap(request.user)
        response = self.second_step(request)
        return response or self.get_response(request)

    def second_step(self, request):
        user = request.user
        # Media is not open: an unpublished picture or file is for verified staff only (a public one reaches them
        # anyway from a web server or object storage in production).
        if not user.is_authenticated or user.is_verified() or request.path_info.startswith(settings.STATIC_URL):
            return None
        try:
            url_name = resolve(request.path_info).url_name
        except Resolver404:
            return None
        if url_name in OPEN_URL_NAMES or not is_staff(user):
            return None
        enrolled = is_enrolled(user)
        if not enrolled and not settings.STAFF_2FA_REQUIRED:
            return None
        if not enrolled and url_name == ENROLMENT_URL_NAME:
            return None
        target = "two_factor_verify" if enrolled else ENROLMENT_URL_NAME
        return redirect(f"{reverse(target)}?{urlencode({'next': request.get_full_path()})}")

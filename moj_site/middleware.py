"""Input that no view can use is answered before any view, middleware or template sees it (issue 12).

PostgreSQL refuses text containing a NUL character (U+0000): any lookup with one — a page path, a redirect, a
takedown notice, a filter, the API's `?search=` — used to fail with a server error. No address, parameter or cookie
of this portal ever contains one, and no browser sends one from a form, so a request with one in its address is a
bad request (400, in Vietnamese; in JSON under /api/), and a cookie with one is dropped as if it were absent (a
user with a damaged cookie must not be locked out of the portal)."""

from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

NUL = "\x00"
API_PREFIX = "/api/"


class RejectNulCharactersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        for name in [name for name, value in request.COOKIES.items() if NUL in name or NUL in value]:
            del request.COOKIES[name]
        if NUL in request.path or any(NUL in key or NUL in value for key, values in request.GET.lists() for value in values):
            return self.bad_request(request)
        return self.get_response(request)

    def bad_request(self, request):
        message = _("Địa chỉ không hợp lệ: có ký tự điều khiển (NUL) không được phép.")
        if request.path.startswith(API_PREFIX):
            return JsonResponse({"message": message}, status=400)
        return render(request, "400.html", {"message": message}, status=400)

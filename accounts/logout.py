"""Logging out ends the session on the server (issue 12).

Django's LogoutView logs out on POST only; Wagtail's subclass deletes the session cookie whatever the method, so a
GET removed the cookie from the browser while the session stayed valid for whoever held a copy of it. Here a GET
only shows the confirmation (Wagtail's own menu posts), and a POST ends the session and then deletes the cookie."""

from django.shortcuts import redirect
from django.template.response import TemplateResponse
from wagtail.admin.views.account import LogoutView as WagtailLogoutView


class LogoutView(WagtailLogoutView):
    http_method_names = ["get", "post", "options"]

    def dispatch(self, request, *args, **kwargs):
        if request.method != "POST":
            if not request.user.has_perm("wagtailadmin.access_admin"):
                return redirect("wagtailadmin_login")
            return TemplateResponse(request, "accounts/logout_confirm.html", {})
        return super().dispatch(request, *args, **kwargs)

"""Admin URLs of accounts that replace Wagtail's own: included before Wagtail's admin URLs in moj_site/urls.py."""

from django.urls import path

from accounts.logout import LogoutView

urlpatterns = [
    path("admin/logout/", LogoutView.as_view(), name="wagtailadmin_logout"),
]

"""Subsites views at public or Wagtail URLs, included by moj_site/urls.py before the admin's own URLs."""

from django.urls import path

from subsites.settings_net import settings_edit
from subsites.settings_proposals import decide
from subsites.settings_revisions import preview, restore
from subsites.views import browse_own_trees, delete_site, robots_txt, snippet_chooser_create

urlpatterns = [
    # Before Wagtail's own chooser URL: the page chooser stays inside the user's trees (R-SITE-2).
    path("admin/choose-page/<int:parent_page_id>/", browse_own_trees),
    path("admin/snippets/choose/<slug:app_label>/<slug:model_name>/create/", snippet_chooser_create),
    path("admin/sites/delete/<int:pk>/", delete_site),
    # Site settings with a net: what is live beside the form, a reason, before/after in the audit log (issue 18).
    path("admin/settings/<slug:app_name>/<slug:model_name>/<int:pk>/", settings_edit),
    # A proposed change of a site's menus: approved ("duyet") or sent back ("tra-lai") by a second person (issue 18).
    # Before the decisions' pattern, whose <str:decision> would take "xem-truoc" and refuse a GET.
    path("admin/de-xuat-cai-dat/<int:proposal_id>/xem-truoc/", preview),
    path("admin/de-xuat-cai-dat/<int:proposal_id>/<str:decision>/", decide),
    # Restoring the menus as they were before a change in their history: a new proposal (issue 18).
    path("admin/lich-su-cai-dat/<int:entry_id>/khoi-phuc/", restore),
    path("robots.txt", robots_txt, name="robots_txt"),
]

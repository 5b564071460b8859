from django.contrib.auth import get_user_model
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import UpdatedAtColumn
from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView
from wagtail.admin.views.reports.workflows import WorkflowReportFilterSet, get_editable_page_ids_query
from wagtail.log_actions import LogFormatter
from wagtail.models import Site, WorkflowState, get_default_page_content_type
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from accounts.views import AccountControlMenuItem
from subsites import lockdown
from subsites.models import OnlineService, PortalSite, Unit
from subsites.reports import UnitsDueForReviewView
from subsites.settings_proposals import SETTINGS_CHANGED, SETTINGS_PROPOSED, SETTINGS_SENT_BACK, edit_url, for_dashboard, screen_url
from subsites.views import SITE_SWITCH_ACTION, PortalSiteViewSet, pages_user_may_choose


@hooks.register("register_admin_viewset")
def register_portal_sites():
    return PortalSiteViewSet("portal_sites")


@hooks.register("register_log_actions")
def register_site_switch_action(actions):
    @actions.register_action(SITE_SWITCH_ACTION)
    class SiteSwitch(LogFormatter):
        label = _("Bật, tắt trang thành phần")

        def format_message(self, log_entry):
            return _("Bật lại trang") if log_entry.data.get("is_active") else _("Tắt trang (ngừng phục vụ ở tên miền của nó)")


@hooks.register("register_log_actions")
def register_settings_changed_action(actions):
    @actions.register_action(SETTINGS_CHANGED)
    class SettingsChanged(LogFormatter):
        label = _("Thay đổi cài đặt của trang (trước, sau)")

        def format_message(self, log_entry):
            return _("Đã thay đổi: %(fields)s") % {"fields": ", ".join(log_entry.data.get("changed", [])) or "—"}

    @actions.register_action(SETTINGS_PROPOSED)
    class SettingsProposed(LogFormatter):
        label = _("Đề xuất thay đổi menu (chờ duyệt)")

        def format_message(self, log_entry):
            return _("Đề xuất thay đổi: %(fields)s") % {"fields": ", ".join(log_entry.data.get("changed", [])) or "—"}

    @actions.register_action(SETTINGS_SENT_BACK)
    class SettingsSentBack(LogFormatter):
        label = _("Trả lại đề xuất thay đổi menu")

        def format_message(self, log_entry):
            return _("Trả lại đề xuất: %(note)s") % {"note": log_entry.data.get("note", "")}


@hooks.register("before_serve_page")
def refuse_switched_off_sites(page, request, serve_args, serve_kwargs):
    """A switched-off site is no longer served at its host name; its content stays (R-SITE-2)."""
    site = Site.find_for_request(request)
    if site and site.pk in PortalSite.switched_off_site_ids():
        main_site = Site.objects.filter(is_default_site=True).first()
        return TemplateResponse(request, "subsites/switched_off.html", {"site": site, "main_site": main_site}, status=404)
    return None


def requesters_of_editable_items(request):
    """The people who sent items the reader may edit: Wagtail's Workflows report offers every requester of every
    site in its filter, which tells one team the names of another's (R-SITE-2)."""
    User = get_user_model()
    requested = WorkflowState.objects.filter(
        base_content_type=get_default_page_content_type(), object_id__in=get_editable_page_ids_query(request)
    ).values("requested_by")
    return User.objects.filter(pk__in=requested).order_by(User.USERNAME_FIELD)


WorkflowReportFilterSet.base_filters["requested_by"].queryset = requesters_of_editable_items


def name_only_editable_pages(decorate):
    """Wagtail's Page types usage report names the last edited page of each type in the whole tree, by its draft title:
    another site's unpublished work (R-SITE-2, issue 12). It names that page only to a reader who may edit it."""

    def decorated(self, page_types):
        page_types = decorate(self, page_types)
        for item in page_types:
            if item.last_edited_page and not item.last_edited_page.permissions_for_user(self.request.user).can_edit():
                item.last_edited_page = None
        return page_types

    return decorated


PageTypesUsageReportView.decorate_paginated_queryset = name_only_editable_pages(PageTypesUsageReportView.decorate_paginated_queryset)


@hooks.register("construct_page_chooser_queryset")
def confine_page_chooser(pages, request):
    """Wagtail's page chooser lists every site; confine it to the user's own trees (R-SITE-2)."""
    if request.user.is_superuser:
        return pages
    return pages.filter(pk__in=pages_user_may_choose(request.user))


class UnitViewSet(SnippetViewSet):
    model = Unit
    icon = "group"
    menu_label = _("Cơ cấu tổ chức")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "parent", "last_reviewed", UpdatedAtColumn()]
    list_filter = ["parent"]
    search_fields = ["name", "name_en"]


register_snippet(UnitViewSet)


@hooks.register("register_admin_urls")
def register_unit_report_urls():
    return [
        path("reports/units-due-for-review/", UnitsDueForReviewView.as_view(), name="units_due_for_review"),
        path(
            "reports/units-due-for-review/results/",
            UnitsDueForReviewView.as_view(results_only=True),
            name="units_due_for_review_results",
        ),
    ]


class UnitReportMenuItem(MenuItem):
    def is_shown(self, request):
        return UnitsDueForReviewView.permission_policy.user_has_permission(request.user, "change")


@hooks.register("register_reports_menu_item")
def register_unit_report_menu_item():
    return UnitReportMenuItem(_("Đơn vị quá hạn rà soát"), reverse("units_due_for_review"), icon_name="date", order=900)


class OnlineServiceViewSet(SnippetViewSet):
    model = OnlineService
    icon = "link-external"
    menu_label = _("Dịch vụ công trực tuyến")
    list_display = ["name", "level", "unit"]
    list_filter = ["level", "unit"]
    search_fields = ["name", "code"]


register_snippet(OnlineServiceViewSet)


@hooks.register("register_admin_urls")
def register_lockdown_url():
    return [path("accounts/site-lockdown/", lockdown.site_lockdown, name="account_site_lockdown")]


@hooks.register("register_settings_menu_item")
def register_lockdown_menu_item():
    return AccountControlMenuItem(_("Khoá khẩn cấp"), reverse("account_site_lockdown"), icon_name="lock", order=610)


class SettingsProposalsPanel(Component):
    """On the dashboard of whoever may decide them: the proposed changes of a site's menus waiting for a second person
    (issue 18), each linked to its before → after on the settings screen; and on the proposer's, their proposals sent
    back in the last 30 days, with the reason."""

    name = "settings_proposals"
    order = 90
    template_name = "subsites/settings_proposals_panel.html"

    def __init__(self, proposals, sent_back):
        self.proposals, self.sent_back = proposals, sent_back

    def get_context_data(self, parent_context):
        return {
            "proposals": [(proposal, edit_url(proposal)) for proposal in self.proposals],
            "sent_back": [(proposal, screen_url(proposal)) for proposal in self.sent_back],
        }


@hooks.register("construct_homepage_panels")
def settings_proposals_panel(request, panels):
    proposals, sent_back = for_dashboard(request.user)
    if proposals or sent_back:
        panels.append(SettingsProposalsPanel(proposals, sent_back))

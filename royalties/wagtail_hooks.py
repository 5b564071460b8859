"""The ledger in the admin: its URLs, its menu item (for those who have a ledger to see), its log actions, and the
regime (genres, unit values, fee rates) as snippets that the Chief Editor and the accountant keep."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from defence import personal_data
from royalties import access, admin_views, exports, ledger, reports
from royalties.models import Budget, CoefficientValue, Contributor, FeeRate, Genre


@hooks.register("register_admin_urls")
def register_royalties_urls():
    return [
        path("royalties/", admin_views.index, name="royalties_index"),
        path("royalties/ky/<int:period_id>/", admin_views.period_view, name="royalties_period"),
        path("royalties/ky/<int:period_id>/duyet/", admin_views.approve, name="royalties_approve"),
        path("royalties/ky/<int:period_id>/mo-lai/", admin_views.reopen, name="royalties_reopen"),
        path("royalties/ky/<int:period_id>/bang-ke.xlsx", exports.export, name="royalties_export"),
        path("royalties/dong/<int:line_id>/dieu-chinh/", admin_views.adjust, name="royalties_adjust"),
        path("royalties/nguoi-huong/<int:contributor_id>/", admin_views.contributor_view, name="royalties_contributor"),
        path("royalties/ky/<int:period_id>/phieu/<int:contributor_id>/", reports.voucher, name="royalties_voucher"),
        path("royalties/bao-cao/<int:portal_site_id>/<int:year>.xlsx", reports.report, name="royalties_year_report"),
        path("royalties/bao-cao/<int:portal_site_id>/<int:year>/quy-<int:quarter>.xlsx", reports.report, name="royalties_quarter_report"),
    ]


class LedgerMenuItem(MenuItem):
    def is_shown(self, request):
        return access.may_open_ledger(request.user)


@hooks.register("register_admin_menu_item")
def register_royalties_menu_item():
    return LedgerMenuItem(_("Nhuận bút, thù lao"), reverse("royalties_index"), icon_name="table", order=260)


@hooks.register("register_log_actions")
def register_royalties_log_actions(actions):
    actions.register_action(ledger.ADJUSTED, _("Điều chỉnh nhuận bút"), _("Điều chỉnh nhuận bút"))
    actions.register_action(ledger.APPROVED, _("Duyệt kỳ nhuận bút"), _("Duyệt kỳ nhuận bút"))
    actions.register_action(ledger.REOPENED, _("Mở lại kỳ nhuận bút"), _("Mở lại kỳ nhuận bút"))


class GenreViewSet(SnippetViewSet):
    model = Genre
    icon = "tag"
    list_display = ["name", "page_kind", "coefficient_min", "coefficient_max"]


class CoefficientValueViewSet(SnippetViewSet):
    model = CoefficientValue
    icon = "table"
    list_display = ["valid_from", "value", "source"]


class FeeRateViewSet(SnippetViewSet):
    model = FeeRate
    icon = "table"
    list_display = ["role", "amount", "coefficient", "valid_from"]


class BudgetViewSet(SnippetViewSet):
    """The royalty fund of each unit and year, entered by the Chief Editor (accounts.roles.BUDGET_PERMISSIONS)."""

    model = Budget
    icon = "table"
    list_display = ["year", "portal_site", "amount", "source"]


class ContributorViewSet(SnippetViewSet):
    """The register of payees, kept by the accountant and the Chief Editor (who may read payment details): the listing
    shows no payment detail; opening one to edit it is a view of personal data, logged (R-IN-2)."""

    model = Contributor
    icon = "user"
    list_display = ["name", "organisation", "is_staff_member"]


@hooks.register("before_edit_snippet")
def log_payment_details_view(request, instance):
    if isinstance(instance, Contributor) and request.method == "GET":
        personal_data.log_view(instance, request.user, "payment")


register_snippet(ContributorViewSet)
register_snippet(GenreViewSet)
register_snippet(CoefficientValueViewSet)
register_snippet(FeeRateViewSet)
register_snippet(BudgetViewSet)

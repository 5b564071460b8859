from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from search.reports import PopularQueriesView, ZeroResultQueriesView


@hooks.register("register_admin_urls")
def register_zero_result_report_urls():
    return [
        path("reports/zero-result-searches/", ZeroResultQueriesView.as_view(), name="zero_result_queries"),
        path("reports/zero-result-searches/results/", ZeroResultQueriesView.as_view(results_only=True), name="zero_result_queries_results"),
        path("reports/popular-searches/", PopularQueriesView.as_view(), name="popular_queries"),
        path("reports/popular-searches/results/", PopularQueriesView.as_view(results_only=True), name="popular_queries_results"),
    ]


class ZeroResultReportMenuItem(MenuItem):
    def is_shown(self, request):
        return ZeroResultQueriesView.permission_policy.user_has_permission(request.user, "view")


@hooks.register("register_reports_menu_item")
def register_zero_result_report_menu_item():
    return ZeroResultReportMenuItem(_("Tìm kiếm không có kết quả"), reverse("zero_result_queries"), icon_name="search", order=1310)


@hooks.register("register_reports_menu_item")
def register_popular_queries_menu_item():
    return ZeroResultReportMenuItem(_("Tìm kiếm nhiều nhất"), reverse("popular_queries"), icon_name="search", order=1300)

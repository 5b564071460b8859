import datetime

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.reports import ReportView
from wagtail.contrib.search_promotions.models import Query
from wagtail.permission_policies import ModelPermissionPolicy

from search.models import ZeroResultQuery


class ZeroResultQueriesView(ReportView):
    """What citizens searched for and did not find, most frequent first, per site (R-SRCH-1)."""

    page_title = _("Tìm kiếm không có kết quả")
    header_icon = "search"
    index_url_name = "zero_result_queries"
    index_results_url_name = "zero_result_queries_results"
    permission_policy = ModelPermissionPolicy(ZeroResultQuery)
    permission_required = "view"
    columns = [
        Column("query_string", label=_("Từ khoá")),
        Column("site", label=_("Trang")),
        Column("hits", label=_("Số lần")),
        DateColumn("last_searched", label=_("Lần gần nhất")),
    ]
    list_export = ["query_string", "site", "hits", "last_searched"]
    export_headings = {"query_string": _("Từ khoá"), "site": _("Trang"), "hits": _("Số lần"), "last_searched": _("Lần gần nhất")}

    def get_queryset(self):
        return ZeroResultQuery.objects.select_related("site")

    def get_filename(self):
        return f"tim-kiem-khong-co-ket-qua-{timezone.localdate():%Y-%m-%d}"


class PopularQueriesView(ReportView):
    """What citizens search for most, over the last 30 days (R-SRCH-1), from Wagtail's search-promotion query log.
    Wagtail's own "Search terms" report shows the same to superusers only; the Chief Editor needs it to choose
    promoted results. Wagtail counts queries for the whole portal, not per site."""

    page_title = _("Tìm kiếm nhiều nhất (30 ngày)")
    header_icon = "search"
    index_url_name = "popular_queries"
    index_results_url_name = "popular_queries_results"
    permission_policy = ZeroResultQueriesView.permission_policy
    permission_required = "view"
    columns = [Column("query_string", label=_("Từ khoá")), Column("_hits", label=_("Số lần"))]
    list_export = ["query_string", "_hits"]
    export_headings = {"query_string": _("Từ khoá"), "_hits": _("Số lần")}

    def get_queryset(self):
        return Query.get_most_popular(date_since=timezone.localdate() - datetime.timedelta(days=30))

    def get_filename(self):
        return f"tim-kiem-nhieu-nhat-{timezone.localdate():%Y-%m-%d}"

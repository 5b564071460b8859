from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from search.models import ZeroResultQuery


class ZeroResultQueriesView(ReportView):
    """What citizens searched for and did not find, most frequent first, per site (R-SRCH-1). Popular queries are
    Wagtail's "Search terms" report."""

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

import datetime

from django.db.models import Count, F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from subsites.models import Unit

REVIEW_PERIOD = datetime.timedelta(days=365)


class UnitsDueForReviewView(ReportView):
    """Units whose organisation, leadership, staff directory and contacts were not reviewed for more than 12 months
    (R-SITE-5, Art 21.1): one review date covers them all, and the report says how many officials each unit's staff
    directory lists (none: the directory is still to be published)."""

    page_title = _("Đơn vị quá hạn rà soát thông tin")
    header_icon = "date"
    index_url_name = "units_due_for_review"
    index_results_url_name = "units_due_for_review_results"
    permission_policy = ModelPermissionPolicy(Unit)
    permission_required = "change"
    columns = [
        TitleColumn("name", label=_("Đơn vị"), url_name="wagtailsnippets_subsites_unit:edit"),
        Column("parent", label=_("Đơn vị cấp trên")),
        Column("staff_count", label=_("Danh bạ cán bộ (số người)")),
        DateColumn("last_reviewed", label=_("Rà soát gần nhất")),
    ]
    list_export = ["name", "parent", "staff_count", "last_reviewed", "email", "phone"]
    export_headings = {
        "name": _("Đơn vị"),
        "parent": _("Đơn vị cấp trên"),
        "staff_count": _("Danh bạ cán bộ (số người)"),
        "last_reviewed": _("Rà soát gần nhất"),
        "email": _("Thư điện tử"),
        "phone": _("Điện thoại"),
    }

    def get_queryset(self):
        cutoff = timezone.localdate() - REVIEW_PERIOD
        overdue = Q(last_reviewed__lt=cutoff) | Q(last_reviewed__isnull=True)
        units = Unit.objects.filter(overdue).select_related("parent").annotate(staff_count=Count("staff"))
        return units.order_by(F("last_reviewed").asc(nulls_first=True), "name")

    def get_filename(self):
        return f"don-vi-qua-han-ra-soat-{timezone.localdate():%Y-%m-%d}"

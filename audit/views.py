"""The audit report "Nhật ký kiểm tra" (R-OPS-3, Art 6.2): every logged action with who, what, when, where and
why, filterable by site, action, person and dates, exportable as CSV or Excel.

It reads the same log entries as Wagtail's site history, but all of them — whatever the reader's page
permissions — which is why it is restricted to the Chief Editor, the IT administrators and superusers."""

from collections import defaultdict

import django_filters
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import IntegerField, Value
from django.utils import timezone
from django.utils.encoding import force_str
from django.utils.translation import gettext_lazy as _
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports.audit_logging import LogEntriesView
from wagtail.coreutils import get_content_type_label
from wagtail.log_actions import registry as log_action_registry
from wagtail.models import ModelLogEntry

from accounts.logins import names_of_deleted_accounts
from accounts.roles import may_read_audit_log
from audit.scope import SiteNames, site_condition
from subsites.models import PortalSite


class AuditFilterSet(WagtailFilterSet):
    site = django_filters.ChoiceFilter(label=_("Trang"), method="filter_site", empty_label=_("Tất cả"))
    action = django_filters.ChoiceFilter(label=_("Hành động"), empty_label=_("Tất cả"))
    user = django_filters.ModelChoiceFilter(label=_("Người thực hiện"), queryset=get_user_model().objects.none())
    timestamp = django_filters.DateFromToRangeFilter(label=_("Thời gian"), widget=DateRangePickerWidget)

    class Meta:
        model = ModelLogEntry
        fields = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["site"].extra["choices"] = [(site.slug, site.name) for site in PortalSite.objects.all()]
        self.filters["action"].extra["choices"] = sorted(log_action_registry.get_choices(), key=lambda choice: force_str(choice[1]))
        user_ids = set()
        for log_model in log_action_registry.get_log_entry_models():
            user_ids |= log_model.objects.all().get_user_ids()
        User = get_user_model()
        self.filters["user"].queryset = User.objects.filter(pk__in=user_ids).order_by(User.USERNAME_FIELD)

    def filter_site(self, queryset, name, value):
        portal_site = PortalSite.objects.select_related("site__root_page").filter(slug=value).first()
        if portal_site is None:
            return queryset.none()
        return queryset.filter(site_condition(portal_site, queryset.model))


def reason_of(entry) -> str:
    """Our actions keep their reason in data["reason"]; Wagtail's workflow actions a comment in data["comment"]."""
    data = entry.data or {}
    reason = data.get("reason") or data.get("comment") or ""
    if isinstance(reason, dict):  # Wagtail's page comments: {"text": …, "contentpath": …}
        reason = reason.get("text", "")
    return str(reason)


def person(username: str, full_name: str) -> str:
    return f"{username} ({full_name})" if full_name else username


class AuditReportView(LogEntriesView):
    page_title = _("Nhật ký kiểm tra")
    header_icon = "history"
    results_template_name = "wagtailadmin/reports/base_report_results.html"
    index_url_name = "audit_report"
    index_results_url_name = "audit_report_results"
    filterset_class = AuditFilterSet
    paginate_by = 50
    columns = [
        Column("time", label=_("Thời gian")),
        Column("who", label=_("Người thực hiện")),
        Column("message", label=_("Hành động")),
        TitleColumn("object", label=_("Đối tượng"), get_url=lambda entry: entry.edit_url),
        Column("site", label=_("Trang")),
        Column("reason", label=_("Lý do / ý kiến")),
        Column("ip", label=_("Địa chỉ IP")),
    ]
    list_export = ["time", "username", "full_name", "action_label", "message", "object", "site", "reason", "ip"]
    export_headings = {
        "time": _("Thời gian"),
        "username": _("Tài khoản"),
        "full_name": _("Họ tên"),
        "action_label": _("Hành động"),
        "message": _("Chi tiết"),
        "object": _("Đối tượng"),
        "site": _("Trang"),
        "reason": _("Lý do / ý kiến"),
        "ip": _("Địa chỉ IP"),
    }

    def dispatch(self, request, *args, **kwargs):
        if not may_read_audit_log(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_filename(self):
        return f"nhat-ky-kiem-tra-{timezone.localdate():%Y-%m-%d}"

    def get_filtered_queryset(self):
        """As Wagtail's site history (one union of every log model), but every entry, not those of the reader's pages."""
        self.log_models = list(log_action_registry.get_log_entry_models())
        queryset = None
        for index, log_model in enumerate(self.log_models):
            entries = log_model.objects.values("pk", "timestamp").annotate(log_model_index=Value(index, output_field=IntegerField()))
            entries = self.filter_queryset(entries).order_by()
            queryset = entries if queryset is None else queryset.union(entries, all=True)
        return queryset.order_by("-timestamp", "-pk")

    def get_table(self, object_list):
        return super().get_table(self.decorate_paginated_queryset(object_list))

    def decorate_paginated_queryset(self, queryset):
        """Called for the table and again by ReportView.get() on the same page of results: done once."""
        if getattr(self, "entries", None) is None:
            self.entries = self.load_entries(queryset)
        return self.entries

    def load_entries(self, queryset):
        rows = list(queryset)
        pks_by_model = defaultdict(list)
        for row in rows:
            pks_by_model[row["log_model_index"]].append(row["pk"])
        url_finder = AdminURLFinder(self.request.user)
        sites = SiteNames()
        entries = {}
        for index, pks in pks_by_model.items():
            log_entries = self.log_models[index].objects.select_related("user", "content_type").filter(pk__in=pks)
            for entry, instance in log_entries.with_instances():
                entries[(index, entry.pk)] = entry
                entry.instance = instance
        deleted = names_of_deleted_accounts({entry.user_id for entry in entries.values() if entry.user_id and entry.user is None})
        for entry in entries.values():
            self.describe(entry, entry.instance, url_finder, sites, deleted)
        return [entries[(row["log_model_index"], row["pk"])] for row in rows]

    @staticmethod
    def describe(entry, instance, url_finder, sites, deleted) -> None:
        """The columns of one row, as plain text, for the table and the export alike. The author of an entry whose
        account was deleted since keeps the name it had (accounts.logins); "#id" only when even that is unknown."""
        entry.edit_url = url_finder.get_edit_url(instance) if instance is not None else None
        entry.time = timezone.localtime(entry.timestamp).strftime("%d/%m/%Y %H:%M:%S")
        user = entry.user if entry.user_id else None
        if user is not None:
            entry.username, entry.full_name = user.get_username(), user.get_full_name().strip()
        else:
            entry.username, entry.full_name = deleted.get(entry.user_id, ("", ""))
        entry.who = person(entry.username, entry.full_name) or (f"#{entry.user_id}" if entry.user_id else "—")
        entry.action_label = force_str(log_action_registry.get_action_label(entry.action)) if entry.formatter else entry.action
        entry.message = force_str(entry.message)
        entry.object = f"{get_content_type_label(entry.content_type)}: {entry.label}" if entry.content_type_id else entry.label
        entry.site = sites.of(instance)
        entry.reason = reason_of(entry)
        entry.ip = (entry.data or {}).get("ip") or ""

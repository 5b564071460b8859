"""The register exported (R-IN-6, register views): CSV or XLSX, without personal data; with it only for the Standing
Board, each exported entry then logged as a view of its sender's data (R-IN-2). Monthly counts per channel and
outcome. Text that a spreadsheet would run as a formula stays text (accounts.exports)."""

import csv
import datetime
import io

from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from openpyxl import Workbook

from accounts.exports import neutralise_formula
from accounts.roles import is_standing_board
from defence import personal_data
from editorial.calendar import VIETNAM
from intake.access import is_register_keeper, may_open_register, visible_entries
from intake.admin_forms import FilterForm
from intake.models import SENDER_FIELDS, Channel, Entry, State

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def columns(with_personal_data: bool) -> list[tuple[str, str]]:
    names = ["pk", "received_at", "channel", "kind", "title", "organisation", "state", "is_late", "sending_deadline", "reference_number"]
    names += ["refusal_reason", "decided_at"]
    if with_personal_data:
        names += SENDER_FIELDS
    return [(name, "#" if name == "pk" else str(Entry._meta.get_field(name).verbose_name)) for name in names]


def value_of(entry: Entry, name: str):
    value = getattr(entry, name)
    display = getattr(entry, f"get_{name}_display", None)
    if display and value:
        value = display()
    if isinstance(value, datetime.datetime):
        return timezone.localtime(value).strftime("%d/%m/%Y %H:%M")
    if isinstance(value, bool):
        return _("Có") if value else ""
    return "" if value is None else value


def export(request):
    if not may_open_register(request.user):
        raise PermissionDenied
    with_personal_data = request.GET.get("ca_nhan") == "1"
    if with_personal_data and not is_standing_board(request.user):
        raise PermissionDenied
    entries = list(FilterForm(request.GET or None).filter(visible_entries(request.user)))
    header = columns(with_personal_data)
    rows = [[neutralise_formula(value_of(entry, name)) for name, _label in header] for entry in entries]
    if with_personal_data:
        for entry in entries:
            personal_data.log_view(entry, request.user, "export")
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
    if request.GET.get("dinh_dang") == "xlsx":
        workbook = Workbook()
        sheet = workbook.active
        sheet.append([label for _name, label in header])
        for row in rows:
            sheet.append([str(cell) for cell in row])
        buffer = io.BytesIO()
        workbook.save(buffer)
        response = HttpResponse(buffer.getvalue(), content_type=XLSX_TYPE)
        response["Content-Disposition"] = f'attachment; filename="so-tiep-nhan-{stamp}.xlsx"'
        return response
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="so-tiep-nhan-{stamp}.csv"'
    response.write("\ufeff")  # Excel reads the Vietnamese as UTF-8
    writer = csv.writer(response)
    writer.writerow([label for _name, label in header])
    writer.writerows(rows)
    return response


def monthly_counts(month: datetime.date) -> dict:
    start = datetime.datetime(month.year, month.month, 1, tzinfo=VIETNAM)
    end = datetime.datetime(month.year + month.month // 12, month.month % 12 + 1, 1, tzinfo=VIETNAM)
    entries = Entry.objects.filter(received_at__gte=start, received_at__lt=end)
    by_channel = dict(entries.values_list("channel").annotate(n=Count("pk")))
    by_state = dict(entries.values_list("state").annotate(n=Count("pk")))
    return {
        "channels": [(label, by_channel.get(value, 0)) for value, label in Channel.choices],
        "outcomes": [(label, by_state.get(value, 0)) for value, label in State.choices],
        "late": entries.filter(is_late=True).count(),
        "total": entries.count(),
    }


def counts(request):
    if not is_register_keeper(request.user):
        raise PermissionDenied
    try:
        month = datetime.datetime.strptime(request.GET.get("thang", ""), "%Y-%m").date()
    except ValueError:
        month = timezone.localdate().replace(day=1)
    if not 2000 <= month.year <= 2999:
        month = timezone.localdate().replace(day=1)
    return TemplateResponse(request, "intake/admin/counts.html", {"month": month, "figures": monthly_counts(month)})

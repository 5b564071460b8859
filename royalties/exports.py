"""A month's statement as XLSX (R-ROY-1 item 4): every line, the totals per person and per unit. The payment details go
in only for those who may read them (Standing Board, Chief Editor, accountant), each contributor then logged as
viewed. Text that a spreadsheet would run as a formula stays text (accounts.exports)."""

import io
from collections import defaultdict
from decimal import Decimal

from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from openpyxl import Workbook

from accounts.exports import neutralise_formula
from defence import personal_data
from royalties import access
from royalties.admin_views import period_for_export
from royalties.models import Contributor, Period

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def statement(period: Period, with_payment_details: bool) -> Workbook:
    return statement_of(period.lines.all(), with_payment_details)


def statement_of(lines, with_payment_details: bool) -> Workbook:
    """Every line, then the totals per person and per unit: a month's, or a quarter's or year's locked months'."""
    lines = list(lines.select_related("contributor", "genre").order_by("published_at", "pk"))
    book = Workbook()
    detail = book.active
    detail.title = _("Chi tiết")
    header = [_("Tác phẩm"), _("Xuất bản lúc"), _("Người hưởng"), _("Đơn vị, cơ quan"), _("Loại"), _("Thể loại, công việc")]
    header += [_("Hệ số"), _("Tỷ lệ hưởng"), _("Giá trị đơn vị hệ số"), _("Thành tiền (đồng)"), _("Trạng thái"), _("Tin bài đã bị gỡ")]
    detail.append(header)
    for line in lines:
        what = line.genre.name if line.genre else line.get_fee_role_display()
        who = [neutralise_formula(line.contributor.name), neutralise_formula(line.contributor.organisation)]
        figures = [float(line.coefficient), float(line.share), int(line.unit_value), int(line.amount)]
        published = timezone.localtime(line.published_at).strftime("%d/%m/%Y %H:%M")
        removed = _("Có") if line.item_removed else ""
        detail.append(
            [neutralise_formula(line.title), published, *who, line.get_kind_display(), what, *figures, line.get_state_display(), removed]
        )
    by_person, by_unit = defaultdict(Decimal), defaultdict(Decimal)
    people = {}
    for line in lines:
        by_person[line.contributor_id] += line.amount
        by_unit[line.contributor.organisation or _("(chưa ghi đơn vị)")] += line.amount
        people[line.contributor_id] = line.contributor
    persons = book.create_sheet(_("Theo người"))
    persons.append([_("Người hưởng"), _("Đơn vị, cơ quan"), _("Thành tiền (đồng)")] + (_payment_header() if with_payment_details else []))
    for contributor_id, amount in by_person.items():
        contributor = people[contributor_id]
        row = [neutralise_formula(contributor.name), neutralise_formula(contributor.organisation), int(amount)]
        if with_payment_details:
            row += [neutralise_formula(contributor.tax_code), neutralise_formula(contributor.citizen_id)]
            row += [neutralise_formula(contributor.bank_account), neutralise_formula(contributor.bank_name)]
        persons.append(row)
    units = book.create_sheet(_("Theo đơn vị"))
    units.append([_("Đơn vị, cơ quan"), _("Thành tiền (đồng)")])
    for unit, amount in sorted(by_unit.items()):
        units.append([neutralise_formula(unit), int(amount)])
    units.append([_("Tổng cộng"), int(sum((line.amount for line in lines), Decimal(0)))])
    return book


def _payment_header() -> list[str]:
    return [_("Mã số thuế"), _("Số định danh cá nhân"), _("Số tài khoản"), _("Ngân hàng")]


def export(request, period_id):
    period = period_for_export(request, period_id)
    with_payment_details = access.may_read_payment_details(request.user)
    if with_payment_details:
        for contributor_id in set(period.lines.values_list("contributor_id", flat=True)):
            personal_data.log_view(Contributor(pk=contributor_id), request.user, "export")
    buffer = io.BytesIO()
    statement(period, with_payment_details).save(buffer)
    response = HttpResponse(buffer.getvalue(), content_type=XLSX_TYPE)
    filename = f"nhuan-but-{period.portal_site.slug}-{period.month:%Y-%m}.xlsx"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response

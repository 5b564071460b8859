"""What the ledger adds up (R-ROY-1 item 4): a unit's royalty fund for the year against what its months use, with a
warning once it is passed; the statement of a quarter or a year (the locked months only: an open month may still
change); and a person's payment voucher for a month, in the customary layout with the total in Vietnamese words."""

import datetime
import io
from decimal import Decimal

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from openpyxl import Workbook

from defence import personal_data
from royalties import access
from royalties.admin_views import MASKS, period_for_export
from royalties.exports import XLSX_TYPE, statement_of
from royalties.ledger import budget_use
from royalties.models import PAYMENT_FIELDS, Contributor, Period, RoyaltyLine
from subsites.models import PortalSite
from vietnamese.numbers import amount_in_words, grouped

QUARTER_MONTHS = {1: (1, 3), 2: (4, 6), 3: (7, 9), 4: (10, 12)}


def months_of(year: int, quarter: int | None) -> tuple[datetime.date, datetime.date]:
    first, last = QUARTER_MONTHS[quarter] if quarter else (1, 12)
    return datetime.date(year, first, 1), datetime.date(year, last, 1)


def report(request, portal_site_id, year, quarter=None):
    """A quarter's or a year's statement of a unit: the sum of its locked months; the months left out are named."""
    if (quarter is not None and quarter not in QUARTER_MONTHS) or not 2000 <= year <= 2100:
        raise Http404
    portal_site = get_object_or_404(PortalSite, pk=portal_site_id)
    if not access.may_open_site_ledger(request.user, portal_site):
        raise Http404
    first, last = months_of(year, quarter)
    periods = access.visible_periods(request.user).filter(portal_site=portal_site, month__range=(first, last))
    locked = periods.filter(state=Period.State.LOCKED)
    lines = RoyaltyLine.objects.filter(period__in=locked)
    with_payment_details = access.may_read_payment_details(request.user)
    if with_payment_details:
        for contributor_id in set(lines.values_list("contributor_id", flat=True)):
            personal_data.log_view(Contributor(pk=contributor_id), request.user, "export")
    book = statement_of(lines, with_payment_details)
    _months_sheet(book, locked, periods.exclude(state=Period.State.LOCKED), budget_use(portal_site, year))
    buffer = io.BytesIO()
    book.save(buffer)
    response = HttpResponse(buffer.getvalue(), content_type=XLSX_TYPE)
    span = f"{year}-q{quarter}" if quarter else f"{year}"
    response["Content-Disposition"] = f'attachment; filename="nhuan-but-{portal_site.slug}-{span}.xlsx"'
    return response


def _months_sheet(book: Workbook, locked, left_out, budget: dict) -> None:
    sheet = book.create_sheet(_("Các tháng"))
    sheet.append([_("Tháng"), _("Trạng thái"), _("Thành tiền (đồng)")])
    for period in locked.order_by("month"):
        sheet.append(
            [f"{period.month:%m/%Y}", period.get_state_display(), int(sum((line.amount for line in period.lines.all()), Decimal(0)))]
        )
    for period in left_out.order_by("month"):
        sheet.append([f"{period.month:%m/%Y}", _("Chưa duyệt, không tính"), None])
    sheet.append([])
    sheet.append([_("Quỹ nhuận bút của năm"), None, int(budget["fund"]) if budget["fund"] is not None else _("Chưa nhập")])
    sheet.append([_("Đã dùng trong năm (kể cả kỳ đang lập)"), None, int(budget["used"])])
    if budget["exceeded"]:
        sheet.append([_("Vượt quỹ nhuận bút"), None, int(budget["used"] - budget["fund"])])


def voucher(request, period_id, contributor_id):
    """A person's payment statement for a month, to print (the browser's print, or save as PDF): the payment details
    shown to those who may read them (logged), masked for a component site's approvers."""
    period = period_for_export(request, period_id)
    contributor = get_object_or_404(Contributor, pk=contributor_id)
    lines = list(period.lines.filter(contributor=contributor).select_related("genre").order_by("published_at", "pk"))
    if not lines:
        raise Http404
    shown = access.may_read_payment_details(request.user)
    if shown:
        personal_data.log_view(contributor, request.user, "voucher")
    details = []
    for name in PAYMENT_FIELDS:
        value = getattr(contributor, name)
        details.append((Contributor._meta.get_field(name).verbose_name, value if shown else MASKS.get(name, personal_data.mask)(value)))
    amount = sum((line.amount for line in lines), Decimal(0))
    context = {
        "period": period,
        "contributor": contributor,
        "details": details,
        "lines": [(line, grouped(line.amount)) for line in lines],
        "total": grouped(amount),
        "in_words": amount_in_words(amount),
        "today": timezone.localdate(),
    }
    return TemplateResponse(request, "royalties/admin/voucher.html", context)

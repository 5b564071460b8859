"""Exports of a draft's raw comments, CSV or XLSX (issue 15, item 5): every comment with its place, text, state and
disposition; the commenters' personal data (name, e-mail, organisation) only for the drafting unit and the Standing
Board (consultations.access), each commenter so exported logged as a showing (defence.personal_data.log_view). Text
that a spreadsheet would run as a formula stays text (accounts.exports)."""

import csv
import io

from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from openpyxl import Workbook

from accounts.exports import neutralise_formula
from defence import personal_data
from vietnamese.text import without_control_characters

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def header(with_personal_data: bool) -> list[str]:
    names = [_("Số"), _("Thời điểm gửi"), _("Góp ý cho"), _("Nội dung góp ý"), _("Trạng thái"), _("Lý do không đăng")]
    names += [_("Hình thức"), _("Giải trình, tiếp thu")]
    if with_personal_data:
        names += [
            _("Người góp ý là"),
            _("Họ và tên"),
            _("Thư điện tử"),
            _("Cơ quan, tổ chức"),
            _("Hiện tên khi đăng góp ý"),
            _("Xác nhận thư điện tử lúc"),
        ]
    return names


def rows(page, user, with_personal_data: bool):
    for comment in page.comments.select_related("disposition").order_by("submitted_at", "pk"):
        disposition = getattr(comment, "disposition", None)
        values = [
            comment.pk,
            timezone.localtime(comment.submitted_at).strftime("%d/%m/%Y %H:%M"),
            comment.anchor_label or _("Cả dự thảo"),
            comment.text,
            comment.get_state_display(),
            comment.hidden_reason,
            disposition.get_kind_display() if disposition else "",
            disposition.explanation if disposition else "",
        ]
        if with_personal_data:
            personal_data.log_view(comment, user, "export")
            confirmed = timezone.localtime(comment.email_confirmed_at).strftime("%d/%m/%Y %H:%M") if comment.is_confirmed else ""
            values += [comment.get_author_kind_display(), comment.full_name, comment.email, comment.organisation]
            values += [_("Có") if comment.show_name else _("Không"), confirmed]
        # Control characters (in a comment or a disposition pasted from Word) are what XLSX cannot hold.
        yield [neutralise_formula(without_control_characters(value)) if isinstance(value, str) else value for value in values]


def _filename(page, extension: str) -> str:
    return f"gop-y-{page.slug}-{timezone.localdate():%Y-%m-%d}.{extension}"


def as_csv(page, user, with_personal_data: bool) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{_filename(page, "csv")}"'
    response.write("\ufeff")  # so that Excel reads the Vietnamese letters as UTF-8
    writer = csv.writer(response)
    writer.writerow(header(with_personal_data))
    writer.writerows(rows(page, user, with_personal_data))
    return response


def as_xlsx(page, user, with_personal_data: bool) -> HttpResponse:
    book = Workbook()
    sheet = book.active
    sheet.title = _("Góp ý")
    sheet.append(header(with_personal_data))
    for values in rows(page, user, with_personal_data):
        sheet.append(values)
    buffer = io.BytesIO()
    book.save(buffer)
    response = HttpResponse(buffer.getvalue(), content_type=XLSX_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{_filename(page, "xlsx")}"'
    return response

"""The summary report of a consultation (issue 15, item 5): "Bản tổng hợp, giải trình, tiếp thu ý kiến", built from the
dispositions of the published comments, grouped by article in the order of the draft (comments on the whole draft
first; those on a chapter's or a section's heading where it stands, before its first article), as DOCX (the customary
table: STT / Điều khoản / Tóm tắt ý kiến / Cơ quan, tổ chức, cá nhân góp ý / Giải trình, tiếp thu) and XLSX. A
commenter is named as the published comment names them (only if they chose to show their name). Text that a
spreadsheet would run as a formula stays text (accounts.exports)."""

import io

import docx
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from accounts.exports import neutralise_formula
from consultations.choices import CommentState
from consultations.draft_text import label_of, walk
from vietnamese.text import without_control_characters

COLUMNS = (
    gettext_lazy("STT"),
    gettext_lazy("Điều khoản"),
    gettext_lazy("Tóm tắt ý kiến"),
    gettext_lazy("Cơ quan, tổ chức, cá nhân góp ý"),
    gettext_lazy("Giải trình, tiếp thu"),
)
GROUPED = {"chuong", "muc", "dieu"}  # the places comments are listed under


def _places(structure: dict) -> dict[str, str]:
    """Every anchor of the draft → the place its comments are listed under: a chapter, section or article is its own
    place; a clause or point is listed under its article."""
    places = {}
    for node, parents in walk(structure.get("nodes", [])):
        if node["kind"] in GROUPED:
            places[node["anchor"]] = node["anchor"]
        else:
            articles = [parent["anchor"] for parent in parents if parent["kind"] == "dieu"]
            places[node["anchor"]] = articles[-1] if articles else node["anchor"]
    return places


def _structure(page, comments) -> dict:
    """The version the comments were made on (the latest of them), else the current one: its order is the report's."""
    version_ids = {comment.version_id for comment in comments if comment.version_id}
    versions = [version for version in page.versions.all() if version.pk in version_ids] or list(page.versions.all())
    return versions[-1].structure if versions else {}


def groups(page) -> list[tuple[str, list]]:
    """[(heading, [comment…])…]: the whole draft first, then the chapters, sections and articles in the draft's order
    (a comment on a chapter's or a section's heading before its first article), then any place the version lacks."""
    comments = list(page.comments.filter(state=CommentState.PUBLISHED).select_related("disposition").order_by("submitted_at", "pk"))
    structure = _structure(page, comments)
    places = _places(structure)
    by_place: dict[str, list] = {}
    for comment in comments:
        by_place.setdefault(places.get(comment.anchor, comment.anchor), []).append(comment)
    result = []
    if "" in by_place:
        result.append((_("Góp ý chung cho cả dự thảo"), by_place.pop("")))
    for node, parents in walk(structure.get("nodes", [])):
        if node["anchor"] in by_place:
            result.append((_place_heading(node, parents), by_place.pop(node["anchor"])))
    for anchor, rest in by_place.items():
        result.append((rest[0].anchor_label or anchor, rest))
    return result


def _place_heading(node: dict, parents) -> str:
    """“Điều 5. Người được trợ giúp pháp lý”, “Chương II. TỔ CHỨC…”, “Chương II, Mục 1. TRUNG TÂM…” (a section's number
    restarts in each chapter)."""
    labels = [label_of(parent) for parent in parents if node["kind"] == "muc" and parent["kind"] == "chuong"]
    return f"{', '.join([*labels, label_of(node, parents)])}. {node['heading']}".strip(" .")


def row(number: int, comment) -> list[str]:
    """Without control characters (in a comment kept before the form dropped them, or pasted from Word into a
    disposition): neither DOCX nor XLSX can hold them."""
    disposition = getattr(comment, "disposition", None)
    answer = f"{disposition.get_kind_display()}. {disposition.explanation}" if disposition else _("(chưa giải trình, tiếp thu)")
    summary = disposition.summary if disposition and disposition.summary else comment.text
    values = [str(number), comment.anchor_label or _("Cả dự thảo"), summary, str(comment.public_name), answer]
    return [without_control_characters(value) for value in values]


def title_lines(page) -> list[str]:
    period = _("Thời gian lấy ý kiến: từ %(opens)s đến %(closes)s") % {
        "opens": timezone.localtime(page.opens_at).strftime("%H:%M %d/%m/%Y"),
        "closes": timezone.localtime(page.closes_at).strftime("%H:%M %d/%m/%Y"),
    }
    return [_("BẢN TỔNG HỢP, GIẢI TRÌNH, TIẾP THU Ý KIẾN GÓP Ý"), without_control_characters(page.title), period]


def docx_report(page) -> bytes:
    document = docx.Document()
    heading, title, period = title_lines(page)
    document.add_heading(heading, level=1)
    document.add_paragraph(title)
    document.add_paragraph(period)
    table = document.add_table(rows=1, cols=len(COLUMNS))
    table.style = "Table Grid"
    for cell, name in zip(table.rows[0].cells, COLUMNS, strict=True):
        cell.text = str(name)
        cell.paragraphs[0].runs[0].bold = True
    number = 0
    for group_heading, comments in groups(page):
        cells = table.add_row().cells
        merged = cells[0].merge(cells[-1])
        merged.text = without_control_characters(group_heading)
        merged.paragraphs[0].runs[0].bold = True
        for comment in comments:
            number += 1
            for cell, value in zip(table.add_row().cells, row(number, comment), strict=True):
                cell.text = value
    if number == 0:
        document.add_paragraph(_("Không có góp ý nào được đăng trong thời hạn lấy ý kiến."))
    for paragraph in document.paragraphs:
        for run in paragraph.runs:
            run.font.size = Pt(12)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def xlsx_report(page) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = _("Tổng hợp ý kiến")
    for line in title_lines(page):
        sheet.append([neutralise_formula(line)])
    sheet.append([])
    sheet.append([str(name) for name in COLUMNS] + [_("Hình thức")])
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    number = 0
    for group_heading, comments in groups(page):
        sheet.append([neutralise_formula(without_control_characters(group_heading))])
        sheet.cell(row=sheet.max_row, column=1).font = Font(bold=True)
        for comment in comments:
            number += 1
            disposition = getattr(comment, "disposition", None)
            values = [neutralise_formula(value) for value in row(number, comment)]
            sheet.append([number, *values[1:], disposition.get_kind_display() if disposition else ""])
    for column, width in zip("ABCDEF", (6, 18, 60, 30, 60, 16), strict=True):
        sheet.column_dimensions[column].width = width
    for line in sheet.iter_rows(min_row=5):
        for cell in line:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()

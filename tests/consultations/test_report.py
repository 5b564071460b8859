"""The summary report and the exports (issue 15, items 5 and 6): the DOCX report lists each published comment under its
article, in the draft's order (a comment on a chapter's or section's heading where that heading stands), with its
disposition, the commenter named only if they chose so; the XLSX holds the same rows; once published, the draft's
page shows the same groups with each disposition and no personal data but the names shown by choice; the raw comment
exports carry personal data only for the drafting unit and the Standing Board, each exported commenter logged, and
never a formula. A comment's publication shows at once on a cached draft page."""

import csv
import io
import re

import docx
from django.utils import timezone
from openpyxl import load_workbook
from wagtail.models import ModelLogEntry

from consultations import disposing, moderation, report
from defence.personal_data import VIEWED
from tests.consultations.disposition_helpers import comment_on, revised_upload


def disposed_draft(draft, team):
    hoa = comment_on(draft, "dieu-5-khoan-2", "Đề nghị bổ sung người khuyết tật vào khoản 2.")
    whole = comment_on(draft, "", "Dự thảo cần thống nhất thuật ngữ.", show_name="", organisation="Sở Tư pháp Hòa Bình")
    late = comment_on(draft, "dieu-18", '=HYPERLINK("http://x")', full_name="Vũ Văn Nam", email="nam@example.vn")
    writer = team["standing_editor"]
    disposing.dispose(hoa, writer, "tiep-thu", "Đã bổ sung tại khoản 2 Điều 5.")
    disposing.dispose(whole, writer, "giai-trinh", "Thuật ngữ theo Luật Trợ giúp pháp lý.", summary="Thống nhất thuật ngữ.")
    disposing.dispose(late, writer, "khong-tiep-thu", "Thù lao do Bộ Tài chính quy định.")
    return hoa, whole, late


def test_the_docx_report_lists_each_comment_under_its_article_with_its_disposition(closed_draft, team):
    disposed_draft(closed_draft, team)
    document = docx.Document(io.BytesIO(report.docx_report(closed_draft)))
    assert document.paragraphs[0].text == "BẢN TỔNG HỢP, GIẢI TRÌNH, TIẾP THU Ý KIẾN GÓP Ý"
    table = document.tables[0]
    rows = [[cell.text for cell in row.cells] for row in table.rows]
    assert rows[0] == ["STT", "Điều khoản", "Tóm tắt ý kiến", "Cơ quan, tổ chức, cá nhân góp ý", "Giải trình, tiếp thu"]
    groups = [row[0] for row in rows[1:] if len(set(row)) == 1]
    assert groups[0] == "Góp ý chung cho cả dự thảo"
    assert groups[1].startswith("Điều 5.") and groups[2].startswith("Điều 18.")
    lines = [row for row in rows[1:] if len(set(row)) > 1]
    assert lines[0][:4] == ["1", "Cả dự thảo", "Thống nhất thuật ngữ.", "Người góp ý không công khai tên"]
    assert lines[0][4] == "Giải trình. Thuật ngữ theo Luật Trợ giúp pháp lý."
    assert lines[1][:2] == ["2", "Điều 5 khoản 2"] and lines[1][3] == "Lê Thị Hoa"
    assert lines[1][4] == "Tiếp thu. Đã bổ sung tại khoản 2 Điều 5."
    assert lines[2][1] == "Điều 18" and lines[2][4].startswith("Không tiếp thu.")


def test_the_xlsx_report_has_the_same_rows_and_no_formula(closed_draft, team):
    disposed_draft(closed_draft, team)
    sheet = load_workbook(io.BytesIO(report.xlsx_report(closed_draft))).active
    values = [[cell for cell in row if cell is not None] for row in sheet.iter_rows(values_only=True)]
    numbered = [row for row in values if row and isinstance(row[0], int)]
    assert [row[0] for row in numbered] == [1, 2, 3]
    assert numbered[2][2] == '\'=HYPERLINK("http://x")' and numbered[2][-1] == "Không tiếp thu"


def export(client, draft, extension):
    return client.get(f"/admin/consultations/du-thao/{draft.pk}/gop-y.{extension}")


def test_the_exports_carry_personal_data_only_for_the_drafting_unit_and_the_standing_board(client, closed_draft, team):
    disposed_draft(closed_draft, team)
    client.force_login(team["standing_editor"])
    response = export(client, closed_draft, "csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert "Thư điện tử" in rows[0] and any("hoa.lt@example.vn" in row for row in rows)
    assert any(row[3] == '\'=HYPERLINK("http://x")' for row in rows[1:])
    assert ModelLogEntry.objects.filter(action=VIEWED, user=team["standing_editor"]).count() == 3
    client.force_login(team["board_member"])
    response = export(client, closed_draft, "xlsx")
    sheet = load_workbook(io.BytesIO(response.content)).active
    cells = [cell for row in sheet.iter_rows(values_only=True) for cell in row]
    assert "Thư điện tử" not in cells and "hoa.lt@example.vn" not in cells and "Đề nghị bổ sung người khuyết tật vào khoản 2." in cells
    assert not ModelLogEntry.objects.filter(action=VIEWED, user=team["board_member"]).exists()
    client.force_login(team["thads_approver"])
    assert export(client, closed_draft, "csv").status_code == 404


def test_a_published_comment_shows_at_once_on_the_cached_draft_page(client, open_draft, settings):
    settings.PAGE_CACHE_ENABLED = True
    comment = comment_on(open_draft, "dieu-5-khoan-2", "Góp ý sẽ được đăng sau.", publish=False)
    first = client.get(open_draft.url, HTTP_HOST="localhost")
    assert client.get(open_draft.url, HTTP_HOST="localhost")["X-Page-Cache"] == "hit"
    assert "Góp ý sẽ được đăng sau." not in first.text
    moderation.publish(comment, None)
    again = client.get(open_draft.url, HTTP_HOST="localhost")
    assert again["X-Page-Cache"] == "miss" and "Góp ý sẽ được đăng sau." in again.text


def test_the_report_preview_and_the_revised_draft_are_for_the_drafting_unit_only(client, closed_draft, team):
    disposed_draft(closed_draft, team)
    disposing.submit(closed_draft, team["standing_editor"], revised_upload(), "Dự thảo chỉnh lý")
    urls = [f"/admin/consultations/du-thao/{closed_draft.pk}/{name}" for name in ("bao-cao.docx", "bao-cao.xlsx", "du-thao-chinh-ly.docx")]
    client.force_login(team["standing_approver"])
    assert [client.get(url).status_code for url in urls] == [200, 200, 200]
    assert client.get(f"/admin/consultations/du-thao/{closed_draft.pk}/bao-cao.pdf").status_code == 404
    for username in ("thads_approver", "board_member"):
        client.force_login(team[username])
        assert [client.get(url).status_code for url in urls] in ([404] * 3, [403] * 3, [302] * 3)


def test_comments_on_a_chapter_or_a_section_heading_stand_in_the_draft_order_in_both_reports(closed_draft, team):
    disposed_draft(closed_draft, team)  # the whole draft, Điều 5 khoản 2, Điều 18
    on_section = comment_on(closed_draft, "chuong-ii-muc-1", "Mục 1 nên gọi là Trung tâm trợ giúp pháp lý.")
    on_chapter = comment_on(closed_draft, "chuong-ii", "Chương II nên tách phần tổ chức tham gia.")
    on_article = comment_on(closed_draft, "dieu-7-khoan-1", "Khoản 1 Điều 7 cần nêu trụ sở.")
    for comment in (on_section, on_chapter, on_article):
        disposing.dispose(comment, team["standing_editor"], "giai-trinh", "Giữ như dự thảo.")
    rows = [[cell.text for cell in row.cells] for row in docx.Document(io.BytesIO(report.docx_report(closed_draft))).tables[0].rows]
    headings = [row[0] for row in rows[1:] if len(set(row)) == 1]
    assert headings == [
        "Góp ý chung cho cả dự thảo",
        "Điều 5. Người được trợ giúp pháp lý",
        "Chương II. TỔ CHỨC THỰC HIỆN TRỢ GIÚP PHÁP LÝ",
        "Chương II, Mục 1. TRUNG TÂM TRỢ GIÚP PHÁP LÝ NHÀ NƯỚC",
        "Điều 7. Trung tâm trợ giúp pháp lý nhà nước",
        "Điều 18. Cộng tác viên trợ giúp pháp lý",
    ]
    texts = [row[2] for row in rows[1:] if len(set(row)) > 1]
    assert texts[2:5] == [on_chapter.text, on_section.text, on_article.text]
    assert [row[0] for row in rows[1:] if len(set(row)) > 1] == ["1", "2", "3", "4", "5", "6"]
    sheet = load_workbook(io.BytesIO(report.xlsx_report(closed_draft))).active
    column = [row[0] for row in sheet.iter_rows(min_row=6, values_only=True)]
    assert [value for value in column if isinstance(value, str)] == headings
    assert [sheet.cell(row=index + 6, column=3).value for index, value in enumerate(column) if isinstance(value, int)][2:5] == texts[2:5]


def day(comment) -> str:
    return f"{timezone.localtime(comment.submitted_at):%d/%m/%Y}"


def test_once_the_report_is_published_the_draft_shows_each_comment_under_its_article_with_its_disposition(
    client, closed_draft, team, django_capture_on_commit_callbacks
):
    hoa, whole, late = disposed_draft(closed_draft, team)
    hidden = comment_on(closed_draft, "dieu-5", "Góp ý không được đăng.", publish=False, full_name="Đỗ Văn Ẩn")
    moderation.hide(hidden, team["standing_editor"], "Không liên quan đến dự thảo.")
    before = client.get(closed_draft.url).text
    assert "draft-dispositions" not in before and "Thuật ngữ theo Luật Trợ giúp pháp lý." not in before
    disposing.submit(closed_draft, team["standing_editor"], revised_upload(), "Dự thảo chỉnh lý")
    with django_capture_on_commit_callbacks(execute=True):
        disposing.approve(closed_draft, team["standing_approver"])
    response = client.get(closed_draft.url)
    assert response.status_code == 200
    section = response.text.split('class="draft-dispositions"', 1)[1].split("</section>", 1)[0]
    headings = re.findall(r"<h3>([^<]+)</h3>", section)
    assert headings == ["Góp ý chung cho cả dự thảo", "Điều 5. Người được trợ giúp pháp lý", "Điều 18. Cộng tác viên trợ giúp pháp lý"]
    items = re.findall(r"<li>(.*?)</li>", section, re.DOTALL)
    assert [re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", item)).strip() for item in items] == [
        f"Cả dự thảo · Người góp ý không công khai tên · {day(whole)} Dự thảo cần thống nhất thuật ngữ. "
        "Giải trình Thuật ngữ theo Luật Trợ giúp pháp lý.",
        f"Điều 5 khoản 2 · Lê Thị Hoa · {day(hoa)} Đề nghị bổ sung người khuyết tật vào khoản 2. Tiếp thu Đã bổ sung tại khoản 2 Điều 5.",
        f"Điều 18 · Vũ Văn Nam · {day(late)} =HYPERLINK(&quot;http://x&quot;) Không tiếp thu Thù lao do Bộ Tài chính quy định.",
    ]
    # No personal data but the names the commenters chose to show: no address, no hidden organisation, no hidden comment.
    for private in ("example.vn", "Sở Tư pháp Hòa Bình", "Đỗ Văn Ẩn", "Góp ý không được đăng.", "Không liên quan đến dự thảo."):
        assert private not in response.text

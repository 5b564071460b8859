"""Consultations attacked (a hostile review): invisible control characters — typed by a bot into a comment, or pasted
from Word into a disposition (its manual line break is one) — never break the report's DOCX and XLSX, the raw
exports, nor the approval that publishes the report; the confirmation link (a secret in the address) is not handed to the
site's tracking scripts; a comment moderated in after the set was sent for approval is not published in the report
without its disposition; a commenter's address is not recognised from the digest a confirmation link carries."""

import base64
import hashlib
import io
import json

import docx
from openpyxl import load_workbook

from consultations import commenting, disposing
from consultations.models import Comment
from home.models import SiteTracking
from tests.consultations.conftest import comment_fields, post_comment
from tests.consultations.disposition_helpers import comment_on, decide, dispose, revised_upload, submit
from tests.home.test_site_settings import EMC_SNIPPET

PASTED = "Đã tiếp thu,\x0bchỉnh lý khoản 2\x0c Điều 5.\x01"


def test_control_characters_in_a_comment_are_not_kept(client, open_draft):
    response = post_comment(client, open_draft, comment_fields(text="Đề nghị\x0bbổ sung\x1b khoản 2.", full_name="Lê\x08 Thị Hoa"))
    assert response.status_code == 200
    comment = Comment.objects.get()
    assert comment.text == "Đề nghị\nbổ sung khoản 2." and comment.full_name == "Lê Thị Hoa"


def test_a_disposition_pasted_from_word_does_not_break_the_reports_the_exports_nor_the_approval(client, closed_draft, team):
    comment = comment_on(closed_draft, "dieu-5-khoan-2", "Góp ý\x0bcũ, nhận trước khi form lọc ký tự.\x1b")
    disposing.dispose(comment, team["standing_editor"], "tiep-thu", PASTED, summary="Bổ sung\x0bngười khuyết tật.")
    client.force_login(team["standing_editor"])
    base = f"/admin/consultations/du-thao/{closed_draft.pk}"
    word = client.get(f"{base}/bao-cao.docx")
    assert word.status_code == 200
    cells = [cell.text for row in docx.Document(io.BytesIO(word.content)).tables[0].rows for cell in row.cells]
    assert "Tiếp thu. Đã tiếp thu,\nchỉnh lý khoản 2\n Điều 5." in cells
    for address in (f"{base}/bao-cao.xlsx", f"{base}/gop-y.xlsx", f"{base}/gop-y.csv"):
        assert client.get(address).status_code == 200, address
    sheet = load_workbook(io.BytesIO(client.get(f"{base}/gop-y.xlsx").content)).active
    assert "Góp ý\ncũ, nhận trước khi form lọc ký tự." in [cell for row in sheet.iter_rows(values_only=True) for cell in row]
    disposing.submit(closed_draft, team["standing_editor"], revised_upload(), "Dự thảo chỉnh lý")
    client.force_login(team["standing_approver"])
    assert decide(client, closed_draft).status_code == 302
    closed_draft.refresh_from_db()
    assert closed_draft.report_published_at is not None


def test_the_confirmation_link_is_not_handed_to_the_sites_tracking_scripts(client, open_draft, main_site):
    SiteTracking.objects.update_or_create(site=main_site.site, defaults={"tracking_code": EMC_SNIPPET})
    assert "f-emc.ngsp.gov.vn" in client.get(open_draft.url, HTTP_HOST="localhost").text
    comment = comment_on(open_draft, "dieu-5-khoan-2", "Góp ý.", publish=False)
    Comment.objects.filter(pk=comment.pk).update(email_confirmed_at=None)
    link = f"{open_draft.url}xac-nhan/{commenting.confirmation_token(comment)}/"
    page = client.get(link, HTTP_HOST="localhost").text
    assert "Xác nhận thư điện tử" in page and "f-emc.ngsp.gov.vn" not in page


def test_a_comment_published_after_the_set_was_sent_is_not_approved_without_its_disposition(client, closed_draft, team):
    disposed = comment_on(closed_draft, "dieu-5-khoan-2", "Đề nghị bổ sung người khuyết tật.")
    late = comment_on(closed_draft, "", "Góp ý xác nhận muộn, chưa kiểm duyệt.", publish=False, email="nam.vv@example.vn")
    client.force_login(team["standing_editor"])
    assert dispose(client, disposed).status_code == 302
    assert submit(client, closed_draft).status_code == 302
    assert client.post(f"/admin/consultations/{late.pk}/kiem-duyet/", {"action": "publish"}).status_code == 302
    client.force_login(team["standing_approver"])
    response = decide(client, closed_draft)
    assert response.status_code == 400 and "chưa được giải trình, tiếp thu" in response.text
    closed_draft.refresh_from_db()
    assert closed_draft.report_published_at is None


def test_an_address_cannot_be_recognised_from_a_confirmation_link_or_a_copy_of_the_database(client, open_draft):
    assert post_comment(client, open_draft, comment_fields()).status_code == 200
    comment = Comment.objects.get()
    token = commenting.confirmation_token(comment)
    payload = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode()
    readable = json.loads(base64.urlsafe_b64decode(payload.split(":")[0] + "=="))  # what anyone holding the link reads
    guessed = hashlib.sha256(b"consultations:hoa.lt@example.vn").hexdigest()
    assert readable["e"] != guessed[:16] and comment.email_digest != guessed


def test_an_odd_draft_filter_on_the_moderation_list_is_ignored_not_a_server_error(client, open_draft, team):
    comment_on(open_draft, "dieu-5-khoan-2", "Góp ý đã đăng.")
    client.force_login(team["standing_editor"])
    for odd in ("²", "٣", "99999999999999999999", "-1"):
        response = client.get("/admin/consultations/", {"draft": odd})
        assert response.status_code == 200 and "Góp ý đã đăng." in response.text, odd
    assert "Góp ý đã đăng." in client.get("/admin/consultations/", {"draft": str(open_draft.pk)}).text

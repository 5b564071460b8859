"""The form of Art 9 at /gui-thong-tin/ (R-IN-1…R-IN-4): a sender's information reaches the register once, with its
channel and time, the sender's data encrypted; every bad field says what is wrong with the form kept; attachments
are checked; bots are kept out and a burst from one address is throttled."""

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import override_settings

from defence import spam
from intake.models import Channel, Entry, Event
from tests.intake.conftest import MINIMAL_PDF, challenge_of, png_bytes, post_form, question_of, valid_fields

pytestmark = pytest.mark.django_db


def raw_column(entry_id: int, column: str) -> str:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {column} FROM intake_entry WHERE id = %s", [entry_id])
        return cursor.fetchone()[0]


def test_a_sender_sends_information_and_it_is_registered_once_with_its_channel_time_and_attachments(client, main_site):
    files = [SimpleUploadedFile("bao-cao.pdf", MINIMAL_PDF), SimpleUploadedFile("anh.png", png_bytes())]
    response = post_form(client, valid_fields(attachments=files))
    assert response.status_code == 200
    entry = Entry.objects.get()
    assert f"số tiếp nhận {entry.pk}" in response.text
    assert (entry.channel, entry.kind, entry.title) == (Channel.WEB, "news", "Hội nghị tập huấn nghiệp vụ hộ tịch năm 2026")
    assert entry.received_at is not None and entry.consented_at == entry.received_at
    assert sorted(entry.attachments.values_list("name", flat=True)) == ["anh.png", "bao-cao.pdf"]
    assert list(entry.events.values_list("kind", flat=True)) == [Event.Kind.RECEIVED]
    # Stored as cleaned: one way of writing each number.
    assert (entry.phone, entry.citizen_id, entry.tax_code) == ("0912345678", "037190001234", "0100109106")
    assert mail.outbox[-1].to == ["lan.nt@ninhbinh.gov.vn"] and str(entry.pk) in mail.outbox[-1].subject


def test_the_senders_personal_data_is_encrypted_in_the_database(client, main_site):
    post_form(client, valid_fields())
    entry = Entry.objects.get()
    for column, plain in [
        ("full_name", "Nguyễn Thị Lan"),
        ("citizen_id", "037190001234"),
        ("phone", "0912345678"),
        ("email", "lan.nt@ninhbinh.gov.vn"),
    ]:
        stored = raw_column(entry.pk, column)
        assert plain not in stored and stored.startswith("gAAAA")  # a Fernet token
        assert getattr(entry, column) == plain


def test_the_attachments_are_not_public_media(client, main_site, settings):
    post_form(client, valid_fields(attachments=[SimpleUploadedFile("bao-cao.pdf", MINIMAL_PDF)]))
    attachment = Entry.objects.get().attachments.get()
    assert str(settings.PRIVATE_MEDIA_ROOT) in attachment.file.path
    assert str(settings.MEDIA_ROOT) + "/" not in attachment.file.path
    assert client.get(f"/media/{attachment.file.name}", HTTP_HOST="localhost").status_code == 404


@pytest.mark.parametrize(
    "field, value, message",
    [
        ("title", "", "Hãy nhập tiêu đề."),
        ("kind", "", "Hãy chọn loại thông tin."),
        ("kind", "thu-rac", "Loại thông tin không hợp lệ."),
        ("full_name", "", "Hãy nhập họ và tên."),
        ("tax_code", "0100109107", "chữ số kiểm tra (chữ số thứ 10) không khớp"),
        ("tax_code", "12345", "Mã số thuế gồm 10 hoặc 13 chữ số"),
        ("tax_code", "0100109106-000", "Ba chữ số cuối của mã số thuế chi nhánh"),
        ("citizen_id", "03719000123", "gồm đúng 12 chữ số"),
        ("citizen_id", "003190001234", "không phải mã tỉnh, thành phố nào"),
        ("citizen_id", "037990001234", "thế kỷ, giới tính"),
        ("phone", "0123 456 789", "Số điện thoại không đúng"),
        ("phone", "09x2345678", "Số điện thoại chỉ gồm chữ số"),
        ("email", "lan@", "Địa chỉ thư điện tử không đúng"),
        ("signed_on", "31/02/2026", "Ngày không đúng"),
        ("signed_on", "01/01/2999", "không thể ở tương lai"),
        ("consent", None, "Cần có sự đồng ý xử lý dữ liệu cá nhân"),
    ],
)
def test_each_bad_field_gets_its_own_message_and_the_form_is_kept(client, main_site, field, value, message):
    response = post_form(client, valid_fields(**{field: value}))
    assert response.status_code == 400
    assert message in response.text
    assert not Entry.objects.exists()
    # What was typed is still there.
    assert 'value="Sở Tư pháp tỉnh Ninh Bình"' in response.text
    assert "Sáng 25/11, Sở Tư pháp tổ chức hội nghị" in response.text


def test_an_administrative_document_needs_its_signing_date_and_the_portal_among_its_recipients(client, main_site):
    response = post_form(client, valid_fields(kind="administrative"))
    assert "Văn bản chỉ đạo, điều hành phải có ngày ký ban hành." in response.text
    assert "phải ghi Cổng Thông tin điện tử Bộ Tư pháp trong nơi nhận (Điều 9.2)" in response.text
    assert not Entry.objects.exists()


def test_information_sent_after_its_deadline_is_flagged_late(client, main_site):
    response = post_form(client, valid_fields(kind="administrative", signed_on="02/01/2025", names_portal="on"))
    assert "được gửi sau thời hạn gửi đăng tải (Điều 10)" in response.text
    entry = Entry.objects.get()
    assert entry.is_late and entry.sending_deadline is not None and entry.sending_deadline < entry.received_at


def test_wrong_type_and_oversized_attachments_are_refused_with_their_name(client, main_site, settings):
    renamed = SimpleUploadedFile("to-trinh.pdf", b"MZ\x90\x00 not a pdf at all")
    response = post_form(client, valid_fields(attachments=[renamed]))
    assert "Nội dung tệp to-trinh.pdf không đúng định dạng .pdf" in response.text
    response = post_form(client, valid_fields(attachments=[SimpleUploadedFile("chay.exe", b"MZ")]))
    assert "Không nhận tệp chay.exe" in response.text
    settings.INTAKE_MAX_ATTACHMENT_SIZE = 100
    response = post_form(client, valid_fields(attachments=[SimpleUploadedFile("lon.pdf", MINIMAL_PDF + b" " * 200)]))
    assert "Tệp lon.pdf quá lớn" in response.text
    assert not Entry.objects.exists()


def test_without_javascript_the_question_lets_a_person_send(client, main_site):
    page = client.get("/gui-thong-tin/", HTTP_HOST="localhost").text
    token, answer = question_of(page)
    response = client.post("/gui-thong-tin/", {**valid_fields(), "cau_hoi_ma": token, "cau_tra_loi": str(answer)}, HTTP_HOST="localhost")
    assert response.status_code == 200 and Entry.objects.count() == 1
    # The same question answered again (a replay) is refused.
    again = client.post("/gui-thong-tin/", {**valid_fields(), "cau_hoi_ma": token, "cau_tra_loi": str(answer)}, HTTP_HOST="localhost")
    assert again.status_code == 400 and Entry.objects.count() == 1


def test_a_bot_is_refused_without_proof_of_work_or_answer_with_a_filled_honeypot_or_a_replayed_proof(client, main_site):
    response = post_form(client, valid_fields(), solve=False)
    assert response.status_code == 400 and "Hãy trả lời câu hỏi kiểm tra" in response.text
    response = post_form(client, valid_fields(trang_web="http://spam.example"))
    assert response.status_code == 400 and "Không kiểm tra được bạn là người gửi thật" in response.text
    page = client.get("/gui-thong-tin/", HTTP_HOST="localhost").text
    proof = spam.solve(challenge_of(page))
    assert client.post("/gui-thong-tin/", {**valid_fields(), "bang_chung": proof}, HTTP_HOST="localhost").status_code == 200
    assert client.post("/gui-thong-tin/", {**valid_fields(), "bang_chung": proof}, HTTP_HOST="localhost").status_code == 400
    assert client.post("/gui-thong-tin/", {**valid_fields(), "bang_chung": "bm90IGpzb24="}, HTTP_HOST="localhost").status_code == 400
    assert Entry.objects.count() == 1


@override_settings(SPAM_POSTS_PER_HOUR=10)
def test_a_burst_of_50_posts_from_one_address_is_throttled_and_another_address_still_sends(client, main_site):
    statuses = [post_form(client, valid_fields(), REMOTE_ADDR="203.0.113.7").status_code for _ in range(50)]
    assert statuses[:10] == [200] * 10
    assert statuses[10:] == [429] * 40
    assert Entry.objects.count() == 10
    throttled = post_form(client, valid_fields(title="Tiêu đề vẫn còn"), REMOTE_ADDR="203.0.113.7")
    assert "Bạn đã gửi quá nhiều lần trong một giờ" in throttled.text and 'value="Tiêu đề vẫn còn"' in throttled.text
    assert post_form(client, valid_fields(), REMOTE_ADDR="198.51.100.2").status_code == 200
    assert Entry.objects.count() == 11


def test_the_form_is_on_the_main_portal_only_and_in_english_under_en(client, main_site, thads_site):
    assert client.get("/gui-thong-tin/", HTTP_HOST=thads_site.hostname).status_code == 404
    page = client.get("/gui-thong-tin/", HTTP_HOST="localhost").text
    assert 'name="citizen_id"' in page and 'name="consent"' in page and 'name="trang_web"' in page
    english = client.get("/en/gui-thong-tin/", HTTP_HOST="localhost").text
    assert "Send information" in english

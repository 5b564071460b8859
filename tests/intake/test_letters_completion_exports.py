"""Letters registered by hand (R-IN-1), completion requests through a signed link (R-IN-6), the export and the
monthly counts (register views), retention and key rotation of the senders' personal data (R-IN-2)."""

import csv
import datetime
import io
import re

import pytest
from cryptography.fernet import Fernet
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import connection
from django.utils import timezone
from openpyxl import load_workbook
from wagtail.models import ModelLogEntry

from defence import personal_data, spam
from defence.personal_data import VIEWED
from intake.models import Channel, Entry, Event, State
from intake.register import register
from tests.intake.conftest import MINIMAL_PDF, challenge_of
from tests.intake.test_register_admin import ADMIN, SENDER, as_, decide

pytestmark = pytest.mark.django_db


def letter_fields(**changes):
    data = {"reference_number": "125/STP-VP", "received_on": "28/11/2026", "kind": "other", "title": "Công văn đề nghị đăng tin"}
    data |= {"content": "Nội dung công văn.", "organisation": "Sở Tư pháp Hà Nội", "full_name": "Trần Văn Bình"}
    data |= {"scan": SimpleUploadedFile("cong-van.pdf", MINIMAL_PDF)}
    return {**data, **changes}


@pytest.mark.parametrize("role", ["standing_editor", "standing_approver", "chief", "thads_editor", "focal_thads", None])
def test_a_letter_is_registered_by_the_standing_board_with_its_number_date_and_scan(client, staff, role):
    response = as_(client, staff, role).post("/admin/intake/van-ban-giay/", letter_fields(), **ADMIN)
    if role in ("standing_editor", "standing_approver", "chief"):
        entry = Entry.objects.get()
        assert response.status_code == 302 and response.url == f"/admin/intake/{entry.pk}/"
        assert (entry.channel, entry.reference_number) == (Channel.LETTER, "125/STP-VP")
        assert timezone.localtime(entry.received_at).date() == datetime.date(2026, 11, 28)
        assert entry.attachments.get().is_scan and entry.full_name == "Trần Văn Bình"
        assert entry.events.get().user == staff[role]
    else:
        assert response.status_code in (302, 403) and not Entry.objects.exists()


def test_a_letter_without_scan_or_number_is_refused_with_the_form_kept(client, staff):
    response = as_(client, staff, "standing_editor").post(
        "/admin/intake/van-ban-giay/", letter_fields(scan="", reference_number=""), **ADMIN
    )
    assert response.status_code == 400
    assert "Hãy tải lên bản quét của văn bản." in response.text and "Hãy nhập số, ký hiệu." in response.text
    assert "Công văn đề nghị đăng tin" in response.text and not Entry.objects.exists()


def test_asking_for_completion_e_mails_a_link_the_sender_completes_once(client, staff, main_site):
    entry = register(Channel.WEB, {"kind": "news", "title": "Tin thiếu ảnh", "content": "Nội dung.", **SENDER})
    decide(as_(client, staff, "standing_editor"), entry, {"decision": "ask", "comment": "Xin gửi ảnh và ngày diễn ra sự kiện."})
    entry.refresh_from_db()
    assert entry.state == State.AWAITING_COMPLETION and entry.completion_due_at > entry.completion_requested_at
    message = mail.outbox[-1]
    assert message.to == ["lan.nt@ninhbinh.gov.vn"] and "Xin gửi ảnh" in message.body
    path = re.search(r"(/gui-thong-tin/bo-sung/[^/\s]+/)", message.body).group(1)
    client.logout()
    page = client.get(path, HTTP_HOST="localhost")
    assert page.status_code == 200 and "Xin gửi ảnh và ngày diễn ra sự kiện." in page.text
    data = {"addition": "Sự kiện diễn ra ngày 25/11.", "attachments": SimpleUploadedFile("anh.pdf", MINIMAL_PDF)}
    response = client.post(path, {**data, "bang_chung": spam.solve(challenge_of(page.text))}, HTTP_HOST="localhost")
    assert response.status_code == 200 and "Đã nhận nội dung bổ sung" in response.text
    entry.refresh_from_db()
    assert entry.state == State.COMPLETED and "Sự kiện diễn ra ngày 25/11." in entry.content and entry.attachments.count() == 1
    assert entry.events.filter(kind=Event.Kind.COMPLETED).exists()
    assert client.get(path, HTTP_HOST="localhost").status_code == 404  # used once
    assert client.get(path[:-5] + "xxxx/", HTTP_HOST="localhost").status_code == 404  # tampered


def test_an_unanswered_request_is_flagged_after_one_working_day_for_the_boards_decision(client, staff, main_site):
    entry = register(Channel.WEB, {"kind": "news", "title": "Tin chờ bổ sung", "content": "x", **SENDER})
    decide(as_(client, staff, "standing_editor"), entry, {"decision": "ask", "comment": "Thiếu ngày."})
    assert "Tin chờ bổ sung" not in client.get("/admin/", **ADMIN).text.split("Đề nghị bổ sung quá hạn")[-1]
    Entry.objects.filter(pk=entry.pk).update(completion_due_at=timezone.now() - datetime.timedelta(minutes=1))
    call_command("flag_unanswered_completions", stdout=io.StringIO())
    call_command("flag_unanswered_completions", stdout=io.StringIO())
    assert entry.events.filter(kind=Event.Kind.FLAGGED).count() == 1
    assert "Tin chờ bổ sung" in client.get("/admin/", **ADMIN).text.split("Đề nghị bổ sung quá hạn")[-1]
    assert "Quá hạn bổ sung" in client.get("/admin/intake/", **ADMIN).text
    # The Board decides: a refusal is still possible.
    decide(client, entry, {"decision": "refuse", "reason": "quality", "comment": "Không bổ sung."})
    entry.refresh_from_db()
    assert entry.state == State.REFUSED


def exported_rows(response) -> list[list[str]]:
    if response["Content-Type"].startswith("text/csv"):
        return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    return [[cell or "" for cell in row] for row in load_workbook(io.BytesIO(response.content)).active.iter_rows(values_only=True)]


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_the_export_leaves_out_personal_data_unless_the_standing_board_asks_and_logs_it(client, staff, main_site, fmt):
    entry = register(Channel.WEB, {"kind": "news", "title": '=HYPERLINK("x")', "content": "x", **SENDER})
    as_(client, staff, "chief")
    plain = exported_rows(client.get("/admin/intake/xuat/", {"dinh_dang": fmt}, **ADMIN))
    assert plain[1][0] == str(entry.pk) and "'=HYPERLINK" in plain[1][4]
    assert not any("Nguyễn Thị Lan" in cell or "037190001234" in cell for row in plain for cell in row)
    assert client.get("/admin/intake/xuat/", {"dinh_dang": fmt, "ca_nhan": "1"}, **ADMIN).status_code in (302, 403)
    as_(client, staff, "standing_approver")
    full = exported_rows(client.get("/admin/intake/xuat/", {"dinh_dang": fmt, "ca_nhan": "1"}, **ADMIN))
    assert "Nguyễn Thị Lan" in full[1] and "037190001234" in full[1]
    assert ModelLogEntry.objects.filter(action=VIEWED, object_id=str(entry.pk), user=staff["standing_approver"]).exists()
    for role in ("thads_editor", None):
        response = as_(client, staff, role).get("/admin/intake/xuat/", {"dinh_dang": fmt}, **ADMIN)
        assert response.status_code in (302, 403)


def test_filters_and_monthly_counts(client, staff, main_site):
    register(Channel.WEB, {"kind": "news", "title": "Qua web", **SENDER})
    register(Channel.EMAIL, {"kind": "other", "title": "Qua thư điện tử", **SENDER})
    as_(client, staff, "standing_editor")
    listing = client.get("/admin/intake/", {"kenh": "email"}, **ADMIN).text
    assert "Qua thư điện tử" in listing and "Qua web" not in listing
    counts = client.get("/admin/intake/thong-ke/", {"thang": timezone.localdate().strftime("%Y-%m")}, **ADMIN).text
    assert re.search(r"Thư điện tử</th><td>1</td>", counts) and re.search(r"Mới tiếp nhận</th><td>2</td>", counts)
    assert as_(client, staff, "thads_editor").get("/admin/intake/thong-ke/", **ADMIN).status_code in (302, 403)


def test_personal_data_is_erased_after_its_retention_and_keys_rotate(client, staff, main_site, settings):
    old = register(Channel.WEB, {"kind": "news", "title": "Cũ", **SENDER})
    Entry.objects.filter(pk=old.pk).update(decided_at=timezone.now() - datetime.timedelta(days=400), state=State.REFUSED)
    kept = register(Channel.WEB, {"kind": "news", "title": "Mới", **SENDER})
    call_command("purge_intake_personal_data", stdout=io.StringIO())
    old.refresh_from_db()
    kept.refresh_from_db()
    assert old.full_name == "" and old.citizen_id == "" and old.personal_data_erased_at and old.title == "Cũ"
    assert kept.full_name == "Nguyễn Thị Lan"
    # Rotation: a new key first, the values written again with it, then the old key dropped.
    new_key = Fernet.generate_key().decode()
    settings.PERSONAL_DATA_KEYS = [new_key, *personal_data.keys()]
    old_token = raw(kept.pk)
    call_command("rotate_personal_data_keys", stdout=io.StringIO())
    assert raw(kept.pk) != old_token
    settings.PERSONAL_DATA_KEYS = [new_key]
    assert Entry.objects.get(pk=kept.pk).full_name == "Nguyễn Thị Lan"


def raw(entry_id):
    with connection.cursor() as cursor:
        cursor.execute("SELECT full_name FROM intake_entry WHERE id = %s", [entry_id])
        return cursor.fetchone()[0]

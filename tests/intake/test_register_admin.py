"""The register at /admin/intake/ (R-IN-2, R-IN-5, R-IN-6): who sees which entry and whose personal data, every
showing logged; the Standing Board's decisions performed by each role and checked in the database."""

import datetime

import pytest
from django.core import mail
from wagtail.models import ModelLogEntry

from defence.personal_data import VIEWED
from editorial.calendar import working_days
from editorial.models import EditorialTaskState, working_calendar
from home.factories import SectionPageFactory
from intake.models import Channel, Event, FocalPoint, State
from intake.register import register
from news.models import ArticlePage
from subsites.models import Unit
from tests.intake.conftest import MINIMAL_PDF

pytestmark = pytest.mark.django_db
ADMIN = {"HTTP_HOST": "localhost"}
KEEPERS = ["standing_editor", "standing_approver", "chief"]
OTHERS = ["thads_editor", "focal_thads", None]
SENDER = {
    "organisation": "Sở Tư pháp tỉnh Ninh Bình",
    "full_name": "Nguyễn Thị Lan",
    "citizen_id": "037190001234",
    "phone": "0912345678",
    "email": "lan.nt@ninhbinh.gov.vn",
    "address": "Số 1 Trần Hưng Đạo",
}


@pytest.fixture
def entry(main_site):
    data = {"kind": "news", "title": "Hội nghị tập huấn hộ tịch", "content": "Sáng 25/11, hội nghị tập huấn.\nĐoạn hai.", **SENDER}
    return register(Channel.WEB, data, [("bao-cao.pdf", MINIMAL_PDF)])


@pytest.fixture
def unit(thads_site, staff):
    unit = Unit.objects.create(name="Cục Thi hành án dân sự", slug="cuc-thads", portal_site=thads_site)
    FocalPoint.objects.create(unit=unit, user=staff["focal_thads"])
    return unit


def decide(client, entry, data):
    return client.post(f"/admin/intake/{entry.pk}/quyet-dinh/", data, **ADMIN)


def as_(client, staff, role):
    client.logout()
    if role:
        client.force_login(staff[role])
    return client


@pytest.mark.parametrize("role", KEEPERS)
def test_the_standing_board_and_the_chief_editor_read_the_sender_and_each_reading_is_logged(client, staff, entry, role):
    as_(client, staff, role)
    assert "Hội nghị tập huấn hộ tịch" in client.get("/admin/intake/", **ADMIN).text
    for _ in range(2):
        page = client.get(f"/admin/intake/{entry.pk}/", **ADMIN).text
        assert "Nguyễn Thị Lan" in page and "037190001234" in page and "lan.nt@ninhbinh.gov.vn" in page
    views = ModelLogEntry.objects.filter(action=VIEWED, object_id=str(entry.pk), user=staff[role])
    assert views.count() == 2


@pytest.mark.parametrize("role", OTHERS)
def test_nobody_else_opens_the_register_or_an_entry(client, staff, entry, role):
    as_(client, staff, role)
    listing = client.get("/admin/intake/", **ADMIN)
    detail = client.get(f"/admin/intake/{entry.pk}/", **ADMIN)
    assert listing.status_code in (302, 403) and detail.status_code in (302, 404)
    assert "Nguyễn Thị Lan" not in listing.text + detail.text
    assert not ModelLogEntry.objects.filter(action=VIEWED).exists()


@pytest.mark.parametrize("role", [*KEEPERS, *OTHERS])
def test_only_the_standing_board_and_the_chief_editor_decide(client, staff, entry, thads_site, role):
    as_(client, staff, role)
    response = decide(client, entry, {"decision": "forward", "portal_site": thads_site.pk})
    entry.refresh_from_db()
    if role in KEEPERS:
        assert response.status_code == 302 and entry.state == State.FORWARDED and entry.target_site == thads_site
        assert entry.events.filter(kind=Event.Kind.FORWARDED, user=staff[role]).exists()
    else:
        assert response.status_code in (302, 403) and entry.state == State.RECEIVED


def test_forwarded_to_a_component_site_its_team_is_told_and_sees_the_entry_masked(client, staff, entry, thads_site):
    as_(client, staff, "standing_editor").post(
        f"/admin/intake/{entry.pk}/quyet-dinh/", {"decision": "forward", "portal_site": thads_site.pk}, **ADMIN
    )
    notice = next(message for message in mail.outbox if "thads_editor@moj.gov.vn" in message.to)
    assert f"/admin/intake/{entry.pk}/" in notice.body and "Nguyễn Thị Lan" not in notice.body
    as_(client, staff, "thads_editor")
    assert "Hội nghị tập huấn hộ tịch" in client.get("/admin/intake/", **ADMIN).text
    page = client.get(f"/admin/intake/{entry.pk}/", **ADMIN).text
    assert "Hội nghị tập huấn hộ tịch" in page and "Nguyễn Thị Lan" not in page and "037190001234" not in page
    assert "N••••• T•• L••" in page and "•••••••••234" in page
    assert not ModelLogEntry.objects.filter(action=VIEWED).exists()  # nothing personal was shown
    assert client.get(f"/admin/intake/{entry.pk}/tep/{entry.attachments.get().pk}/", **ADMIN).status_code == 200
    assert ModelLogEntry.objects.filter(action=VIEWED, data__fields="attachment").count() == 1  # the file may name the sender
    # The focal point of another unit's site sees nothing of it.
    as_(client, staff, "focal_thads")
    assert client.get(f"/admin/intake/{entry.pk}/", **ADMIN).status_code == 404


def test_routed_to_a_unit_its_focal_point_is_told_and_sees_it_masked(client, staff, entry, unit):
    decide(as_(client, staff, "standing_approver"), entry, {"decision": "route", "unit": unit.pk})
    entry.refresh_from_db()
    assert entry.state == State.ROUTED and entry.target_unit == unit and entry.page is None
    assert any("focal_thads@moj.gov.vn" in message.to for message in mail.outbox)
    as_(client, staff, "focal_thads")
    page = client.get(f"/admin/intake/{entry.pk}/", **ADMIN).text
    assert "Hội nghị tập huấn hộ tịch" in page and "Nguyễn Thị Lan" not in page
    assert client.get(f"/admin/intake/{entry.pk}/", **ADMIN).status_code == 200
    as_(client, staff, "thads_editor")
    assert client.get(f"/admin/intake/{entry.pk}/", **ADMIN).status_code == 404


def test_publish_creates_a_prefilled_draft_linked_both_ways_whose_deadline_counts_from_receipt(client, staff, entry, main_site):
    section = SectionPageFactory(parent=main_site.site.root_page.specific, title="Tin tức", slug="tin-tuc")
    response = as_(client, staff, "standing_editor").post(
        f"/admin/intake/{entry.pk}/quyet-dinh/", {"decision": "publish", "section": section.pk}, **ADMIN
    )
    entry.refresh_from_db()
    article = ArticlePage.objects.get()
    assert response.status_code == 302 and response.url == f"/admin/pages/{article.pk}/edit/"
    assert entry.state == State.PUBLISH and entry.page_id == article.pk and list(article.intake_entries.all()) == [entry]
    assert not article.live and article.has_unpublished_changes
    assert (article.title, article.source, article.lead) == (
        "Hội nghị tập huấn hộ tịch",
        "Sở Tư pháp tỉnh Ninh Bình",
        "Sáng 25/11, hội nghị tập huấn.",
    )
    editor = client.get(response.url, **ADMIN)
    assert editor.status_code == 200  # the editor opens the pre-filled draft, and says where it came from
    assert f"Tin bài được tạo từ thông tin số {entry.pk}" in editor.text and f'href="/admin/intake/{entry.pk}/"' in editor.text
    body = str(article.body)
    assert "Đoạn hai." in body and "bao-cao.pdf" in body
    assert article.get_ancestors().filter(pk=section.pk).exists()
    # The two steps: submitted for approval, its deadline counts from the receipt of the information (Art 13).
    article.get_workflow().start(article, staff["standing_editor"])
    due = EditorialTaskState.objects.get(workflow_state__object_id=str(article.pk), status="in_progress").due_at
    assert due == working_calendar().add(entry.received_at, working_days(article.publishing_deadline_days()))
    page = client.get(f"/admin/intake/{entry.pk}/", **ADMIN).text
    assert "Hạn đăng tải (Điều 13, tính từ lúc tiếp nhận)" in page and "Tạo tin bài nháp lúc" in page


def test_a_late_entry_is_offered_the_reason_too_late_and_the_refusal_is_e_mailed(client, staff, main_site):
    late = register(Channel.WEB, {"kind": "administrative", "title": "Quyết định cũ", "signed_on": datetime.date(2025, 1, 2), **SENDER})
    assert late.is_late
    as_(client, staff, "standing_approver")
    page = client.get(f"/admin/intake/{late.pk}/", **ADMIN).text
    assert 'value="late" selected' in page and "Quá thời hạn gửi đăng tải" in page
    response = client.post(
        f"/admin/intake/{late.pk}/quyet-dinh/", {"decision": "refuse", "reason": "late", "comment": "Gửi sau 1 ngày làm việc."}, **ADMIN
    )
    late.refresh_from_db()
    assert response.status_code == 302 and late.state == State.REFUSED and late.refusal_reason == "late"
    refusal = mail.outbox[-1]
    assert refusal.to == ["lan.nt@ninhbinh.gov.vn"] and "Quá thời hạn gửi đăng tải" in refusal.body


def test_a_refusal_needs_a_reason_and_a_comment_and_a_decided_entry_is_not_decided_again(client, staff, entry, thads_site):
    as_(client, staff, "chief")
    response = decide(client, entry, {"decision": "refuse"})
    assert (
        response.status_code == 400 and "Chọn lý do từ chối theo Điều 14." in response.text and "Ghi ý kiến gửi người gửi." in response.text
    )
    decide(client, entry, {"decision": "forward", "portal_site": thads_site.pk})
    decide(client, entry, {"decision": "refuse", "reason": "quality", "comment": "x"})
    entry.refresh_from_db()
    assert entry.state == State.FORWARDED and entry.refusal_reason == ""

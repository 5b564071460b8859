"""Board members follow their fields (Art 12.1, 15.1), over HTTP: what they see, one-click reviewed, sending back with
a comment that reaches the site's approvers, overdue flags, the weekly digest, and who may do it."""

import datetime
import io

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page, PageLogEntry

from editorial.models import FieldReview
from tests import platforms
from tests.editorial.conftest import build_newsroom

URL = "/admin/editorial/fields/"


@pytest.fixture(scope="module")
def published_world(main_portal, django_db_blocker):
    """The newsroom with three live items and a draft, built once for the module; each test reads fresh copies."""
    with platforms.built_once("main", django_db_blocker):
        newsroom = build_newsroom(platforms.portal_site("moj"))
        for person in ("expert", "approver", "approver2"):
            newsroom[person].email = f"{person}@example.org"
            newsroom[person].save()
        yield {
            **newsroom,
            "civil": newsroom["draft"]("Đăng ký khai sinh trực tuyến", live=True),
            "civil2": newsroom["draft"]("Hướng dẫn cải chính hộ tịch", live=True),
            "aid": newsroom["draft"]("Trợ giúp pháp lý lưu động", live=True, areas=(newsroom["legal_aid"],)),
            "draft_only": newsroom["draft"]("Bản nháp hộ tịch"),
        }


@pytest.fixture
def published(published_world, db):
    return platforms.fresh_copies(published_world)


def listed(client) -> list[str]:
    page = BeautifulSoup(client.get(URL).content, "html.parser")
    return [row.select_one(".title a").get_text(strip=True) for row in page.select(".field-item")]


def test_a_board_member_sees_the_published_items_of_their_fields_and_marks_one_reviewed(client, published):
    client.force_login(published["expert"])
    assert listed(client) == ["Đăng ký khai sinh trực tuyến", "Hướng dẫn cải chính hộ tịch"]

    response = client.post(URL, {"page": published["civil"].pk, "verdict": "reviewed"})
    assert response.status_code == 302
    review = FieldReview.objects.get(page=published["civil"])
    assert review.reviewer == published["expert"] and review.verdict == "reviewed"
    assert PageLogEntry.objects.filter(page=published["civil"], action="moj.field_reviewed", user=published["expert"]).exists()
    assert listed(client) == ["Hướng dẫn cải chính hộ tịch"]
    assert mail.outbox == []

    # Published again after the review: back on the list.
    published["civil"].save_revision(user=published["reporter"]).publish()
    assert "Đăng ký khai sinh trực tuyến" in listed(client)


def test_needs_another_look_needs_a_comment_that_reaches_the_sites_approvers(client, published):
    client.force_login(published["expert"])
    response = client.post(URL, {"page": published["civil2"].pk, "verdict": "needs-look", "comment": "  "})
    assert response.status_code == 200
    assert "Ghi nhận xét để người duyệt của trang biết cần xem lại điều gì." in response.content.decode()
    assert not FieldReview.objects.exists()

    comment = "Số liệu năm 2025 chưa cập nhật"
    assert client.post(URL, {"page": published["civil2"].pk, "verdict": "needs-look", "comment": comment}).status_code == 302
    entry = PageLogEntry.objects.get(page=published["civil2"], action="moj.field_needs_look")
    assert entry.data == {"comment": comment, "proposal": "correction"}
    assert sorted(address for message in mail.outbox for address in message.to) == ["approver2@example.org", "approver@example.org"]
    assert comment in mail.outbox[0].body and "đề nghị đính chính" in mail.outbox[0].body

    # The proposal is a correction: a draft of the item is opened for the site's editors, the live version stays; the
    # draft is in the audit log with the Board member's comment.
    review = FieldReview.objects.get(page=published["civil2"])
    page = Page.objects.get(pk=published["civil2"].pk)
    assert review.proposal == "correction" and page.live and page.has_unpublished_changes
    assert page.get_latest_revision() == review.correction_revision
    draft_entry = PageLogEntry.objects.get(page=page, action="moj.correction_draft")
    assert draft_entry.user == published["expert"] and draft_entry.revision == review.correction_revision
    assert draft_entry.data == {"reason": comment, "source": "moj.field_needs_look"}

    client.force_login(published["approver"])
    panel = BeautifulSoup(client.get("/admin/").content, "html.parser").select(".sent-back")
    assert len(panel) == 1 and comment in panel[0].get_text() and published["civil2"].title in panel[0].get_text()
    assert "đã mở bản nháp đính chính" in panel[0].get_text()


def test_needs_another_look_may_propose_a_takedown_which_the_approvers_decide(client, published):
    client.force_login(published["expert"])
    comment = "Thông tin đã hết hiệu lực"
    data = {"page": published["civil"].pk, "verdict": "needs-look", "comment": comment, "proposal": "takedown"}
    assert client.post(URL, data).status_code == 302
    review = FieldReview.objects.get(page=published["civil"])
    assert review.proposal == "takedown" and review.correction_revision is None
    page = Page.objects.get(pk=published["civil"].pk)
    assert page.live and not page.has_unpublished_changes  # nothing taken down nor drafted until the approvers decide
    assert PageLogEntry.objects.get(page=page, action="moj.field_needs_look").data == {"comment": comment, "proposal": "takedown"}
    assert "đề nghị gỡ tin bài" in mail.outbox[0].body
    client.force_login(published["approver"])
    panel = BeautifulSoup(client.get("/admin/").content, "html.parser").select_one(".sent-back")
    assert "đề xuất: gỡ tin bài" in panel.get_text()


def test_an_unknown_proposal_is_refused_with_the_comment_kept(client, published):
    client.force_login(published["expert"])
    data = {"page": published["civil"].pk, "verdict": "needs-look", "comment": "Xem lại", "proposal": "delete-everything"}
    response = client.post(URL, data)
    assert response.status_code == 200 and not FieldReview.objects.exists()
    kept = BeautifulSoup(response.content, "html.parser").select_one(f"#comment-{published['civil'].pk}").get_text()
    assert kept == "Xem lại"


def test_items_waiting_longer_than_the_set_working_days_are_flagged(client, published, settings):
    settings.FIELD_REVIEW_WORKING_DAYS = 3
    Page.objects.filter(pk=published["civil"].pk).update(last_published_at=timezone.now() - datetime.timedelta(days=10))
    client.force_login(published["expert"])
    rows = BeautifulSoup(client.get(URL).content, "html.parser").select(".field-item")
    flagged = {row.select_one(".title a").get_text(strip=True): "editorial-overdue" in row["class"] for row in rows}
    assert flagged == {"Đăng ký khai sinh trực tuyến": True, "Hướng dẫn cải chính hộ tịch": False}
    assert "Chờ rà soát quá hạn" in rows[0].get_text()


@pytest.mark.parametrize("who", ["reporter", "approver", "chief"])
def test_only_board_members_follow_fields(client, published, who):
    client.force_login(published[who])
    assert client.get(URL).status_code in (302, 403)
    response = client.post(URL, {"page": published["civil"].pk, "verdict": "needs-look", "comment": "Xem lại"})
    assert response.status_code in (302, 403) and response.get("Location", "/admin/") == "/admin/"
    assert not FieldReview.objects.exists() and mail.outbox == []


def test_a_board_member_cannot_review_an_item_outside_their_fields(client, published):
    client.force_login(published["expert"])
    response = client.post(URL, {"page": published["aid"].pk, "verdict": "reviewed"})
    assert response.status_code in (302, 403) and response.get("Location", "/admin/") == "/admin/"
    assert not FieldReview.objects.exists()


def test_the_weekly_digest_mails_each_board_member_their_unreviewed_items(published):
    published["other_expert"].email = "other@example.org"
    published["other_expert"].save()
    call_command("send_field_digest", stdout=io.StringIO())
    by_address = {message.to[0]: message.body for message in mail.outbox}
    assert set(by_address) == {"expert@example.org", "other@example.org"}
    assert "Đăng ký khai sinh trực tuyến" in by_address["expert@example.org"]
    assert "Trợ giúp pháp lý lưu động" not in by_address["expert@example.org"]
    assert "Trợ giúp pháp lý lưu động" in by_address["other@example.org"]

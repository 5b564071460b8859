"""Assignments, field monitoring and review requests in a browser (Art 12.1, 15.1, 15.4), the "Done when" of issue 20:
the Standing Board's approver assigns a draft to standing_editor with a due time, the editor finds it first on the
dashboard and gets an e-mail; a reassignment without a reason is refused, with one it is made; the Board member marks
one item of their field reviewed and sends another back with a comment that the approvers find on their dashboard and
in their mail; the Standing Board asks the THADS unit (its focal point, focal_thads, chosen by the register) about
three items, one of which needs a correction, which opens a draft. Every step is in the audit log."""

import datetime
import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.db import connections
from django.utils import timezone
from playwright.sync_api import expect
from wagtail.models import PageLogEntry, Site

from editorial.models import Assignment, FieldReview, ReviewRequestItem
from home.models import SectionPage, SubjectArea
from news.factories import ArticlePageFactory
from news.models import ArticlePage, archive_folder
from subsites.models import Unit

User = get_user_model()
DRAFT = "Bản nháp được giao về hộ tịch"
REVIEWED = "Tin hộ tịch đã được rà soát"
SENT_BACK = "Tin hộ tịch cần xem lại"
UNIT_ITEMS = ["Thông báo THADS số một", "Thông báo THADS số hai", "Thông báo THADS số ba"]


@pytest.fixture(scope="module")
def items(portal_server, django_db_blocker) -> dict[str, ArticlePage]:
    """A draft and two freshly published items of the civil-status field, committed for the live server."""
    with django_db_blocker.unblock():
        section = SectionPage.objects.descendant_of(Site.objects.get(is_default_site=True).root_page).first()
        civil_status = SubjectArea.objects.get(slug="ho-tich")
        made = {}
        for title, live in ((DRAFT, False), (REVIEWED, True), (SENT_BACK, True)):
            article = ArticlePageFactory(parent=archive_folder(section, timezone.now()), title=title, live=False)
            article.subject_areas.set([civil_status])
            revision = article.save_revision()
            if live:
                revision.publish()
            made[title] = article
        thads_section = SectionPage.objects.descendant_of(Site.objects.get(hostname__startswith="thads").root_page).first()
        for title in UNIT_ITEMS:
            article = ArticlePageFactory(parent=archive_folder(thads_section, timezone.now()), title=title, live=False)
            article.save_revision().publish()
            made[title] = article
        connections.close_all()
        return made


def test_assigning_a_draft_following_a_field_and_asking_a_unit(browser, portal_server, signed_in, items):
    as_user = signed_in

    def mailed_to(username):
        return [message for message in mail.outbox if f"{username}@moj.gov.vn" in message.to]

    draft = items[DRAFT]
    assign_url = f"{portal_server}/admin/editorial/pages/{draft.pk}/assign/"
    approver = as_user("standing_approver")
    approver.goto(assign_url)
    approver.get_by_label("Người được giao").select_option(label="Trần Thị Biên")
    approver.get_by_label("Thời hạn (ngày làm việc)").fill("2")
    approver.get_by_label("Ghi chú").fill("Phỏng vấn Vụ Hộ tịch")
    approver.get_by_role("button", name="Giao việc").click()
    expect(approver.locator(".assignment").filter(has_text=DRAFT)).to_contain_text("Đã giao")

    # The editor finds it first on the dashboard (the demo gave them another, due later) and in their mail.
    editor = as_user("standing_editor")
    editor.goto(portal_server + "/admin/")
    expect(editor.get_by_role("heading", name=re.compile("Việc được giao"))).to_be_visible()
    expect(editor.locator(".assignment").first).to_contain_text(DRAFT)
    assert [DRAFT in message.subject and "Phỏng vấn Vụ Hộ tịch" in message.body for message in mailed_to("standing_editor")] == [True]
    editor.context.close()

    # A reassignment without a reason is refused, the form kept; with a reason it is made.
    approver.goto(assign_url)
    approver.get_by_label("Người được giao").select_option(label="Lê Văn Duyệt")
    approver.get_by_role("button", name="Giao lại").click()
    expect(approver.locator(".error-message")).to_contain_text("Trường này là bắt buộc.")
    expect(approver.get_by_label("Người được giao")).to_have_value(str(User.objects.get(username="standing_approver").pk))
    approver.get_by_label("Lý do giao lại").fill("Biên tập viên đi công tác")
    approver.get_by_role("button", name="Giao lại").click()
    expect(approver.locator(".assignment").filter(has_text=DRAFT).first).to_be_visible()
    approver.context.close()

    member = as_user("board_member")
    member.goto(portal_server + "/admin/editorial/fields/")
    member.locator(".field-item").filter(has_text=REVIEWED).get_by_role("button", name="Đã rà soát").click()
    expect(member.locator(".field-item").filter(has_text=REVIEWED)).to_have_count(0)
    row = member.locator(".field-item").filter(has_text=SENT_BACK)
    row.get_by_label("Nhận xét").fill("Thiếu căn cứ pháp lý")
    row.get_by_role("button", name="Cần xem lại").click()
    expect(member.locator(".field-item").filter(has_text=SENT_BACK)).to_have_count(0)
    member.context.close()

    # The approvers of the item's site receive the comment: on their dashboard and by e-mail.
    board = as_user("standing_approver")
    board.goto(portal_server + "/admin/")
    expect(board.locator(".sent-back").filter(has_text=SENT_BACK)).to_contain_text("Thiếu căn cứ pháp lý")
    assert any("Thiếu căn cứ pháp lý" in message.body for message in mailed_to("standing_approver"))

    # Review request to the unit (Art 15.4): the site's unit is proposed, its focal point named by the register.
    board.goto(portal_server + "/admin/editorial/review-requests/new/")
    board.locator("#id_site").select_option(label="Cục Thi hành án dân sự")
    board.get_by_role("button", name="Lọc").click()
    for title in UNIT_ITEMS:
        board.get_by_label(title).check()
    expect(board.get_by_label("Đơn vị được đề nghị")).to_have_value(str(Unit.objects.get(slug="cuc-thi-hanh-an-dan-su").pk))
    board.get_by_label("Hạn trả lời").fill((timezone.localdate() + datetime.timedelta(days=7)).isoformat())
    board.get_by_role("button", name="Gửi đề nghị rà soát").click()
    expect(board.locator(".review-item")).to_have_count(3)
    request_url = board.url
    board.context.close()
    assert [UNIT_ITEMS[0] in message.body for message in mailed_to("focal_thads")] == [True]

    focal = as_user("focal_thads")
    focal.goto(request_url)
    focal.locator(".review-item").filter(has_text=UNIT_ITEMS[0]).get_by_role("button", name="Vẫn chính xác").click()
    focal.locator(".review-item").filter(has_text=UNIT_ITEMS[1]).get_by_role("button", name="Vẫn chính xác").click()
    row = focal.locator(".review-item").filter(has_text=UNIT_ITEMS[2])
    row.get_by_label("Nhận xét").fill("Sai số liệu")
    row.get_by_role("button", name="Cần đính chính").click()
    expect(focal.locator(".review-item").filter(has_text=UNIT_ITEMS[2])).to_contain_text("Cần đính chính: Sai số liệu")
    focal.context.close()

    answers = dict(ReviewRequestItem.objects.filter(page__title__in=UNIT_ITEMS).values_list("page__title", "answer"))
    assert answers == {UNIT_ITEMS[0]: "accurate", UNIT_ITEMS[1]: "accurate", UNIT_ITEMS[2]: "correction"}
    corrected = ArticlePage.objects.get(pk=items[UNIT_ITEMS[2]].pk)
    assert corrected.live and corrected.has_unpublished_changes  # a draft for the site's editors

    # The correction draft, as the audit log shows it in the item's history.
    chief = as_user("chief")
    chief.goto(f"{portal_server}/admin/pages/{corrected.pk}/history/")
    expect(chief.locator("td").filter(has_text="Mở bản nháp đính chính").first).to_be_visible()
    chief.context.close()

    # Every step in the audit log.
    def logged(page, action):
        return list(PageLogEntry.objects.filter(page=page, action=action).values_list("user__username", flat=True))

    assert logged(draft, "moj.assign") == ["standing_approver"]
    assert logged(draft, "moj.reassign") == ["standing_approver"]
    assert PageLogEntry.objects.get(page=draft, action="moj.reassign").data["reason"] == "Biên tập viên đi công tác"
    assert logged(items[REVIEWED], "moj.field_reviewed") == ["board_member"]
    assert logged(items[SENT_BACK], "moj.field_needs_look") == ["board_member"]
    assert logged(items[SENT_BACK], "moj.correction_draft") == ["board_member"]
    for title in UNIT_ITEMS:
        assert logged(items[title], "moj.review_request") == ["standing_approver"]
        assert logged(items[title], "moj.review_answer") == ["focal_thads"]
    assert logged(corrected, "moj.correction_draft") == ["focal_thads"]

    current = Assignment.objects.get(page=draft, replaced_at__isnull=True)
    assert current.assignee.username == "standing_approver" and current.reason == "Biên tập viên đi công tác"
    verdicts = dict(FieldReview.objects.filter(page__in=[items[REVIEWED], items[SENT_BACK]]).values_list("page__title", "verdict"))
    assert verdicts == {REVIEWED: "reviewed", SENT_BACK: "needs-look"}

"""Assignments, field monitoring and review requests in a browser (Art 12.1, 15.1, 15.4, issue 20): the Standing
Board's approver assigns a draft to standing_editor, a reassignment without a reason is refused, the editor finds it
first on the dashboard; the Board member marks one item of their field reviewed and sends another back with a comment;
the Standing Board asks focal_thads about three items, one of which needs a correction, which opens a draft."""

import datetime
import re

import pytest
from django.db import connections
from django.utils import timezone
from playwright.sync_api import expect
from wagtail.models import PageLogEntry, Site

from editorial.models import Assignment, FieldReview, ReviewRequestItem
from home.models import SectionPage, SubjectArea
from news.factories import ArticlePageFactory
from news.models import ArticlePage, archive_folder
from tests.e2e.test_site_isolation import log_in

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


def test_assigning_a_draft_and_following_a_field(browser, portal_server, items):
    def as_user(username):
        context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN")
        page = context.new_page()
        page.set_default_timeout(15_000)
        log_in(page, portal_server, username)
        return page

    draft = items[DRAFT]
    approver = as_user("standing_approver")
    approver.goto(f"{portal_server}/admin/editorial/pages/{draft.pk}/assign/")
    approver.get_by_label("Người được giao").select_option(label="Trần Thị Biên")
    approver.get_by_label("Thời hạn (ngày làm việc)").fill("2")
    approver.get_by_label("Ghi chú").fill("Phỏng vấn Vụ Hộ tịch")
    approver.get_by_role("button", name="Giao việc").click()
    expect(approver.locator(".assignment").filter(has_text=DRAFT)).to_contain_text("Đã giao")

    # A reassignment without a reason is refused, the form kept.
    approver.goto(f"{portal_server}/admin/editorial/pages/{draft.pk}/assign/")
    approver.get_by_label("Người được giao").select_option(label="Lê Văn Duyệt")
    approver.get_by_role("button", name="Giao lại").click()
    expect(approver.locator(".error-message")).to_contain_text("Trường này là bắt buộc.")
    approver.context.close()

    editor = as_user("standing_editor")
    editor.goto(portal_server + "/admin/")
    expect(editor.get_by_role("heading", name=re.compile("Việc được giao"))).to_be_visible()
    expect(editor.locator(".assignment").first).to_contain_text(DRAFT)
    editor.context.close()

    member = as_user("board_member")
    member.goto(portal_server + "/admin/editorial/fields/")
    member.locator(".field-item").filter(has_text=REVIEWED).get_by_role("button", name="Đã rà soát").click()
    expect(member.locator(".field-item").filter(has_text=REVIEWED)).to_have_count(0)
    row = member.locator(".field-item").filter(has_text=SENT_BACK)
    row.get_by_label("Nhận xét").fill("Thiếu căn cứ pháp lý")
    row.get_by_role("button", name="Cần xem lại").click()
    expect(member.locator(".field-item").filter(has_text=SENT_BACK)).to_have_count(0)
    member.context.close()

    # Review request to the unit (Art 15.4): three items, one needs a correction.
    board = as_user("standing_approver")
    board.goto(portal_server + "/admin/editorial/review-requests/new/")
    board.locator("#id_site").select_option(label="Cục Thi hành án dân sự")
    board.get_by_role("button", name="Lọc").click()
    for title in UNIT_ITEMS:
        board.get_by_label(title).check()
    board.get_by_label("Đầu mối cung cấp thông tin").select_option(label="Bùi Thị Mối")
    board.get_by_label("Hạn trả lời").fill((timezone.localdate() + datetime.timedelta(days=7)).isoformat())
    board.get_by_role("button", name="Gửi đề nghị rà soát").click()
    expect(board.locator(".review-item")).to_have_count(3)
    request_url = board.url
    board.context.close()

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
    assert PageLogEntry.objects.filter(action="moj.review_answer").count() == 3

    assert Assignment.objects.get(page=draft).assignee.username == "standing_editor"
    assert PageLogEntry.objects.filter(page=draft, action="moj.assign").exists()
    verdicts = dict(FieldReview.objects.filter(page__in=[items[REVIEWED], items[SENT_BACK]]).values_list("page__title", "verdict"))
    assert verdicts == {REVIEWED: "reviewed", SENT_BACK: "needs-look"}

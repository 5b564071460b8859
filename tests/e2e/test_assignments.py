"""Assignments and field monitoring in a browser (Art 12.1, 15.1, issue 20): the Standing Board's approver assigns a
draft to standing_editor, a reassignment without a reason is refused, the editor finds it first on the dashboard; the
Board member marks one item of their field reviewed and sends another back with a comment."""

import re

import pytest
from django.db import connections
from django.utils import timezone
from playwright.sync_api import expect
from wagtail.models import PageLogEntry, Site

from editorial.models import Assignment, FieldReview
from home.models import SectionPage, SubjectArea
from news.factories import ArticlePageFactory
from news.models import ArticlePage, archive_folder
from tests.e2e.test_site_isolation import log_in

DRAFT = "Bản nháp được giao về hộ tịch"
REVIEWED = "Tin hộ tịch đã được rà soát"
SENT_BACK = "Tin hộ tịch cần xem lại"


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

    assert Assignment.objects.get(page=draft).assignee.username == "standing_editor"
    assert PageLogEntry.objects.filter(page=draft, action="moj.assign").exists()
    verdicts = dict(FieldReview.objects.filter(page__in=[items[REVIEWED], items[SENT_BACK]]).values_list("page__title", "verdict"))
    assert verdicts == {REVIEWED: "reviewed", SENT_BACK: "needs-look"}

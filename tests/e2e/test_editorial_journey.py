"""The two steps of Art 12 in a browser (R-FLOW-1, R-FLOW-2): a reporter drafts and submits a complex article, the
Board member of its field approves it, a second person of the site's approvers publishes it; the reporter trying to
approve their own item is refused."""

import re

import pytest
from django.db import connections
from django.utils import timezone
from playwright.sync_api import expect
from wagtail.models import Site, TaskState

from home.models import SectionPage, SubjectArea
from news.factories import ArticlePageFactory
from news.models import ArticlePage, archive_folder

TITLE = "Hướng dẫn mới về đăng ký hộ tịch trực tuyến"


@pytest.fixture(scope="module")
def draft(portal_server, django_db_blocker) -> ArticlePage:
    """A reporter's unpublished draft, committed so that the live server sees it."""
    with django_db_blocker.unblock():
        article = a_draft()
        article.public_url = article.full_url
        task_states = TaskState.objects.filter(workflow_state__object_id=str(article.pk))
        article.current_task_state_id = lambda: task_states.filter(status="in_progress").values_list("pk", flat=True).get()
        return article


def a_draft() -> ArticlePage:
    section = SectionPage.objects.descendant_of(Site.objects.get(is_default_site=True).root_page).first()
    article = ArticlePageFactory(parent=archive_folder(section, timezone.now()), title="Bản nháp", slug="huong-dan-ho-tich", live=False)
    article.subject_areas.set([SubjectArea.objects.get(slug="ho-tich")])
    article.save_revision()
    connections.close_all()
    return article


def workflow_action_url(base, draft, action) -> str:
    return f"{base}/admin/pages/workflow/action/{draft.pk}/{action}/{draft.current_task_state_id()}/"


def approve_from_dashboard(page, base, action_label):
    page.goto(base + "/admin/")
    expect(page.get_by_role("heading", name=re.compile("Việc của tôi"))).to_be_visible()
    row = page.locator("tr").filter(has_text=TITLE)
    row.locator("[data-w-dropdown-target='toggle']").first.click()
    row.get_by_role("button", name=action_label).click()
    expect(row).to_have_count(0)


def test_complex_article_goes_through_the_board_member_then_a_second_approver(browser, portal_server, signed_in, draft):

    as_user = signed_in

    # The reporter writes the draft, marks it complex and submits it.
    reporter = as_user("standing_editor")
    reporter.goto(f"{portal_server}/admin/pages/{draft.pk}/edit/")
    reporter.locator("#id_title").fill(TITLE)
    reporter.get_by_label("Tin, bài chuyên sâu, phức tạp").check(force=True)
    expect(reporter.locator("button[name='action-publish']")).to_have_count(0)  # nobody publishes from the editor
    reporter.locator("[data-w-dropdown-target='toggle']").last.click()
    reporter.get_by_role("button", name=re.compile("^Gửi duyệt$")).click()
    expect(reporter.locator(".messages")).to_contain_text(TITLE)

    # Trying to approve their own item: refused, with the reason why.
    reporter.goto(workflow_action_url(portal_server, draft, "approve"))
    expect(reporter.locator(".messages")).to_contain_text("không thể tự duyệt")
    reporter.context.close()

    # The Board member of the field (civil status) approves the content; nobody else is asked at this step.
    expert = as_user("board_member")
    approve_from_dashboard(expert, portal_server, re.compile("^Đồng ý nội dung$"))
    expert.context.close()

    # A second person of the Standing Board publishes it: it is live.
    approver = as_user("standing_approver")
    approve_from_dashboard(approver, portal_server, re.compile("^Duyệt và xuất bản$"))
    approver.context.close()
    reader = browser.new_context().new_page()
    reader.goto(draft.public_url)
    expect(reader.get_by_role("heading", level=1)).to_have_text(TITLE)
    reader.context.close()

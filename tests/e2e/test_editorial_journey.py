"""The two steps of Art 12 in a browser (R-FLOW-1, R-FLOW-2): a reporter drafts and submits a complex article, the
Board member of its field approves it, a second person of the site's approvers publishes it; the reporter trying to
approve their own item is refused."""

import re

from django.db import connections
from django.utils import timezone
from playwright.sync_api import expect
from wagtail.models import Site

from home.models import SectionPage, SubjectArea
from news.factories import ArticlePageFactory
from news.models import ArticlePage, archive_folder
from tests.e2e.test_site_isolation import log_in

TITLE = "Hướng dẫn mới về đăng ký hộ tịch trực tuyến"


def a_draft() -> ArticlePage:
    section = SectionPage.objects.descendant_of(Site.objects.get(is_default_site=True).root_page).first()
    article = ArticlePageFactory(parent=archive_folder(section, timezone.now()), title="Bản nháp", slug="huong-dan-ho-tich", live=False)
    article.subject_areas.set([SubjectArea.objects.get(slug="ho-tich")])
    article.save_revision()
    connections.close_all()
    return article


def workflow_action_url(base, article_pk, action) -> str:
    task_state = ArticlePage.objects.get(pk=article_pk).current_workflow_task_state
    connections.close_all()
    return f"{base}/admin/pages/workflow/action/{article_pk}/{action}/{task_state.pk}/"


def approve_from_dashboard(page, base, action_label):
    page.goto(base + "/admin/")
    expect(page.get_by_role("heading", name=re.compile("Việc của tôi"))).to_be_visible()
    row = page.locator("tr").filter(has_text=TITLE)
    row.locator("[data-w-dropdown-target='toggle']").first.click()
    row.get_by_role("button", name=action_label).click()
    expect(row).to_have_count(0)


def test_complex_article_goes_through_the_board_member_then_a_second_approver(browser, portal_server):
    draft = a_draft()

    def as_user(username):
        context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN")
        page = context.new_page()
        page.set_default_timeout(15_000)
        log_in(page, portal_server, username)
        return page

    # The reporter writes the draft, marks it complex and submits it.
    reporter = as_user("standing_editor")
    reporter.goto(f"{portal_server}/admin/pages/{draft.pk}/edit/")
    reporter.get_by_label(re.compile("^Tiêu đề|^Title")).first.fill(TITLE)
    reporter.get_by_label("Tin, bài chuyên sâu, phức tạp").check()
    expect(reporter.locator("button[name='action-publish']")).to_have_count(0)  # nobody publishes from the editor
    reporter.locator("[data-w-dropdown-target='toggle']").last.click()
    reporter.get_by_role("button", name=re.compile("^(Gửi tới|Gửi duyệt|Submit to)")).click()
    expect(reporter.locator(".messages")).to_contain_text(TITLE)

    # Trying to approve their own item: refused, with the reason why.
    reporter.goto(workflow_action_url(portal_server, draft.pk, "approve"))
    expect(reporter.locator(".messages")).to_contain_text("không thể tự duyệt")
    reporter.context.close()

    # The Board member of the field (civil status) approves the content; nobody else is asked at this step.
    expert = as_user("board_member")
    approve_from_dashboard(expert, portal_server, re.compile("^Đồng ý nội dung$"))
    expert.context.close()

    # A second person of the Standing Board publishes it: it is live.
    approver = as_user("standing_approver")
    approve_from_dashboard(approver, portal_server, re.compile("^(Phê duyệt|Duyệt|Approve)$"))
    approver.context.close()
    article = ArticlePage.objects.get(pk=draft.pk)
    connections.close_all()
    assert article.live and article.title == TITLE
    reader = browser.new_context().new_page()
    reader.goto(article.full_url)
    expect(reader.get_by_role("heading", level=1)).to_have_text(TITLE)
    reader.context.close()

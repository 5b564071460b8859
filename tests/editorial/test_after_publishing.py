"""After publishing (R-FLOW-5, Art 15) and the Chief Editor's override (R-FLOW-1): corrections, temporary takedowns
and their restoration, permanent removals, publishing without review. Each needs a reason and is logged (R-OPS-3)."""

import feedparser
import pytest
from bs4 import BeautifulSoup
from django.utils import timezone
from wagtail.models import PageLogEntry

from accounts import roles
from accounts.factories import UserFactory
from editorial.models import UnreviewedPublication
from home.factories import SectionPageFactory
from news.factories import ArticlePageFactory
from news.models import ArticleCorrection, ArticlePage, archive_folder


@pytest.fixture
def published(main_site):
    section = SectionPageFactory(parent=main_site.site.root_page, title="Tin tức", slug="tin-tuc")
    article = ArticlePageFactory(parent=archive_folder(section, timezone.now()), title="Hội nghị triển khai công tác 2027", slug="hoi-nghi")
    article.save_revision().publish()

    return {
        "article": ArticlePage.objects.get(pk=article.pk),
        "section": section,
        "reporter": UserFactory(username="reporter", groups=[main_site.editors_group]),
        "approver": UserFactory(username="approver", groups=[main_site.approvers_group]),
        "chief": UserFactory(username="chief", groups=[roles.CHIEF_EDITOR]),
    }


def post_action(client, user, page, action, reason):
    client.force_login(user)
    return client.post(f"/admin/editorial/pages/{page.pk}/{action}/", {"reason": reason}, follow=True)


def test_a_temporary_takedown_shows_a_notice_until_the_item_is_restored(client, published):
    article, approver = published["article"], published["approver"]
    url = article.get_url()

    # No reason, no takedown: the reason field says it is required (its help text says so too, whatever happens).
    response = post_action(client, approver, article, "take-down", "")
    errors = BeautifulSoup(response.content, "html.parser").select(".w-field__errors .error-message")
    assert [error.get_text(strip=True) for error in errors] == ["Trường này là bắt buộc."]
    assert ArticlePage.objects.get(pk=article.pk).live

    post_action(client, approver, article, "take-down", "Có phản ánh số liệu sai, cần xác minh.")
    assert not ArticlePage.objects.get(pk=article.pk).live
    client.logout()
    notice = client.get(url, HTTP_HOST="localhost")
    assert notice.status_code == 200
    assert "Thông tin đang được xác minh" in notice.content.decode() and 'content="noindex"' in notice.content.decode()
    assert "Hội nghị triển khai" not in client.get(published["section"].get_url(), HTTP_HOST="localhost").content.decode()

    post_action(client, approver, article, "restore", "Đã xác minh, thông tin chính xác.")
    client.logout()
    assert client.get(url, HTTP_HOST="localhost").status_code == 200
    assert "Hội nghị triển khai" in client.get(url, HTTP_HOST="localhost").content.decode()

    reasons = dict(
        PageLogEntry.objects.filter(page=article, action__in=["moj.takedown", "moj.restore"]).values_list("action", "data__reason")
    )
    assert reasons == {"moj.takedown": "Có phản ánh số liệu sai, cần xác minh.", "moj.restore": "Đã xác minh, thông tin chính xác."}


def test_a_permanent_removal_answers_gone_with_a_notice(client, published):
    article = published["article"]
    url = article.get_url()
    post_action(client, published["approver"], article, "remove", "Vi phạm quyền tác giả (ảnh của báo khác).")
    client.logout()
    response = client.get(url, HTTP_HOST="localhost")
    assert response.status_code == 410 and "Thông tin đã được gỡ bỏ" in response.content.decode()
    assert PageLogEntry.objects.get(page=article, action="moj.removal").data["reason"].startswith("Vi phạm quyền tác giả")
    # A removed item is not restored through the takedown path.
    post_action(client, published["approver"], article, "restore", "Thử khôi phục")
    assert not ArticlePage.objects.get(pk=article.pk).live


def test_an_editor_cannot_take_items_down(client, published):
    response = post_action(client, published["reporter"], published["article"], "take-down", "Không có quyền")
    assert "không có quyền" in response.content.decode()
    assert ArticlePage.objects.get(pk=published["article"].pk).live


def test_a_correction_goes_through_approval_and_then_shows_on_the_page_and_in_the_feed(client, published):
    article = published["article"]
    draft = ArticlePage.objects.get(pk=article.pk)
    draft.lead = "Số liệu đã sửa: 1.250 hồ sơ."
    draft.corrections.add(ArticleCorrection(date=timezone.localdate(), note="Sửa số hồ sơ ở đoạn mở đầu từ 1.520 thành 1.250."))
    draft.save_revision(user=published["reporter"])
    draft.get_workflow().start(draft, published["reporter"])

    # Waiting for approval: the public page has no correction yet.
    assert "Cải chính ngày" not in client.get(article.get_url(), HTTP_HOST="localhost").content.decode()

    client.force_login(published["approver"])
    task_state = ArticlePage.objects.get(pk=article.pk).current_workflow_task_state
    client.post(f"/admin/pages/workflow/action/{article.pk}/approve/{task_state.pk}/", {"comment": ""})
    client.logout()

    page = client.get(article.get_url(), HTTP_HOST="localhost").content.decode()
    assert f"Cải chính ngày {timezone.localdate():%d/%m/%Y}:" in page and "từ 1.520 thành 1.250" in page
    feed = feedparser.parse(client.get(published["section"].get_url() + "rss/", HTTP_HOST="localhost").content)
    assert feed.entries[0].summary.startswith(f"Cải chính ngày {timezone.localdate():%d/%m/%Y}")
    assert PageLogEntry.objects.filter(page=article, action="moj.correction").count() == 1


def test_the_chief_editor_publishes_without_review_only_with_a_reason_and_an_approver_reviews_later(client, published):
    section = published["section"]
    article = ArticlePageFactory(parent=archive_folder(section, timezone.now()), title="Thông cáo khẩn", slug="thong-cao", live=False)
    article.save_revision(user=published["reporter"])
    article.get_workflow().start(ArticlePage.objects.get(pk=article.pk), published["reporter"])

    # Nobody else may, and not without a reason.
    post_action(client, published["approver"], article, "publish-without-review", "Khẩn")
    assert not ArticlePage.objects.get(pk=article.pk).live
    post_action(client, published["chief"], article, "publish-without-review", "")
    assert not ArticlePage.objects.get(pk=article.pk).live

    post_action(client, published["chief"], article, "publish-without-review", "Thông cáo khẩn của Bộ trưởng, cần đăng ngay.")
    page = ArticlePage.objects.get(pk=article.pk)
    assert page.live and not page.workflow_in_progress
    flag = UnreviewedPublication.objects.get(page=page)
    assert flag.reviewed_at is None
    assert PageLogEntry.objects.get(page=page, action="moj.override_publish").data["reason"].startswith("Thông cáo khẩn")

    # The flag shows in the editor; the Chief Editor cannot clear it; an approver does, with a note.
    client.force_login(published["approver"])
    editor = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "Chưa rà soát" in editor and "Xác nhận đã rà soát" in editor
    post_action(client, published["chief"], page, "reviewed", "Tự rà soát")
    assert UnreviewedPublication.objects.get(pk=flag.pk).reviewed_at is None
    post_action(client, published["approver"], page, "reviewed", "Đã kiểm tra, nội dung đúng.")
    assert UnreviewedPublication.objects.get(pk=flag.pk).reviewed_by == published["approver"]
    assert PageLogEntry.objects.filter(page=page, action="moj.override_reviewed", user=published["approver"]).exists()


def test_every_action_is_in_the_audit_report_with_its_reason(client, published):
    """The Chief Editor exports the log of the main portal: the takedown, the restoration and the override are there
    with who and why (R-OPS-3)."""
    article = published["article"]
    post_action(client, published["approver"], article, "take-down", "Có phản ánh sai sự thật.")
    post_action(client, published["approver"], article, "restore", "Đã xác minh xong.")
    post_action(client, published["chief"], article, "publish-without-review", "Cần đăng ngay theo chỉ đạo.")

    client.force_login(published["chief"])
    response = client.get("/admin/reports/audit/", {"export": "csv", "site": "moj"})
    csv = b"".join(response.streaming_content).decode("utf-8-sig")
    for action, reason in [
        ("Gỡ tạm thời để xác minh", "Có phản ánh sai sự thật."),
        ("Khôi phục sau xác minh", "Đã xác minh xong."),
        ("Xuất bản không qua duyệt", "Cần đăng ngay theo chỉ đạo."),
    ]:
        line = next(line for line in csv.splitlines() if reason in line)
        assert action in line and "Hội nghị triển khai công tác 2027" in line

"""Nobody approves text they wrote (R-FLOW-1, issue 12): an approver who edits an item before its author resubmits it
with one character changed is one of its authors until it is published."""

from accounts.factories import UserFactory
from editorial.models import EditorialTaskState
from news.models import ArticlePage
from tests.editorial.test_workflow import act, current


def test_an_approver_who_edited_the_item_cannot_approve_it_after_the_author_resubmits(client, newsroom):
    article = newsroom["draft"]()
    approver = newsroom["approver"]
    ArticlePage.objects.get(pk=article.pk).save_revision(user=approver)  # the approver rewrites the text
    edited = ArticlePage.objects.get(pk=article.pk).get_latest_revision_as_object()
    edited.title += "."
    edited.save_revision(user=newsroom["reporter"])  # the author changes one character and submits
    newsroom["submit"](article)

    response = act(client, approver, article, "approve", comment="")
    assert "không thể tự duyệt" in response.content.decode()
    assert not ArticlePage.objects.get(pk=article.pk).live
    assert current(article).status == EditorialTaskState.STATUS_IN_PROGRESS

    act(client, newsroom["approver2"], article, "approve", comment="")
    assert ArticlePage.objects.get(pk=article.pk).live


def test_translation_submission_does_not_show_a_page_to_someone_who_may_not_edit_it(client, newsroom, thads_site):
    article = newsroom["draft"](title="Tiêu đề nội bộ chưa đăng")
    outsider = UserFactory(username="thads_editor", groups=[thads_site.editors_group])
    client.force_login(outsider)
    response = client.get(f"/admin/translations/{article.pk}/submit/")
    assert response.status_code in (302, 403) and "Tiêu đề nội bộ" not in response.content.decode()
    newsroom["submit"](article)
    response = client.get(f"/admin/pages/workflow/confirm_cancellation/{article.pk}/")
    assert response.status_code in (302, 403) and "Tiêu đề nội bộ" not in response.content.decode()

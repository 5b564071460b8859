"""The workflow's rough edges (issue 18): attribution required to submit and shown on the article (R-CONT-6, Art 18),
the ½/1-day rule stated before submitting (Art 13), the expected action as the main button, a confirmation after
approving or sending back."""

import re

import pytest
from django.utils import timezone
from wagtail.models import PageLogEntry

from news.models import ArticlePage
from tests.editorial.test_workflow import current
from tests.home.test_slugs import article_form

# Reads response.context: Django records the templates' contexts for this module (tests/conftest.py).
pytestmark = pytest.mark.usefixtures("template_contexts")


def edit_form(article, **extra):
    form = article_form(article.title, article.slug, date=timezone.localtime(article.date).strftime("%Y-%m-%d %H:%M"))
    return {**form, **extra}


def told(response) -> str:
    return " ".join(str(message) for message in response.context["messages"])


def main_button(html: str) -> str:
    """The label of the editor's prominent action: the first button of its footer's action menu."""
    footer = html[html.index('<footer class="footer') :]
    button = re.search(r"<(button|a)\b[^>]*class=\"button[^\"]*\"[^>]*>(.*?)</\1>", footer, re.S)
    return " ".join(re.sub(r"<[^>]+>", " ", button.group(2)).split())


def test_submitting_without_author_or_source_is_refused_on_both_fields_and_keeps_what_was_typed(client, newsroom):
    article = newsroom["draft"]()
    client.force_login(newsroom["reporter"])
    form = edit_form(article, **{"action-submit": "1", "source": "", "author": "", "lead": "Sapo mới gõ."})
    response = client.post(f"/admin/pages/{article.pk}/edit/", form)
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "Ghi tác giả hoặc nguồn tin trước khi gửi duyệt" in str(errors["author"]) and "source" in errors
    assert "Sapo mới gõ." in response.text
    assert ArticlePage.objects.get(pk=article.pk).current_workflow_state is None

    # Saving a draft without them is allowed; submitting with a source goes through.
    draft = client.post(f"/admin/pages/{article.pk}/edit/", edit_form(article, source="", author=""))
    assert draft.status_code == 302
    with_author = edit_form(article, **{"action-submit": "1", "author": "Thu Hà", "source": ""})
    submitted = client.post(f"/admin/pages/{article.pk}/edit/", with_author)
    assert submitted.status_code == 302
    assert ArticlePage.objects.get(pk=article.pk).workflow_in_progress


def test_the_deadline_rule_is_stated_before_submitting(client, newsroom):
    client.force_login(newsroom["reporter"])
    article = newsroom["draft"]()
    response = client.get(f"/admin/pages/{article.pk}/edit/")
    assert "được duyệt trong ½ ngày làm việc (Điều 13)" in told(response)
    research = newsroom["draft"](title="Nghiên cứu", kind=ArticlePage.Kind.RESEARCH, complex_=True)
    text = told(client.get(f"/admin/pages/{research.pk}/edit/"))
    assert "trong 01 ngày làm việc (Điều 13)" in text and "thẩm định trước" in text
    parent = article.get_parent()
    created = told(client.get(f"/admin/pages/add/news/articlepage/{parent.pk}/"))
    assert "½ ngày làm việc" in created and "01 ngày làm việc" in created


def test_while_waiting_the_editor_sees_it_waits_and_the_approver_sees_approve_first(client, newsroom):
    article = newsroom["draft"]()
    newsroom["submit"](article)
    client.force_login(newsroom["reporter"])
    html = client.get(f"/admin/pages/{article.pk}/edit/").text
    assert main_button(html).startswith("Đang chờ duyệt — hạn ")
    client.force_login(newsroom["approver"])
    html = client.get(f"/admin/pages/{article.pk}/edit/").text
    assert main_button(html) == "Duyệt và xuất bản"


def test_approving_and_sending_back_are_confirmed(client, newsroom):
    article = newsroom["draft"](title="Hội nghị trực tuyến")
    newsroom["submit"](article)
    client.force_login(newsroom["approver"])
    url = f"/admin/pages/workflow/action/{article.pk}/approve/{current(article).pk}/"
    response = client.post(url, {"comment": ""}, follow=True)
    assert "Đã duyệt và xuất bản “Hội nghị trực tuyến”" in told(response)
    assert ArticlePage.objects.get(pk=article.pk).live

    other = newsroom["draft"](title="Tin cần sửa")
    newsroom["submit"](other)
    url = f"/admin/pages/workflow/action/{other.pk}/reject/{current(other).pk}/"
    response = client.post(url, {"reason": "quality", "comment": "Ảnh mờ."}, follow=True)
    assert "Đã trả lại “Tin cần sửa” cho tác giả" in told(response)
    assert PageLogEntry.objects.filter(page=other, action="wagtail.workflow.reject").exists()


def test_the_article_shows_its_attribution(client, newsroom):
    article = newsroom["draft"](live=True)
    html = client.get(article.url, HTTP_HOST=article.get_site().hostname).text
    assert "Tác giả:" in html and "Minh Anh" in html and "Nguồn:" in html

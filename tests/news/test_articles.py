"""Articles at scale and in use: filed into year/month folders, related items, tags, feeds, bounded queries."""

import datetime

import feedparser
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail_factories import ImageFactory

from accounts.factories import UserFactory
from home.factories import SectionPageFactory
from news.factories import ArticlePageFactory
from news.models import ArchiveFolderPage, ArticlePage, archive_folder

# Reads response.context: Django records the templates' contexts for this module (tests/conftest.py).
pytestmark = pytest.mark.usefixtures("template_contexts")


@pytest.fixture
def news(main_site):
    return SectionPageFactory(parent=main_site.site.root_page, title="Tin tức – Sự kiện", slug="tin-tuc")


def publish_article(section, title, when):
    return ArticlePageFactory(
        parent=archive_folder(section, when), title=title, date=when, first_published_at=when, main_image=ImageFactory(title=title)
    )


def test_article_added_to_a_section_is_filed_in_its_month_folder(client, news):
    client.force_login(UserFactory(superuser=True))
    data = {
        "title": "Hội nghị tổng kết năm 2025",
        "slug": "hoi-nghi-tong-ket-2025",
        "kind": "news",
        "lead": "Sapo.",
        "body": streamfield([("paragraph", rich_text("<p>Nội dung.</p>"))]),
        "date": "2025-12-30 09:00",
        "related_links": inline_formset([]),
        "corrections": inline_formset([]),
        "royalty_contributors": inline_formset([]),
    }
    assert client.post(f"/admin/pages/add/news/articlepage/{news.pk}/", nested_form_data(data)).status_code == 302
    article = ArticlePage.objects.get(slug="hoi-nghi-tong-ket-2025")
    article.get_latest_revision().publish()  # publishing goes through the two steps (tests/editorial/test_workflow.py)
    assert article.url == "/tin-tuc/2025/12/hoi-nghi-tong-ket-2025/"
    assert [folder.title for folder in ArchiveFolderPage.objects.descendant_of(news)] == ["2025", "12"]
    assert client.get(article.url, HTTP_HOST="localhost").status_code == 200
    assert "Hội nghị tổng kết năm 2025" in client.get("/tin-tuc/2025/12/", HTTP_HOST="localhost").text  # a folder lists its month
    # The section still lists it, through its folders.
    assert "Hội nghị tổng kết năm 2025" in client.get(news.url, HTTP_HOST="localhost").text


def test_a_new_article_whose_address_is_taken_in_its_month_folder_gets_a_free_one_and_the_editor_is_told(
    client, main_site, news, django_user_model
):
    when = timezone.make_aware(datetime.datetime(2025, 12, 30, 9, 0))
    earlier = publish_article(news, "Hội nghị tổng kết năm 2025", when)
    earlier.slug = "hoi-nghi-tong-ket-2025"
    earlier.save()
    editor = django_user_model.objects.create_user("bien_tap", password="x", email="bt@moj.gov.vn")
    editor.groups.add(main_site.editors_group)
    client.force_login(editor)
    data = {
        "title": "Hội nghị tổng kết năm 2025 (tiếp theo)",
        "slug": "hoi-nghi-tong-ket-2025",
        "kind": "news",
        "lead": "Sapo.",
        "body": streamfield([("paragraph", rich_text("<p>Nội dung.</p>"))]),
        "date": "2025-12-30 15:00",
        "related_links": inline_formset([]),
        "corrections": inline_formset([]),
        "royalty_contributors": inline_formset([]),
    }
    response = client.post(f"/admin/pages/add/news/articlepage/{news.pk}/", nested_form_data(data), follow=True)
    assert response.status_code == 200
    article = ArticlePage.objects.get(title="Hội nghị tổng kết năm 2025 (tiếp theo)")
    assert article.get_parent().url_path == "/moj/tin-tuc/2025/12/"  # filed in its month folder, not left in the section
    assert article.slug == "hoi-nghi-tong-ket-2025-2"
    assert ArticlePage.objects.get(pk=earlier.pk).slug == "hoi-nghi-tong-ket-2025"
    told = [str(message) for message in response.context["messages"]]
    assert any("hoi-nghi-tong-ket-2025-2" in message and "đã được đổi" in message for message in told), told
    article.get_latest_revision().publish()  # the draft the approvers will publish carries the new address
    assert ArticlePage.objects.get(pk=article.pk).url == "/tin-tuc/2025/12/hoi-nghi-tong-ket-2025-2/"


@pytest.mark.parametrize("date", ["0001-01-01 00:00", "1899-12-31 23:00", "3000-01-01 00:00"])
def test_an_article_dated_outside_the_calendar_is_refused_with_a_message_and_keeps_what_was_typed(
    client, main_site, news, django_user_model, date
):
    editor = django_user_model.objects.create_user("bien_tap", password="x", email="bt@moj.gov.vn")
    editor.groups.add(main_site.editors_group)
    client.force_login(editor)
    data = {
        "title": "Bài có ngày sai",
        "slug": "bai-co-ngay-sai",
        "kind": "news",
        "lead": "Sapo.",
        "body": streamfield([("paragraph", rich_text("<p>Nội dung.</p>"))]),
        "date": date,
        "related_links": inline_formset([]),
        "corrections": inline_formset([]),
        "royalty_contributors": inline_formset([]),
    }
    response = client.post(f"/admin/pages/add/news/articlepage/{news.pk}/", nested_form_data(data))
    assert response.status_code == 200  # the form again, not a server error (year 1 in Hà Nội is year 0 in UTC)
    assert "Ngày phải từ năm 1900 đến năm 2999." in response.text
    assert "Bài có ngày sai" in response.text
    assert not ArticlePage.objects.filter(slug="bai-co-ngay-sai").exists()


def test_related_items_default_to_the_latest_of_the_same_section(client, news):
    now = timezone.now()
    older = [publish_article(news, f"Tin cũ {n}", now - datetime.timedelta(days=40 + n)) for n in range(3)]
    article = publish_article(news, "Tin chính", now)
    html = client.get(article.url, HTTP_HOST="localhost").text
    assert "Tin liên quan" in html
    assert all(item.title in html for item in older)


def render_and_count(client, url, host="localhost"):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, HTTP_HOST=host)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("page", ["home", "section", "article", "feed"])
def test_public_pages_use_the_same_number_of_queries_for_3_or_18_items(client, main_site, news, page):
    """Rendering cost must not grow with the number of items (R-SHARE-3, issue 4 scale)."""
    from home.models import HomePage

    home = HomePage.objects.get(pk=main_site.site.root_page_id)
    home.body = [("latest_items", {"heading": "", "section": news, "count": 20, "layout": "cards"})]
    home.save_revision().publish()

    def url():
        article = ArticlePage.objects.live().first()
        return {"home": "/", "section": news.url, "article": article.url, "feed": f"{news.url}rss/"}[page]

    now = timezone.now()
    for n in range(3):
        publish_article(news, f"Tin {n}", now - datetime.timedelta(days=n))
    render_and_count(client, url())  # warm caches (site root paths, renditions)
    few = render_and_count(client, url())
    for n in range(3, 18):
        publish_article(news, f"Tin {n}", now - datetime.timedelta(days=n))
    render_and_count(client, url())
    many = render_and_count(client, url())
    assert many == few, f"{page}: {few} queries with 3 items, {many} with 18"


def test_feeds_of_a_site_and_a_section_parse_with_a_real_parser(client, main_site, news):
    now = timezone.now()
    for n in range(5):
        publish_article(news, f"Bộ Tư pháp thông tin số {n}", now - datetime.timedelta(hours=n))
    for url in ("/rss/", "/atom/", f"{news.url}rss/", f"{news.url}atom/"):
        response = client.get(url, HTTP_HOST="localhost")
        assert response.status_code == 200
        feed = feedparser.parse(response.content)
        assert not feed.bozo, (url, feed.bozo_exception)
        assert [entry.title for entry in feed.entries][:2] == ["Bộ Tư pháp thông tin số 0", "Bộ Tư pháp thông tin số 1"]
        assert feed.entries[0].link.startswith("http://localhost/tin-tuc/")
        assert feed.entries[0].author == "Minh Anh"
    html = client.get("/", HTTP_HOST="localhost").text
    assert 'type="application/rss+xml"' in html and 'href="/rss/"' in html

"""What an uncached page keeps from one request to the next (issue 16): a home page's blocks, an article's related
items, the menu, the breadcrumb, the language links and the private sections are read once, and every change of
public content shows on the next request; a preview never shows the kept copy."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from accounts.factories import UserFactory
from home.factories import SectionPageFactory
from news.factories import ArticlePageFactory
from news.models import ArticlePage

HOST = "localhost"


def read(client, path):
    response = client.get(path, HTTP_HOST=HOST)
    assert response.status_code == 200, path
    return response.text


def publish(page, **changes):
    page = type(page).objects.get(pk=page.pk)
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return page


@pytest.fixture
def newsroom(main_site):
    home = main_site.site.root_page.specific
    news = SectionPageFactory(parent=home, title="Tin tức – Sự kiện", slug="tin-tuc", show_in_menus=True)
    home.body = [("latest_items", {"heading": "", "section": news, "count": 5, "layout": "list"})]
    home = publish(home, body=home.body)
    first = ArticlePageFactory(parent=news, title="Hội nghị tổng kết ngành Tư pháp", slug="hoi-nghi")
    second = ArticlePageFactory(parent=news, title="Tập huấn nghiệp vụ hộ tịch", slug="tap-huan")
    return {"home": home, "news": news, "first": first, "second": second}


def test_the_home_page_shows_an_article_published_after_it_was_read(client, newsroom):
    assert "Hội nghị tổng kết ngành Tư pháp" in read(client, "/")
    with CaptureQueriesContext(connection) as queries:
        read(client, "/")
    assert len(queries) <= 3  # the blocks were kept
    ArticlePageFactory(parent=newsroom["news"], title="Bộ trưởng tiếp Đại sứ Nhật Bản", slug="tiep-dai-su")
    assert "Bộ trưởng tiếp Đại sứ Nhật Bản" in read(client, "/")
    ArticlePage.objects.get(slug="tiep-dai-su").unpublish()
    assert "Bộ trưởng tiếp Đại sứ Nhật Bản" not in read(client, "/")


def test_related_items_breadcrumb_and_menu_follow_a_rename(client, newsroom):
    article = newsroom["first"].url
    html = read(client, article)
    assert "Tập huấn nghiệp vụ hộ tịch" in html  # related: the latest of the same section
    publish(newsroom["second"], title="Tập huấn nghiệp vụ chứng thực")
    publish(newsroom["news"], title="Tin hoạt động")
    html = read(client, article)
    assert "Tập huấn nghiệp vụ chứng thực" in html and "Tập huấn nghiệp vụ hộ tịch" not in html
    assert html.count("Tin hoạt động") >= 2  # the menu and the breadcrumb
    assert "Tin tức – Sự kiện" not in html


def test_a_new_section_in_the_menu_shows_on_the_next_page(client, newsroom):
    assert "Văn bản pháp luật" not in read(client, newsroom["first"].url)
    SectionPageFactory(parent=newsroom["home"], title="Văn bản pháp luật", slug="van-ban", show_in_menus=True)
    assert "Văn bản pháp luật" in read(client, newsroom["first"].url)


def test_a_section_made_private_after_it_was_read_is_private_at_once(client, newsroom):
    path = newsroom["first"].url
    read(client, path)
    restriction = PageViewRestriction.objects.create(page=newsroom["news"], restriction_type=PageViewRestriction.LOGIN)
    assert client.get(path, HTTP_HOST=HOST).status_code == 302  # to the login page
    restriction.delete()
    read(client, path)


def test_pages_below_an_alias_of_a_private_page_are_private_too(client, newsroom):
    """Wagtail applies a source page's restriction to its aliases and to the pages below them (wagtail-localize makes
    such aliases for a translated tree's structure): kept lists of private sections must not forget them."""
    elsewhere = SectionPageFactory(parent=newsroom["home"], title="Chuyên mục khác", slug="khac")
    alias = newsroom["news"].create_alias(parent=elsewhere, update_slug="tin-tuc-ban-sao")
    below = ArticlePageFactory(parent=alias, title="Bài dưới bản sao", slug="bai-duoi-ban-sao")
    read(client, below.url)
    PageViewRestriction.objects.create(page=newsroom["news"], restriction_type=PageViewRestriction.LOGIN)
    assert client.get(below.url, HTTP_HOST=HOST).status_code == 302
    assert client.get(Page.objects.get(pk=alias.pk).url, HTTP_HOST=HOST).status_code == 302


def test_a_preview_of_the_home_page_never_shows_the_kept_blocks(client, newsroom):
    from wagtail.test.utils.form_data import nested_form_data, streamfield

    home = newsroom["home"]
    notices = SectionPageFactory(parent=home, title="Thông báo", slug="thong-bao")
    ArticlePageFactory(parent=notices, title="Thông báo tuyển dụng công chức", slug="tuyen-dung")
    read(client, "/")  # the live blocks are kept
    client.force_login(UserFactory(superuser=True))
    block = ("latest_items", {"heading": "", "section": notices.pk, "count": 5, "layout": "list"})
    data = nested_form_data({"title": home.title, "slug": home.slug, "body": streamfield([block])})
    preview_url = f"/admin/pages/{home.pk}/edit/preview/"
    assert client.post(preview_url, data).json()["is_valid"]
    preview = client.get(preview_url).text
    assert "Thông báo tuyển dụng công chức" in preview and "Hội nghị tổng kết ngành Tư pháp" not in preview
    client.logout()
    assert "Thông báo tuyển dụng công chức" not in read(client, "/")

"""Year and month folders are how the admin stores a section's items, not something readers or editors choose
(issue 18): breadcrumbs skip them, a folder's own page is titled by its section and period, they are not in menus
nor in search, and "Thư mục lưu trữ" is never offered as a page type to add."""

import datetime

import pytest
from django.utils import timezone
from wagtail.test.utils.form_data import nested_form_data

from accounts.factories import UserFactory
from editorial.section_items import section_items_url
from home.factories import SectionPageFactory
from news.factories import ArticlePageFactory
from news.models import ArchiveFolderPage, archive_folder
from tests.subsites.sitemap_reader import read_sitemap

WHEN = datetime.datetime(2025, 12, 30, 9, 0)


@pytest.fixture
def article(main_site):
    section = SectionPageFactory(parent=main_site.site.root_page, title="Tin tức – Sự kiện", slug="tin-tuc")
    when = timezone.make_aware(WHEN)
    return ArticlePageFactory(parent=archive_folder(section, when), title="Hội nghị tổng kết công tác tư pháp", slug="hoi-nghi", date=when)


def breadcrumb(html: str) -> str:
    return html.split('class="breadcrumbs"', 1)[1].split("</nav>", 1)[0]


def test_an_article_s_breadcrumb_goes_from_the_home_page_to_its_section_without_folders(client, article):
    trail = breadcrumb(client.get(article.url, HTTP_HOST="localhost").text)
    assert 'href="/tin-tuc/"' in trail and "Tin tức – Sự kiện" in trail
    assert "/tin-tuc/2025/" not in trail and ">2025<" not in trail and ">12<" not in trail


def test_a_folder_page_is_titled_by_its_section_and_period(client, article):
    month = client.get("/tin-tuc/2025/12/", HTTP_HOST="localhost").text
    assert "<h1>Tin tức – Sự kiện – tháng 12/2025</h1>" in month
    assert "<title>Tin tức – Sự kiện – tháng 12/2025 —" in month
    assert "Hội nghị tổng kết công tác tư pháp" in month
    year = client.get("/tin-tuc/2025/", HTTP_HOST="localhost").text
    assert "<h1>Tin tức – Sự kiện – năm 2025</h1>" in year
    assert "/tin-tuc/2025/" not in breadcrumb(year)


def test_folders_are_not_in_menus_search_or_the_sitemap(client, article):
    assert not ArchiveFolderPage.objects.filter(show_in_menus=True).exists()
    results = client.get("/tim-kiem/", {"q": "2025"}, HTTP_HOST="localhost").text
    assert 'href="/tin-tuc/2025/"' not in results and 'href="/tin-tuc/2025/12/"' not in results
    assert "/tin-tuc/2025/12/<" not in read_sitemap(client, "localhost")


def test_an_archive_folder_is_never_offered_nor_accepted_as_a_new_page(client, main_site, article):
    client.force_login(UserFactory(username="bien_tap", groups=[main_site.editors_group]))
    section = article.get_parent().get_parent().get_parent()
    choices = client.get(f"/admin/pages/{section.pk}/add_subpage/").text
    assert "Bài viết" in choices
    assert "Thư mục lưu trữ" not in choices
    response = client.post(f"/admin/pages/add/news/archivefolderpage/{section.pk}/", nested_form_data({"title": "2024", "slug": "2024"}))
    assert response.status_code in (302, 403)
    assert not ArchiveFolderPage.objects.filter(slug="2024").exists()


def test_a_section_gives_its_editors_a_listing_of_all_its_items_newest_first(client, main_site, article):
    """Without drilling year → month: the section's header offers the listing, which shows the articles of every
    folder, newest first, and filters by who wrote them."""
    section = article.get_parent().get_parent().get_parent()
    later = ArticlePageFactory(
        parent=archive_folder(section, timezone.now()), title="Tin mới nhất của chuyên mục", date=timezone.now(), owner=None
    )
    editor = UserFactory(username="bien_tap", groups=[main_site.editors_group])
    later.save_revision(user=editor)
    client.force_login(editor)
    explorer = client.get(f"/admin/pages/{section.pk}/").text
    listing_url = section_items_url(section)
    assert listing_url in explorer and "Tin bài của chuyên mục" in explorer
    listing = client.get(listing_url).text
    assert "Tin mới nhất của chuyên mục" in listing and "Hội nghị tổng kết công tác tư pháp" in listing
    assert listing.index("Tin mới nhất của chuyên mục") < listing.index("Hội nghị tổng kết công tác tư pháp")
    assert ">2025<" not in listing.split('class="listing section-items"', 1)[1]  # items, not folders
    filtered = client.get(listing_url, {"tac_gia": editor.pk}).text
    shown = filtered.split('class="listing section-items"', 1)[1]
    assert "Tin mới nhất của chuyên mục" in shown and "Hội nghị tổng kết công tác tư pháp" not in shown

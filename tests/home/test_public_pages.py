"""The public pages of a site: identity, navigation, listings, articles, documents, language, errors."""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Locale

from accounts.factories import UserFactory
from documents.factories import LegalDocumentIndexPageFactory, LegalDocumentPageFactory
from documents.models import LegalDocumentAttachment
from home.factories import SectionPageFactory
from home.models import SiteIdentity
from news.factories import ArticlePageFactory


@pytest.fixture
def portal(main_site):
    home = main_site.site.root_page.specific
    identity = SiteIdentity.for_site(main_site.site)
    identity.address = "Số 60 Trần Phú, Điện Biên, Ba Đình, Hà Nội"
    identity.phone = "(024) 6273 9718"
    identity.email = "banbientap@moj.gov.vn"
    identity.responsible_person = "Trưởng Ban Biên tập"
    identity.save()
    news = SectionPageFactory(parent=home, title="Tin tức – Sự kiện", slug="tin-tuc")
    return home, news


def test_home_page_shows_identity_navigation_search_and_agency_contacts(client, portal):
    _, news = portal
    html = client.get("/", HTTP_HOST="localhost").text
    assert '<html lang="vi">' in html
    assert 'href="#main"' in html and 'id="main"' in html  # skip link
    assert 'action="/tim-kiem/"' in html
    assert f'href="{news.url}"' in html and "Tin tức – Sự kiện" in html
    for detail in ("Số 60 Trần Phú, Điện Biên, Ba Đình, Hà Nội", "(024) 6273 9718", "banbientap@moj.gov.vn", "Trưởng Ban Biên tập"):
        assert detail in html


def test_section_lists_its_articles_newest_first_with_pagination(client, portal):
    _, news = portal
    articles = [ArticlePageFactory(parent=news, title=f"Tin số {n:02d}") for n in range(25)]
    response = client.get(news.url, HTTP_HOST="localhost")
    assert response.status_code == 200
    assert articles[-1].title in response.text
    assert articles[0].title not in response.text  # the 25th item is on page 2
    page_two = client.get(news.url, {"trang": 2}, HTTP_HOST="localhost").text
    assert articles[0].title in page_two
    assert "Trang 2/2" in page_two


def test_article_shows_lead_author_and_source(client, portal):
    _, news = portal
    article = ArticlePageFactory(
        parent=news, title="Hội nghị triển khai công tác tư pháp năm 2026", author="Thu Hà", source="Báo Pháp luật Việt Nam"
    )
    html = client.get(article.url, HTTP_HOST="localhost").text
    assert "<h1>Hội nghị triển khai công tác tư pháp năm 2026</h1>" in html
    assert "Thu Hà" in html and "Báo Pháp luật Việt Nam" in html  # R-CONT-6
    assert 'property="og:title"' in html


def test_legal_document_shows_its_metadata_and_attachment(client, main_site):
    index = LegalDocumentIndexPageFactory(parent=main_site.site.root_page, slug="van-ban")
    document = LegalDocumentPageFactory(parent=index, number="42/2022/NĐ-CP", title="Nghị định về dịch vụ công trực tuyến")
    file = get_document_model().objects.create(title="Toàn văn", file=ContentFile(b"%PDF-1.4 test", name="nd42.pdf"))
    LegalDocumentAttachment.objects.create(page=document, document=file)
    listing = client.get(index.url, HTTP_HOST="localhost").text
    assert "42/2022/NĐ-CP" in listing
    html = client.get(document.url, HTTP_HOST="localhost").text
    assert "42/2022/NĐ-CP" in html and "Chính phủ" in html and "24/06/2022" in html
    assert "Toàn văn" in html and "(PDF, 13" in html


def test_english_root_is_served_under_en_with_an_english_interface(client, portal):
    home, _ = portal
    english = home.copy_for_translation(Locale.objects.get(language_code="en"))
    english.title = "Ministry of Justice of Viet Nam"
    english.save_revision().publish()
    vi_html = client.get("/", HTTP_HOST="localhost").text
    en_response = client.get("/en/", HTTP_HOST="localhost")
    assert en_response.status_code == 200
    assert '<html lang="en">' in en_response.text
    assert "Skip to main content" in en_response.text
    assert 'hreflang="en" href="http://localhost/en/"' in vi_html  # alternate link and language switcher
    assert '<a href="/en/" hreflang="en" lang="en">English</a>' in vi_html


def test_language_switcher_is_absent_without_a_translation(client, portal):
    assert 'hreflang="en"' not in client.get("/", HTTP_HOST="localhost").text


def test_unknown_page_is_a_vietnamese_404_not_a_500(client, portal):
    response = client.get("/khong-co-trang-nay/", HTTP_HOST="localhost")
    assert response.status_code == 404
    assert "Không tìm thấy trang" in response.text


def test_health_check_reports_the_database(client, db):
    response = client.get("/health/")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_search_finds_live_pages_of_the_portal(client, portal):
    _, news = portal
    ArticlePageFactory(parent=news, title="Pháp luật về đất đai và quyền của người dân")
    response = client.get("/tim-kiem/", {"q": "đất đai"}, HTTP_HOST="localhost")
    assert response.status_code == 200
    assert "Pháp luật về đất đai" in response.text
    assert '<meta name="robots" content="noindex">' in response.text


def test_home_page_layout_is_previewed_before_it_is_published(client, portal):
    from wagtail.test.utils.form_data import nested_form_data, streamfield

    home, news = portal
    notices = SectionPageFactory(parent=home, title="Thông báo", slug="thong-bao")
    home.body = [("latest_items", {"heading": "", "section": news, "count": 5, "layout": "list"})]
    home.save_revision().publish()
    client.force_login(UserFactory(superuser=True))
    block = lambda section: ("latest_items", {"heading": "", "section": section.pk, "count": 5, "layout": "list"})  # noqa: E731
    data = nested_form_data({"title": home.title, "slug": home.slug, "body": streamfield([block(notices), block(news)])})
    preview_url = f"/admin/pages/{home.pk}/edit/preview/"
    assert client.post(preview_url, data).json()["is_valid"]
    preview = client.get(preview_url).text
    assert preview.index("Thông báo</h2>") < preview.index("Tin tức – Sự kiện</h2>")
    assert "Thông báo</h2>" not in client.get("/", HTTP_HOST="localhost").text  # the public page is unchanged

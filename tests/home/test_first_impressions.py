"""What a citizen meets first (issue 18): a 404 page that helps, a visible "Nhận tin" page of every feed linked from
the footer, and a component site whose "Bộ Tư pháp" line leads to the main portal. Layouts are measured in Chromium
(tests/e2e/test_first_impressions.py)."""

import pytest

from home.factories import SectionPageFactory
from home.models import SiteIdentity


@pytest.fixture
def portal(main_site):
    identity = SiteIdentity.for_site(main_site.site)
    identity.address = "Số 60 Trần Phú, Điện Biên, Ba Đình, Hà Nội"
    identity.address_en = "60 Tran Phu Street, Ba Dinh, Hanoi"
    identity.phone = "(024) 6273 9718"
    identity.email = "banbientap@moj.gov.vn"
    identity.save()
    home = main_site.site.root_page.specific
    news = SectionPageFactory(parent=home, title="Tin tức – Sự kiện", slug="tin-tuc", show_in_menus=True)
    SectionPageFactory(parent=news, title="Hoạt động của Bộ", slug="hoat-dong")
    SectionPageFactory(parent=home, title="Chỉ đạo – Điều hành", slug="chi-dao", show_in_menus=True)
    return home


def test_the_404_page_offers_search_the_main_sections_and_the_contact(client, portal):
    response = client.get("/khong-co-trang-nay/", HTTP_HOST="localhost")
    assert response.status_code == 404
    html = response.text
    body = html.split('id="main"', 1)[1]
    assert 'type="search" name="q"' in body and 'action="/tim-kiem/"' in body
    assert 'href="/tin-tuc/"' in body and 'href="/chi-dao/"' in body
    assert "banbientap@moj.gov.vn" in body and "(024) 6273 9718" in body


def test_the_english_404_page_searches_the_english_edition(client, portal):
    html = client.get("/en/no-such-page/", HTTP_HOST="localhost").text
    body = html.split('id="main"', 1)[1]
    assert 'action="/en/search/"' in body
    assert "Page not found" in html
    # The contact block gives the English address, as the footer does, not the Vietnamese one.
    contact = body.split('id="not-found-contact"', 1)[1].split("</section>", 1)[0]
    assert "60 Tran Phu Street, Ba Dinh, Hanoi" in contact and "Trần Phú" not in contact


def test_the_feeds_page_lists_the_site_s_and_every_section_s_feeds_and_the_footer_links_it(client, portal):
    home_html = client.get("/", HTTP_HOST="localhost").text
    assert 'href="/nhan-tin/"' in home_html.split("site-footer", 1)[1]
    response = client.get("/nhan-tin/", HTTP_HOST="localhost")
    assert response.status_code == 200
    html = response.text
    assert "<h1>Nhận tin</h1>" in html
    for url in ("/rss/", "/atom/", "/tin-tuc/rss/", "/tin-tuc/atom/", "/tin-tuc/hoat-dong/rss/", "/chi-dao/atom/"):
        assert f'href="{url}"' in html, url
    assert client.get("/tin-tuc/hoat-dong/atom/", HTTP_HOST="localhost").status_code == 200  # the links lead to feeds


def test_a_component_site_s_header_links_its_ministry_line_to_the_main_portal(client, portal, thads_site):
    html = client.get("/", HTTP_HOST=thads_site.site.hostname).text
    header = html.split('class="site-header"', 1)[1].split("</header>", 1)[0]
    assert '<a class="identity__parent" href="http://localhost/">Bộ Tư pháp</a>' in header
    main_header = client.get("/", HTTP_HOST="localhost").text.split('class="site-header"', 1)[1].split("</header>", 1)[0]
    assert "identity__parent" not in main_header or 'class="identity__parent" href' not in main_header

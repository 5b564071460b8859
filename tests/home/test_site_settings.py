"""Per-site settings (R-SITE-3, R-SHARE-2): menu, footer links, notice, tracking code — each only on its own site,
edited by the Chief Editor and that site's approvers only."""

import pytest
from django.core.exceptions import ValidationError

from accounts.factories import UserFactory
from home.factories import SectionPageFactory
from home.models import SiteNavigation, SiteNotice, SiteTracking
from home.models.settings import validate_tracking_code

EMC_SNIPPET = '<script async src="https://f-emc.ngsp.gov.vn/embed/gov-tracking.min.js"></script>'


def test_configured_menu_replaces_the_default_one_in_order(client, thads_site):
    home = thads_site.site.root_page
    news = SectionPageFactory(parent=home, title="Tin hoạt động", show_in_menus=True)
    notices = SectionPageFactory(parent=home, title="Thông báo", show_in_menus=True)
    navigation = SiteNavigation.for_site(thads_site.site)
    navigation.main_menu = [
        ("link", {"title": "Thông báo mới", "page": notices, "url": ""}),
        ("link", {"title": "Tin tức", "page": news, "url": ""}),
        ("link", {"title": "Cổng Dịch vụ công", "page": None, "url": "https://dichvucong.gov.vn"}),
    ]
    navigation.footer_links = [("link", {"title": "Sơ đồ trang", "page": None, "url": "https://thads.moj.gov.vn/so-do/"})]
    navigation.save()
    html = client.get("/", HTTP_HOST="thads.localhost").text
    menu = html[html.index('class="main-nav"') : html.index("</nav>", html.index('class="main-nav"'))]
    assert menu.index("Thông báo mới") < menu.index("Tin tức") < menu.index("Cổng Dịch vụ công")
    assert "Tin hoạt động" not in menu
    assert "Sơ đồ trang" in html


def test_without_a_configured_menu_the_sections_marked_for_menus_show(client, thads_site):
    SectionPageFactory(parent=thads_site.site.root_page, title="Tin hoạt động", show_in_menus=True)
    SectionPageFactory(parent=thads_site.site.root_page, title="Lưu trữ", show_in_menus=False)
    html = client.get("/", HTTP_HOST="thads.localhost").text
    assert "Tin hoạt động" in html and "Lưu trữ" not in html


def test_notice_banner_and_tracking_code_render_only_on_their_site(client, thads_site, cntt_site):
    SiteNotice.objects.update_or_create(
        site=thads_site.site, defaults={"is_active": True, "text": "Hệ thống bảo trì lúc 22 giờ", "level": "warning"}
    )
    SiteTracking.objects.update_or_create(site=thads_site.site, defaults={"tracking_code": EMC_SNIPPET})
    thads = client.get("/", HTTP_HOST="thads.localhost").text
    cntt = client.get("/", HTTP_HOST="cntt.localhost").text
    assert "Hệ thống bảo trì lúc 22 giờ" in thads and 'role="alert"' in thads
    assert "https://f-emc.ngsp.gov.vn/embed/gov-tracking.min.js" in thads
    assert "Hệ thống bảo trì" not in cntt and "f-emc" not in cntt


@pytest.mark.parametrize(
    "code",
    [
        "<div>quảng cáo</div>",
        '<script src="http://emc.example.gov.vn/track.js"></script>',
        "<script></script><iframe src='https://x'></iframe>",
        "văn bản thường",
    ],
)
def test_tracking_code_accepts_only_https_script_elements(db, code):
    with pytest.raises(ValidationError):
        validate_tracking_code(code)
    validate_tracking_code(EMC_SNIPPET)


def test_site_approvers_edit_their_own_settings_only(client, thads_site, cntt_site):
    client.force_login(UserFactory(username="duyet", groups=[thads_site.approvers_group]))
    own = client.post(
        f"/admin/settings/home/sitenotice/{thads_site.site.pk}/",
        {"is_active": "on", "text": "Nghỉ lễ Quốc khánh", "level": "info", "link": ""},
    )
    assert own.status_code == 302
    assert SiteNotice.for_site(thads_site.site).text == "Nghỉ lễ Quốc khánh"
    other = client.post(
        f"/admin/settings/home/sitenotice/{cntt_site.site.pk}/",
        {"is_active": "on", "text": "Chèn trái phép", "level": "info", "link": ""},
    )
    assert other.status_code in (302, 403)
    assert SiteNotice.for_site(cntt_site.site).text == ""


def test_notice_cannot_be_switched_on_without_text_and_keeps_what_was_typed(client, thads_site):
    client.force_login(UserFactory(superuser=True))
    response = client.post(
        f"/admin/settings/home/sitenotice/{thads_site.site.pk}/",
        {"is_active": "on", "text": "", "level": "warning", "link": "https://thads.moj.gov.vn/"},
    )
    assert response.status_code == 200
    assert "Nhập nội dung trước khi bật thông báo" in response.text
    assert 'value="https://thads.moj.gov.vn/"' in response.text

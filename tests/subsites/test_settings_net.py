"""Site settings with a net (issue 18): the menu screen shows what readers see now — the home page's sections while
no menu is configured —; changing the main menu or the footer links needs a reason from anyone but the Chief Editor;
each save keeps the setting before and after in the audit log (moj.settings_changed)."""

from wagtail.models import ModelLogEntry
from wagtail.test.utils.form_data import nested_form_data, streamfield

from accounts import roles
from accounts.factories import UserFactory
from home.factories import SectionPageFactory
from home.models import SiteIdentity, SiteNavigation
from subsites.settings_net import REASON_REQUIRED, SETTINGS_CHANGED
from tests.subsites.action_world import form_data


def navigation(menu=(), footer=(), reason=""):
    data = nested_form_data(
        {
            "main_menu": streamfield([("link", {"title": title, "page": "", "url": url}) for title, url in menu]),
            "footer_links": streamfield([("link", {"title": title, "page": "", "url": url}) for title, url in footer]),
        }
    )
    return {**data, "reason": reason}


def entries(setting):
    return list(ModelLogEntry.objects.for_instance(setting).filter(action=SETTINGS_CHANGED).order_by("pk"))


def test_the_menu_screen_shows_the_default_menu_readers_see(client, main_site):
    home = main_site.site.root_page
    SectionPageFactory(parent=home, title="Tin tức – Sự kiện", slug="tin-tuc", show_in_menus=True)
    SectionPageFactory(parent=home, title="Văn bản", slug="van-ban", show_in_menus=True)
    client.force_login(UserFactory(username="standing_approver", groups=[main_site.approvers_group]))
    screen = client.get(f"/admin/settings/home/sitenavigation/{main_site.site_id}/").text
    live = screen.split('class="w-mb-8 live-navigation"', 1)[1].split("</section>", 1)[0]
    assert "Đang dùng mặc định: các chuyên mục con của trang chủ" in live
    assert "Tin tức – Sự kiện" in live and "Văn bản" in live
    assert 'name="reason"' in screen


def test_an_approver_changes_the_menu_only_with_a_reason_and_it_is_logged(client, main_site, thads_site):
    url = f"/admin/settings/home/sitenavigation/{main_site.site_id}/"
    client.force_login(UserFactory(username="standing_approver", groups=[main_site.approvers_group]))
    refused = client.post(url, navigation(menu=[("Liên hệ", "https://moj.gov.vn/lien-he")]))
    assert refused.status_code == 200 and str(REASON_REQUIRED) in refused.text
    setting = SiteNavigation.for_site(main_site.site)
    assert len(SiteNavigation.objects.get(pk=setting.pk).main_menu) == 0 and not entries(setting)

    saved = client.post(url, navigation(menu=[("Liên hệ", "https://moj.gov.vn/lien-he")], reason="Thêm trang liên hệ"))
    assert saved.status_code == 302
    assert [block.value["title"] for block in SiteNavigation.objects.get(pk=setting.pk).main_menu] == ["Liên hệ"]
    (entry,) = entries(setting)
    assert entry.data["reason"] == "Thêm trang liên hệ" and entry.data["changed"] == ["main_menu"]
    assert entry.data["before"]["main_menu"] == []
    assert entry.data["after"]["main_menu"] == [
        {"type": "link", "value": {"title": "Liên hệ", "page": None, "url": "https://moj.gov.vn/lien-he"}}
    ]

    # The screen now shows the configured menu as live, no longer the default.
    screen = client.get(url).text
    live = screen.split('class="w-mb-8 live-navigation"', 1)[1].split("</section>", 1)[0]
    assert "Liên hệ" in live and "Đang dùng mặc định" not in live

    # Another site's approver changes nothing.
    client.force_login(UserFactory(username="thads_approver", groups=[thads_site.approvers_group]))
    client.post(url, navigation(menu=[("Khác", "https://example.org/")], reason="Thử"))
    assert [block.value["title"] for block in SiteNavigation.objects.get(pk=setting.pk).main_menu] == ["Liên hệ"]


def test_the_chief_editor_changes_the_footer_without_a_reason_logged_before_and_after(client, main_site):
    url = f"/admin/settings/home/sitenavigation/{main_site.site_id}/"
    client.force_login(UserFactory(username="chief", groups=[roles.CHIEF_EDITOR]))
    assert "Chỉ Trưởng Ban Biên tập" not in client.get(url).text
    assert client.post(url, navigation(footer=[("Sơ đồ cổng", "https://moj.gov.vn/so-do")])).status_code == 302
    setting = SiteNavigation.for_site(main_site.site)
    (entry,) = entries(setting)
    assert entry.user.username == "chief" and entry.data["changed"] == ["footer_links"] and entry.data["reason"] == ""
    assert entry.data["after"]["footer_links"][0]["value"]["title"] == "Sơ đồ cổng"


def test_identity_changes_need_no_reason_and_keep_before_and_after(client, main_site):
    url = f"/admin/settings/home/siteidentity/{main_site.site_id}/"
    client.force_login(UserFactory(username="standing_approver", groups=[main_site.approvers_group]))
    data = form_data(client.get(url).text)
    before = SiteIdentity.for_site(main_site.site).address
    assert client.post(url, {**data, "address": ["60 Trần Phú, Ba Đình, Hà Nội"]}).status_code == 302
    setting = SiteIdentity.for_site(main_site.site)
    (entry,) = entries(setting)
    assert entry.data["changed"] == ["address"]
    assert entry.data["before"]["address"] == before and entry.data["after"]["address"] == "60 Trần Phú, Ba Đình, Hà Nội"
    # Saving again unchanged logs no revision.
    client.post(url, form_data(client.get(url).text))
    assert len(entries(setting)) == 1

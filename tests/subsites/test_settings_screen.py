"""The menu screen as a browser reads it (issue 18, found by trying it in Chromium): the history's restore forms are
forms of their own, after the settings form (inside it, the browser dropped them and "Khôi phục" saved the settings);
the reason is one field with its label; a rename reads as a rename, not a removal, with the address readers follow;
the history names the proposer as the proposal did, with the approver's note; a proposal sent back is shown to its
proposer, on the screen and the dashboard, with the reason."""

from django.conf import settings

from accounts import roles
from accounts.factories import UserFactory
from home.factories import SectionPageFactory
from home.models import SiteNavigation
from subsites.models import SettingsProposal
from subsites.settings_proposals import differences
from tests.editorial.admin_english import english_on
from tests.html_structure import duplicate_ids, nested_forms
from tests.subsites.settings_net_helpers import entries, menu_titles, navigation


def menu_url(portal_site):
    return f"/admin/settings/home/sitenavigation/{portal_site.site_id}/"


def test_the_restore_forms_are_not_inside_the_settings_form_and_the_reason_is_drawn_once(client, main_site):
    url = menu_url(main_site)
    client.force_login(UserFactory(username="chief", groups=[roles.CHIEF_EDITOR]))
    client.post(url, navigation(menu=[("Văn bản", "https://moj.gov.vn/van-ban")], reason="Menu đầu tiên"))
    client.post(url, navigation(menu=[("Liên hệ", "https://moj.gov.vn/lien-he")], reason="Gọn lại"))
    client.force_login(UserFactory(username="standing_approver", groups=[main_site.approvers_group]))
    screen = client.get(url).text
    assert "settings-history__restore" in screen
    assert nested_forms(screen) == []
    assert screen.count('name="reason"') == 1 and "id_reason" not in duplicate_ids(screen)
    assert screen.index('id="w-editor-form"') < screen.index('name="reason"') < screen.index("settings-history__restore")


def test_a_renamed_item_reads_as_renamed_with_the_address_readers_follow(client, main_site):
    home = main_site.site.root_page
    notices = SectionPageFactory(parent=home, title="Thông báo", slug="thong-bao", show_in_menus=True)
    url = menu_url(main_site)
    client.force_login(UserFactory(username="chief", groups=[roles.CHIEF_EDITOR]))
    page_link = [("link", {"title": "Thông báo", "page": notices.pk, "url": ""})]
    client.post(url, {**navigation(reason="Đầu"), **_menu(page_link)})
    client.force_login(UserFactory(username="standing_approver", groups=[main_site.approvers_group]))
    renamed = [("link", {"title": "Thông báo, thông cáo", "page": notices.pk, "url": ""})]
    client.post(url, {**navigation(reason="Đổi tên mục"), **_menu(renamed)})
    proposal = SettingsProposal.objects.get()
    waiting = client.get(url).text.split('id="de-xuat-', 1)[1].split("</article>", 1)[0]
    assert "Đổi tên: Thông báo → Thông báo, thông cáo" in waiting
    assert "setting-differences__removed" not in waiting
    assert f"Thông báo, thông cáo → {notices.full_url}" in waiting and "→ /moj/" not in waiting
    assert proposal.changed == ["main_menu"]


def _menu(blocks):
    from wagtail.test.utils.form_data import nested_form_data, streamfield

    return nested_form_data({"main_menu": streamfield(blocks), "footer_links": streamfield([])})


def test_the_history_names_the_proposer_and_shows_the_approvers_note(client, main_site):
    url = menu_url(main_site)
    proposer = UserFactory(username="standing_approver", first_name="Hoa", last_name="Đinh Thị", groups=[main_site.approvers_group])
    client.force_login(proposer)
    client.post(url, navigation(menu=[("Liên hệ", "https://moj.gov.vn/lien-he")], reason="Thêm liên hệ"))
    proposal = SettingsProposal.objects.get()
    client.force_login(UserFactory(username="chief", groups=[roles.CHIEF_EDITOR]))
    client.post(f"/admin/de-xuat-cai-dat/{proposal.pk}/duyet/", {"note": "Đồng ý, đã kiểm tra đường dẫn"})
    assert menu_titles(main_site.site) == ["Liên hệ"]
    (entry,) = entries(SiteNavigation.for_site(main_site.site))
    history = client.get(url).text.split('class="w-mt-8 settings-history"', 1)[1].split("</section>", 1)[0]
    assert f"duyệt đề xuất của {proposer.get_full_name()}" in history and entry.data["proposed_by"] == "standing_approver"
    assert "Ghi chú khi duyệt: Đồng ý, đã kiểm tra đường dẫn" in history


def test_a_proposal_sent_back_is_shown_and_mailed_to_its_proposer_with_the_reason(client, main_site, mailoutbox):
    url = menu_url(main_site)
    proposer = UserFactory(username="standing_approver", email="approver@moj.gov.vn", groups=[main_site.approvers_group])
    client.force_login(proposer)
    client.post(url, navigation(menu=[("Liên hệ", "https://moj.gov.vn/lien-he")], reason="Thêm liên hệ"))
    proposal = SettingsProposal.objects.get()
    chief = UserFactory(username="chief", first_name="Trưởng", last_name="Nguyễn Văn", groups=[roles.CHIEF_EDITOR])
    client.force_login(chief)
    client.post(f"/admin/de-xuat-cai-dat/{proposal.pk}/tra-lai/", {"note": "Trùng với liên kết chân trang"})
    (mail,) = mailoutbox
    assert (
        mail.to == ["approver@moj.gov.vn"]
        and "Trùng với liên kết chân trang" in mail.body
        and settings.WAGTAILADMIN_BASE_URL.rstrip("/") + url in mail.body
    )
    client.force_login(proposer)
    for screen in (client.get(url).text, client.get("/admin/").text):
        assert "Đề xuất của bạn bị trả lại" in screen and "Trùng với liên kết chân trang" in screen
        assert f"bị {chief.get_full_name()} trả lại" in screen
    # Nobody else is told: the chief's own dashboard does not list it as theirs.
    client.force_login(chief)
    assert "Đề xuất của bạn bị trả lại" not in client.get("/admin/").text


def test_of_two_items_with_one_address_the_one_dropped_reads_as_removed(db):
    def menu(*links):
        return [{"type": "link", "value": {"title": title, "page": None, "url": url}} for title, url in links]

    before = {"main_menu": menu(("Văn bản", "/van-ban/"), ("Tra cứu văn bản", "/van-ban/"), ("Liên hệ", "/lien-he/"))}
    (row,) = differences(SiteNavigation, ["main_menu"], before, {"main_menu": menu(("Văn bản", "/van-ban/"), ("Liên hệ", "/lien-he/"))})
    assert row["removed"] == ["Tra cứu văn bản → /van-ban/"] and row["renamed"] == []
    (row,) = differences(
        SiteNavigation,
        ["main_menu"],
        before,
        {"main_menu": menu(("Văn bản", "/van-ban/"), ("Tra cứu", "/van-ban/"), ("Liên hệ", "/lien-he/"))},
    )
    assert row["renamed"] == ["Tra cứu văn bản → Tra cứu"] and row["removed"] == []


def test_the_preview_and_the_sent_back_notices_show_no_english(client, main_site):
    """Screens off the sidebar: the proposal's preview, the screen and the dashboard of a proposer sent back."""
    url = menu_url(main_site)
    proposer = UserFactory(username="standing_approver", groups=[main_site.approvers_group])
    client.force_login(proposer)
    client.post(url, navigation(menu=[("Liên hệ", "https://moj.gov.vn/lien-he")], reason="Thêm liên hệ"))
    proposal = SettingsProposal.objects.get()
    preview = client.get(f"/admin/de-xuat-cai-dat/{proposal.pk}/xem-truoc/").text
    assert "Xem trước đề xuất" in preview and "Liên hệ" in preview
    client.force_login(UserFactory(username="chief", groups=[roles.CHIEF_EDITOR]))
    client.post(f"/admin/de-xuat-cai-dat/{proposal.pk}/tra-lai/", {"note": "Chưa đúng thứ tự"})
    client.force_login(proposer)
    for name, screen in {"preview": preview, "settings": client.get(url).text, "dashboard": client.get("/admin/").text}.items():
        assert name == "preview" or "Đề xuất của bạn bị trả lại" in screen
        assert not english_on(screen), f"{name}: {english_on(screen)}"

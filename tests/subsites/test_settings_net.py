"""Site settings with a net (issue 18): the menu screen shows what readers see now — the home page's sections while
no menu is configured —; a change of the main menu or the footer links by a site's approver is a proposal "chờ duyệt"
(with a reason and its before → after) that another approver of the site or the Chief Editor approves or sends back;
the Chief Editor's own change goes live at once with a reason (an override); each change that goes live keeps the
setting before and after in the audit log (moj.settings_changed), listed on the screen as its history."""

import json

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from wagtail.models import ModelLogEntry
from wagtail.test.utils.form_data import nested_form_data, streamfield

from accounts import roles
from accounts.factories import UserFactory
from home.factories import SectionPageFactory
from home.models import SiteIdentity, SiteNavigation
from subsites.models import SettingsProposal
from subsites.settings_net import REASON_REQUIRED
from subsites.settings_proposals import SETTINGS_PROPOSED, SETTINGS_SENT_BACK
from tests.editorial.admin_english import english_on
from tests.subsites.action_world import form_data
from tests.subsites.settings_net_helpers import entries, menu_titles, navigation, public_menu


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


@pytest.fixture
def page_cache(settings):
    settings.PAGE_CACHE_ENABLED = True


def test_an_approvers_menu_change_waits_for_a_second_person_before_readers_see_it(client, main_site, thads_site, page_cache):
    site = main_site.site
    url = f"/admin/settings/home/sitenavigation/{site.pk}/"
    proposer = UserFactory(username="standing_approver", groups=[main_site.approvers_group])
    second = UserFactory(username="standing_approver_2", groups=[main_site.approvers_group])
    reader = Client()
    public_menu(reader, site)
    assert public_menu(reader, site)[0]["X-Page-Cache"] == "hit"

    client.force_login(proposer)
    refused = client.post(url, navigation(menu=[("Liên hệ", "https://moj.gov.vn/lien-he")]))
    assert refused.status_code == 200 and str(REASON_REQUIRED) in refused.text
    assert not SettingsProposal.objects.exists()

    proposed = client.post(url, navigation(menu=[("Liên hệ", "https://moj.gov.vn/lien-he")], reason="Thêm trang liên hệ"))
    assert proposed.status_code == 302
    (proposal,) = SettingsProposal.objects.all()
    assert proposal.state == SettingsProposal.State.PENDING and proposal.changed == ["main_menu"]
    assert proposal.proposed_by == proposer and proposal.reason == "Thêm trang liên hệ"
    assert menu_titles(site) == [] and not entries(SiteNavigation.for_site(site))
    assert ModelLogEntry.objects.filter(action=SETTINGS_PROPOSED, data__proposal=proposal.pk).exists()
    # Readers still get the page as it was, from the cache: a proposal changes nothing public.
    response, menu = public_menu(reader, site)
    assert response["X-Page-Cache"] == "hit" and "Liên hệ" not in menu

    # The screen shows it waiting, with its before and after; the proposer may not approve it.
    screen = client.get(url).text
    waiting = screen.split('class="w-mb-8 settings-proposals"', 1)[1].split("</section>", 1)[0]
    assert "chờ duyệt" in waiting and "Thêm trang liên hệ" in waiting
    after = waiting.split('class="setting-differences__after"', 1)[1].split("</td>", 1)[0]
    assert "Liên hệ → https://moj.gov.vn/lien-he" in after
    assert f"/admin/de-xuat-cai-dat/{proposal.pk}/duyet/" not in waiting
    client.post(f"/admin/de-xuat-cai-dat/{proposal.pk}/duyet/")
    proposal.refresh_from_db()
    assert proposal.state == SettingsProposal.State.PENDING and menu_titles(site) == []
    # Another site's approver neither.
    client.force_login(UserFactory(username="thads_approver", groups=[thads_site.approvers_group]))
    client.post(f"/admin/de-xuat-cai-dat/{proposal.pk}/duyet/")
    proposal.refresh_from_db()
    assert proposal.state == SettingsProposal.State.PENDING and menu_titles(site) == []

    # A second approver of the site approves: the menu is live, logged with its proposer, the cached pages retired.
    client.force_login(second)
    assert f"/admin/de-xuat-cai-dat/{proposal.pk}/duyet/" in client.get(url).text
    assert client.post(f"/admin/de-xuat-cai-dat/{proposal.pk}/duyet/", {"note": "Đồng ý"}).status_code == 302
    proposal.refresh_from_db()
    assert proposal.state == SettingsProposal.State.APPLIED and proposal.decided_by == second
    assert menu_titles(site) == ["Liên hệ"]
    (entry,) = entries(SiteNavigation.for_site(site))
    assert entry.user == second and entry.data["proposed_by"] == "standing_approver" and entry.data["reason"] == "Thêm trang liên hệ"
    assert entry.data["before"]["main_menu"] == [] and entry.data["after"]["main_menu"][0]["value"]["title"] == "Liên hệ"
    response, menu = public_menu(reader, site)
    assert response["X-Page-Cache"] == "miss" and "Liên hệ" in menu

    # The screen shows the menu as live and the change in its history; nothing waits any more.
    screen = client.get(url).text
    live = screen.split('class="w-mb-8 live-navigation"', 1)[1].split("</section>", 1)[0]
    assert "Liên hệ" in live and "Đang dùng mặc định" not in live and "settings-proposals" not in screen
    history = screen.split('class="w-mt-8 settings-history"', 1)[1].split("</section>", 1)[0]
    assert "duyệt đề xuất của standing_approver" in history and "Thêm trang liên hệ" in history


def test_a_proposal_is_sent_back_with_a_reason_and_nothing_changes(client, main_site):
    site = main_site.site
    client.force_login(UserFactory(username="standing_approver", groups=[main_site.approvers_group]))
    footer = navigation(footer=[("Sơ đồ", "https://moj.gov.vn/so-do")], reason="Thêm sơ đồ")
    client.post(f"/admin/settings/home/sitenavigation/{site.pk}/", footer)
    proposal = SettingsProposal.objects.get()

    client.force_login(UserFactory(username="chief", groups=[roles.CHIEF_EDITOR]))
    client.post(f"/admin/de-xuat-cai-dat/{proposal.pk}/tra-lai/", {"note": ""})
    proposal.refresh_from_db()
    assert proposal.state == SettingsProposal.State.PENDING
    client.post(f"/admin/de-xuat-cai-dat/{proposal.pk}/tra-lai/", {"note": "Trùng với liên kết đầu trang"})
    proposal.refresh_from_db()
    assert proposal.state == SettingsProposal.State.SENT_BACK and proposal.decision_note == "Trùng với liên kết đầu trang"
    assert ModelLogEntry.objects.filter(action=SETTINGS_SENT_BACK, data__proposal=proposal.pk).exists()
    assert len(SiteNavigation.objects.get(site=site).footer_links) == 0
    # A decided proposal is decided: approving it now does nothing.
    client.post(f"/admin/de-xuat-cai-dat/{proposal.pk}/duyet/")
    proposal.refresh_from_db()
    assert proposal.state == SettingsProposal.State.SENT_BACK and len(SiteNavigation.objects.get(site=site).footer_links) == 0


def test_a_proposal_made_before_another_change_went_live_is_not_applied(client, main_site):
    site = main_site.site
    url = f"/admin/settings/home/sitenavigation/{site.pk}/"
    client.force_login(UserFactory(username="standing_approver", groups=[main_site.approvers_group]))
    client.post(url, navigation(menu=[("Liên hệ", "https://moj.gov.vn/lien-he")], reason="Thêm liên hệ"))
    proposal = SettingsProposal.objects.get()
    client.force_login(UserFactory(username="chief", groups=[roles.CHIEF_EDITOR]))
    client.post(url, navigation(menu=[("Văn bản", "https://moj.gov.vn/van-ban")], reason="Sắp xếp lại"))
    client.post(f"/admin/de-xuat-cai-dat/{proposal.pk}/duyet/")
    proposal.refresh_from_db()
    assert proposal.state == SettingsProposal.State.PENDING and menu_titles(site) == ["Văn bản"]


def test_the_chief_editor_overrides_with_a_reason_and_it_goes_live_logged(client, main_site):
    url = f"/admin/settings/home/sitenavigation/{main_site.site_id}/"
    client.force_login(UserFactory(username="chief", groups=[roles.CHIEF_EDITOR]))
    assert "Thay đổi của Trưởng Ban Biên tập có hiệu lực ngay" in client.get(url).text
    refused = client.post(url, navigation(footer=[("Sơ đồ cổng", "https://moj.gov.vn/so-do")]))
    assert refused.status_code == 200 and str(REASON_REQUIRED) in refused.text
    assert client.post(url, navigation(footer=[("Sơ đồ cổng", "https://moj.gov.vn/so-do")], reason="Sơ đồ mới")).status_code == 302
    setting = SiteNavigation.for_site(main_site.site)
    (entry,) = entries(setting)
    assert entry.user.username == "chief" and entry.data["changed"] == ["footer_links"] and entry.data["reason"] == "Sơ đồ mới"
    assert entry.data["override"] is True
    assert entry.data["after"]["footer_links"][0]["value"]["title"] == "Sơ đồ cổng"
    assert not SettingsProposal.objects.exists()


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


def test_the_menu_screen_with_a_proposal_and_its_history_shows_no_english(client, main_site):
    """The approver deciding a proposal meets the screen in Vietnamese only (issue 18's admin without English)."""
    url = f"/admin/settings/home/sitenavigation/{main_site.site_id}/"
    client.force_login(UserFactory(username="chief", groups=[roles.CHIEF_EDITOR]))
    client.post(url, navigation(menu=[("Văn bản", "https://moj.gov.vn/van-ban")], reason="Menu đầu tiên"))
    client.force_login(UserFactory(username="standing_approver", groups=[main_site.approvers_group]))
    client.post(url, navigation(menu=[("Liên hệ", "https://moj.gov.vn/lien-he")], reason="Thêm liên hệ"))
    client.force_login(UserFactory(username="standing_approver_2", groups=[main_site.approvers_group]))
    screen = client.get(url).text
    assert "settings-proposals" in screen and "settings-history" in screen
    english = english_on(screen)
    assert not english, f"{len(english)} English strings: {english}"


def test_the_proposal_waits_on_the_dashboard_of_those_who_may_decide_it(client, main_site, thads_site):
    client.force_login(UserFactory(username="standing_approver", groups=[main_site.approvers_group]))
    client.post(
        f"/admin/settings/home/sitenavigation/{main_site.site_id}/",
        navigation(menu=[("Liên hệ", "https://moj.gov.vn/lien-he")], reason="Thêm trang liên hệ"),
    )
    proposal = SettingsProposal.objects.get()
    link = f"/admin/settings/home/sitenavigation/{main_site.site_id}/#de-xuat-{proposal.pk}"
    assert link not in client.get("/admin/").text  # not the proposer's to decide
    for user in (
        UserFactory(username="standing_approver_2", groups=[main_site.approvers_group]),
        UserFactory(username="chief", groups=[roles.CHIEF_EDITOR]),
    ):
        client.force_login(user)
        dashboard = client.get("/admin/").text
        assert link in dashboard and "Thêm trang liên hệ" in dashboard
    client.force_login(UserFactory(username="thads_approver", groups=[thads_site.approvers_group]))
    assert link not in client.get("/admin/").text


def menu_in_the_form(html: str) -> list[str]:
    """The titles the admin's script draws in the form's "Menu chính" (the first stream field of the panels)."""
    soup = BeautifulSoup(html, "html.parser")
    (blocks,) = json.loads(soup.select("[data-w-block-arguments-value]")[0]["data-w-block-arguments-value"])[:1]
    return [block["value"]["title"] for block in blocks]


def default_menu_world(main_site):
    """The main portal with no saved menu: readers see its sections, the default menu (SiteNavigation)."""
    home = main_site.site.root_page
    titles = ["Tin tức – Sự kiện", "Văn bản", "Hỏi đáp"]
    sections = [SectionPageFactory(parent=home, title=title, slug=f"muc-{i}", show_in_menus=True) for i, title in enumerate(titles)]
    return sections


def test_adding_one_item_to_the_default_menu_keeps_the_items_readers_see(client, main_site, page_cache):
    """The incident of issue 18: the default menu was live, the screen showed the menu as empty, one item was added
    and approving it replaced every section in the public menu with that single item."""
    site = main_site.site
    sections = default_menu_world(main_site)
    url = f"/admin/settings/home/sitenavigation/{site.pk}/"
    reader = Client()
    assert all(section.title in public_menu(reader, site)[1] for section in sections)

    # The form starts from what readers see: the default items written out as real items of "Menu chính".
    client.force_login(UserFactory(username="standing_approver", groups=[main_site.approvers_group]))
    assert menu_in_the_form(client.get(url).text) == [section.title for section in sections]

    # The editor adds one item to them (as the browser sends the stream back) and proposes it.
    items = [("link", {"title": section.title, "page": section.pk, "url": ""}) for section in sections]
    menu = nested_form_data(
        {
            "main_menu": streamfield([*items, ("link", {"title": "Liên hệ", "page": "", "url": "https://moj.gov.vn/lien-he"})]),
            "footer_links": streamfield([]),
        }
    )
    assert client.post(url, {**menu, "reason": "Thêm trang liên hệ"}).status_code == 302
    proposal = SettingsProposal.objects.get()
    assert proposal.changed == ["main_menu"]

    # The approver's before column lists the live items; nothing is marked as taken away.
    client.force_login(UserFactory(username="standing_approver_2", groups=[main_site.approvers_group]))
    waiting = client.get(url).text.split('class="w-mb-8 settings-proposals"', 1)[1].split("</section>", 1)[0]
    before = waiting.split('class="setting-differences__before"', 1)[1].split("</td>", 1)[0]
    assert all(section.title in before for section in sections) and "(trống)" not in before
    assert "setting-differences__removed" not in waiting
    assert client.post(f"/admin/de-xuat-cai-dat/{proposal.pk}/duyet/", {"note": "Đồng ý"}).status_code == 302
    proposal.refresh_from_db()
    assert proposal.state == SettingsProposal.State.APPLIED

    # Readers now see the previous items and the new one.
    response, public = public_menu(reader, site)
    assert response["X-Page-Cache"] == "miss"
    assert all(section.title in public for section in sections) and "Liên hệ" in public
    assert menu_titles(site) == [*(section.title for section in sections), "Liên hệ"]


def test_a_proposal_that_drops_live_items_says_so_and_an_old_empty_before_is_not_applied(client, main_site):
    site = main_site.site
    sections = default_menu_world(main_site)
    url = f"/admin/settings/home/sitenavigation/{site.pk}/"
    client.force_login(UserFactory(username="standing_approver", groups=[main_site.approvers_group]))
    # Only one item kept: the sections left out are named as taken away from the site.
    client.post(url, navigation(menu=[("Liên hệ", "https://moj.gov.vn/lien-he")], reason="Menu gọn"))
    proposal = SettingsProposal.objects.get()
    client.force_login(UserFactory(username="standing_approver_2", groups=[main_site.approvers_group]))
    waiting = client.get(url).text.split('class="w-mb-8 settings-proposals"', 1)[1].split("</section>", 1)[0]
    removed = waiting.split('class="help-block help-warning setting-differences__removed"', 1)[1].split("</p>", 1)[0]
    assert all(section.title in removed for section in sections)
    # A proposal made when the screen compared with "(trống)" is refused: what readers see is not what it shows.
    SettingsProposal.objects.filter(pk=proposal.pk).update(before={**proposal.before, "main_menu": []})
    client.post(f"/admin/de-xuat-cai-dat/{proposal.pk}/duyet/")
    proposal.refresh_from_db()
    assert proposal.state == SettingsProposal.State.PENDING and menu_titles(site) == []


def test_saving_the_default_menu_untouched_keeps_it_the_default(client, main_site):
    site = main_site.site
    sections = default_menu_world(main_site)
    client.force_login(UserFactory(username="chief", groups=[roles.CHIEF_EDITOR]))
    items = [("link", {"title": section.title, "page": section.pk, "url": ""}) for section in sections]
    data = nested_form_data({"main_menu": streamfield(items), "footer_links": streamfield([])})
    assert client.post(f"/admin/settings/home/sitenavigation/{site.pk}/", data).status_code == 302
    assert menu_titles(site) == [] and not SettingsProposal.objects.exists()
    assert not entries(SiteNavigation.for_site(site))


def test_the_proposed_menu_is_previewed_as_readers_will_see_it(client, main_site, thads_site):
    site = main_site.site
    sections = default_menu_world(main_site)
    url = f"/admin/settings/home/sitenavigation/{site.pk}/"
    proposer = UserFactory(username="standing_approver", groups=[main_site.approvers_group])
    client.force_login(proposer)
    items = [("link", {"title": section.title, "page": section.pk, "url": ""}) for section in sections[1:]]
    menu = nested_form_data(
        {
            "main_menu": streamfield([*items, ("link", {"title": "Liên hệ", "page": "", "url": "https://moj.gov.vn/lien-he"})]),
            "footer_links": streamfield([("link", {"title": "Sơ đồ cổng", "page": "", "url": "https://moj.gov.vn/so-do"})]),
        }
    )
    client.post(url, {**menu, "reason": "Sắp xếp lại"})
    proposal = SettingsProposal.objects.get()
    preview_url = f"/admin/de-xuat-cai-dat/{proposal.pk}/xem-truoc/"
    assert preview_url in client.get(url).text

    for user in (proposer, UserFactory(username="standing_approver_2", groups=[main_site.approvers_group])):
        client.force_login(user)
        response = client.get(preview_url)
        assert response.status_code == 200
        # The public header's own include draws it: the same nav, the home link first, then the proposed items.
        nav = response.text.split('<nav class="main-nav"', 1)[1].split("</nav>", 1)[0]
        titles = [part.split("</a>", 1)[0].rsplit(">", 1)[-1] for part in nav.split("<li>")[1:]]
        assert titles == ["Trang chủ", *(section.title for section in sections[1:]), "Liên hệ"]
        assert f'href="{sections[1].url}"' in nav and sections[0].title not in nav
        assert "Sơ đồ cổng" in response.text.split('class="menu-preview__footer"', 1)[1]
    # Nothing went live by previewing it; another site's approver and an editor may not see it.
    assert menu_titles(site) == []
    for user in (
        UserFactory(username="thads_approver", groups=[thads_site.approvers_group]),
        UserFactory(username="standing_editor", groups=[main_site.editors_group]),
    ):
        client.force_login(user)
        assert client.get(preview_url).status_code in (302, 403), user


def test_an_earlier_menu_is_restored_from_its_history_as_a_proposal(client, main_site, thads_site):
    site = main_site.site
    url = f"/admin/settings/home/sitenavigation/{site.pk}/"
    client.force_login(UserFactory(username="chief", groups=[roles.CHIEF_EDITOR]))
    client.post(url, navigation(menu=[("Văn bản", "https://moj.gov.vn/van-ban"), ("Hỏi đáp", "https://moj.gov.vn/hoi-dap")], reason="Đầu"))
    client.post(url, navigation(menu=[("Liên hệ", "https://moj.gov.vn/lien-he")], reason="Gọn lại"))
    setting = SiteNavigation.for_site(site)
    _first, bad = entries(setting)
    assert menu_titles(site) == ["Liên hệ"]
    restore_url = f"/admin/lich-su-cai-dat/{bad.pk}/khoi-phuc/"

    approver = UserFactory(username="standing_approver", groups=[main_site.approvers_group])
    client.force_login(approver)
    history = client.get(url).text.split('class="w-mt-8 settings-history"', 1)[1].split("</section>", 1)[0]
    assert f'action="{restore_url}"' in history
    # Without a reason, or by another site's approver: nothing.
    client.post(restore_url, {"note": ""})
    assert not SettingsProposal.objects.exists()
    client.force_login(UserFactory(username="thads_approver", groups=[thads_site.approvers_group]))
    assert client.post(restore_url, {"note": "Khôi phục"}).status_code in (302, 403)
    assert not SettingsProposal.objects.exists()

    client.force_login(approver)
    assert client.post(restore_url, {"note": "Bản gọn thiếu văn bản"}).status_code == 302
    proposal = SettingsProposal.objects.get()
    assert proposal.state == SettingsProposal.State.PENDING and proposal.proposed_by == approver
    assert proposal.changed == ["main_menu"] and "Bản gọn thiếu văn bản" in proposal.reason
    assert [block["value"]["title"] for block in proposal.after["main_menu"]] == ["Văn bản", "Hỏi đáp"]
    assert menu_titles(site) == ["Liên hệ"]  # the live menu waits for a second person
    assert ModelLogEntry.objects.filter(action=SETTINGS_PROPOSED, data__proposal=proposal.pk).exists()

    client.force_login(UserFactory(username="standing_approver_2", groups=[main_site.approvers_group]))
    client.post(f"/admin/de-xuat-cai-dat/{proposal.pk}/duyet/")
    assert menu_titles(site) == ["Văn bản", "Hỏi đáp"]


def test_the_decision_notes_are_drawn_as_the_admins_own_fields(client, main_site):
    """They were bare `<input name="note">` without a type: none of the admin's input styles matched them."""
    client.force_login(UserFactory(username="standing_approver", groups=[main_site.approvers_group]))
    url = f"/admin/settings/home/sitenavigation/{main_site.site_id}/"
    client.post(url, navigation(menu=[("Liên hệ", "https://moj.gov.vn/lien-he")], reason="Thêm liên hệ"))
    proposal = SettingsProposal.objects.get()
    client.force_login(UserFactory(username="standing_approver_2", groups=[main_site.approvers_group]))
    soup = BeautifulSoup(client.get(url).text, "html.parser")
    for decision in ("duyet", "tra-lai"):
        form = soup.select_one(f'form[action="/admin/de-xuat-cai-dat/{proposal.pk}/{decision}/"]')
        note = form.select_one('input[name="note"]')
        assert note["type"] == "text" and note.find_parent(class_="w-field__input") is not None
        assert note.find_parent(class_="w-field") is not None
        assert form.select_one(f'label[for="{note["id"]}"]') is not None
    assert soup.select_one(f'form[action="/admin/de-xuat-cai-dat/{proposal.pk}/tra-lai/"] input[name="note"]').has_attr("required")

"""One command creates a component site that serves at its host; its editor works there and nowhere else."""

import io

import pytest
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from wagtail.models import Page, Site
from wagtail.test.utils.form_data import rich_text

from accounts.factories import UserFactory
from home.factories import StandardPageFactory
from home.models import SiteIdentity, SiteNavigation
from subsites.models import PortalSite

# Reads response.context: Django records the templates' contexts for this module (tests/conftest.py).
pytestmark = pytest.mark.usefixtures("template_contexts")


def create(*args):
    out = io.StringIO()
    call_command("create_subsite", *args, stdout=out)
    return out.getvalue()


@pytest.mark.django_db
def test_from_an_empty_database_one_command_makes_a_working_site_for_its_team(client):
    output = create("lylich", "Trung tâm Lý lịch tư pháp quốc gia", "--name-en", "National Centre of Judicial Records")
    create("cntt", "Cục Công nghệ thông tin")
    assert "http://lylich.localhost:8000/" in output

    response = client.get("/", HTTP_HOST="lylich.localhost")
    assert response.status_code == 200
    assert "Trang thông tin điện tử Trung tâm Lý lịch tư pháp quốc gia" in response.text

    portal_site = PortalSite.objects.get(slug="lylich")
    client.force_login(UserFactory(username="lylich_editor", groups=[portal_site.editors_group]))
    home = portal_site.site.root_page
    other_home = PortalSite.objects.get(slug="cntt").site.root_page
    form = {"title": "Tin hoạt động", "slug": "tin-hoat-dong", "intro": rich_text(""), "action-submit": "on"}
    created = client.post(f"/admin/pages/add/home/sectionpage/{home.pk}/", form)
    assert created.status_code == 302
    new_page = Page.objects.child_of(home).get(slug="tin-hoat-dong")
    assert new_page.current_workflow_state.status == "in_progress"  # submitted, waiting for an approver (R-FLOW-1)
    refused = client.post(f"/admin/pages/add/home/sectionpage/{other_home.pk}/", form)
    assert refused.status_code in (302, 403)
    assert not Page.objects.child_of(other_home).filter(slug="tin-hoat-dong").exists()


@pytest.mark.django_db
def test_create_subsite_is_idempotent_and_refuses_bad_slugs():
    create("thads", "Cục Thi hành án dân sự")
    counts = (Site.objects.count(), Page.objects.count(), Group.objects.count())
    create("thads", "Cục Thi hành án dân sự")
    assert (Site.objects.count(), Page.objects.count(), Group.objects.count()) == counts
    for bad in ("Cục THADS", "admin", "-x", "a_b"):
        with pytest.raises(CommandError):
            create(bad, "Đơn vị")


@pytest.mark.django_db
def test_it_administrator_creates_a_site_from_the_admin(client, main_site):
    from accounts import roles

    client.force_login(UserFactory(username="it", groups=[roles.IT_ADMINS]))
    refused = client.post("/admin/portal-sites/new/", {"slug": "Sai Mã", "name": "Cục Bổ trợ tư pháp", "name_en": ""})
    assert refused.status_code == 200
    assert "chữ thường không dấu" in refused.text
    assert 'value="Cục Bổ trợ tư pháp"' in refused.text  # what was typed is kept

    response = client.post(
        "/admin/portal-sites/new/", {"slug": "btp", "name": "Cục Bổ trợ tư pháp", "name_en": "Department of Judicial Support"}, follow=True
    )
    assert response.status_code == 200
    assert any("trạng thái tắt" in str(message) for message in response.context["messages"])
    portal_site = PortalSite.objects.get(slug="btp")
    assert portal_site.site.hostname == "btp.localhost"
    assert SiteIdentity.for_site(portal_site.site).site_title == "Trang thông tin điện tử Cục Bổ trợ tư pháp"
    # Created switched off (issue 18): not served, not in the footers, until the IT administrator switches it on.
    assert not portal_site.is_active
    client.logout()
    assert client.get("/", HTTP_HOST="btp.localhost").status_code == 404
    assert "btp.localhost" not in client.get("/", HTTP_HOST="localhost").text
    client.force_login(UserFactory(username="it2", groups=[roles.IT_ADMINS]))
    edit_url = f"/admin/portal-sites/edit/{portal_site.pk}/"
    assert "Trước khi bật trang" in client.get(edit_url).text  # the checklist, shown until the first switching on
    switch_on = {"name": portal_site.name, "name_en": "", "is_active": "on"}
    refused = client.post(edit_url, switch_on)
    assert refused.status_code == 200 and "Chưa thể bật trang, còn thiếu" in refused.text
    assert "Người dùng" in refused.text and "Trình đơn chính" in refused.text and "Nội dung đầu tiên" in refused.text
    assert not PortalSite.objects.get(pk=portal_site.pk).is_active

    # The checklist: identity, people, menu, a first published item.
    identity = SiteIdentity.for_site(portal_site.site)
    identity.address, identity.phone = "60 Trần Phú, Ba Đình, Hà Nội", "024 6273 9999"
    identity.save()
    UserFactory(username="btp_editor", groups=[portal_site.editors_group])
    UserFactory(username="btp_approver", groups=[portal_site.approvers_group])
    navigation = SiteNavigation.for_site(portal_site.site)
    navigation.main_menu = [("link", {"title": "Giới thiệu", "url": "https://btp.moj.gov.vn/gioi-thieu/", "page": None})]
    navigation.save()
    StandardPageFactory(parent=portal_site.site.root_page, title="Giới thiệu", slug="gioi-thieu", live=True)
    assert client.post(edit_url, switch_on).status_code == 302
    assert client.get("/", HTTP_HOST="btp.localhost").status_code == 200
    # Launched once: switched off in an emergency, it comes back on without the checklist.
    assert PortalSite.objects.get(pk=portal_site.pk).launched_at is not None


@pytest.mark.django_db
def test_switched_off_site_is_not_served_but_keeps_its_content(client, main_site, thads_site):
    from accounts import roles

    itadmin = UserFactory(username="it", groups=[roles.IT_ADMINS])
    client.force_login(itadmin)
    edit_url = f"/admin/portal-sites/edit/{thads_site.pk}/"
    client.post(edit_url, {"name": thads_site.name, "name_en": "", "is_active": ""})
    client.logout()
    response = client.get("/", HTTP_HOST="thads.localhost")
    assert response.status_code == 404
    assert "tạm ngừng hoạt động" in response.text
    assert Page.objects.filter(pk=thads_site.site.root_page_id).exists()
    assert "thads.localhost" not in client.get("/", HTTP_HOST="localhost").text  # no longer linked from the footer

    client.force_login(itadmin)
    client.post(edit_url, {"name": thads_site.name, "name_en": "", "is_active": "on"})
    assert client.get("/", HTTP_HOST="thads.localhost").status_code == 200


@pytest.mark.django_db
def test_main_portal_cannot_be_switched_off(client, main_site):
    client.force_login(UserFactory(superuser=True))
    response = client.post(f"/admin/portal-sites/edit/{main_site.pk}/", {"name": main_site.name, "name_en": "", "is_active": ""})
    assert response.status_code == 200
    assert "Không thể tắt Cổng chính" in response.text
    assert PortalSite.objects.get(pk=main_site.pk).is_active


@pytest.mark.django_db
def test_switched_off_site_is_not_found_by_search(client, main_site, thads_site):
    from home.factories import StandardPageFactory

    StandardPageFactory(parent=thads_site.site.root_page, title="Thông báo đấu giá tài sản", slug="dau-gia")
    assert "Thông báo đấu giá tài sản" in client.get("/tim-kiem/", {"q": "đấu giá"}, HTTP_HOST="localhost").text
    thads_site.is_active = False
    thads_site.save()
    assert "Thông báo đấu giá tài sản" not in client.get("/tim-kiem/", {"q": "đấu giá"}, HTTP_HOST="localhost").text


@pytest.mark.django_db
def test_setup_portal_creates_the_main_portal_and_its_english_root_once(client):
    out = io.StringIO()
    call_command("setup_portal", stdout=out)
    call_command("setup_portal", stdout=io.StringIO())
    assert "http://localhost:8000/" in out.getvalue()
    assert Site.objects.get(is_default_site=True).hostname == "localhost"
    assert Page.objects.filter(depth=2, locale__language_code="en").count() == 1
    assert client.get("/", HTTP_HOST="localhost").status_code == 200
    assert client.get("/en/", HTTP_HOST="localhost").status_code == 200


def test_the_workflows_report_names_only_the_requesters_of_items_the_reader_may_edit(client, main_site, thads_site):
    """A team does not learn the names of another site's editors from Wagtail's Workflows report (R-SITE-2)."""
    from home.factories import SectionPageFactory

    for portal_site, username in ((main_site, "phong_vien_bo"), (thads_site, "phong_vien_thads")):
        reporter = UserFactory(username=username, groups=[portal_site.editors_group])
        section = SectionPageFactory(parent=portal_site.site.root_page, title="Tin", slug="tin")
        section.save_revision(user=reporter)
        section.get_workflow().start(section, reporter)
    client.force_login(UserFactory(username="duyet_thads", groups=[thads_site.approvers_group]))
    html = client.get("/admin/reports/workflow/").content.decode()
    assert "phong_vien_thads" in html and "phong_vien_bo" not in html

"""Admin screens of Wagtail that answered a server error to a staff POST (issue 12): deleting a portal site's Wagtail
Site, and the "create" address every snippet chooser has without a creation form."""

from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from wagtail.models import Page, Site

from accounts.factories import UserFactory
from accounts.roles import CHIEF_EDITOR
from subsites.models import PortalSite, Unit


def test_deleting_a_portal_sites_wagtail_site_is_refused_with_the_way_to_switch_it_off(client, thads_site):
    client.force_login(UserFactory(superuser=True))
    response = client.post(f"/admin/sites/delete/{thads_site.site_id}/")
    assert response.status_code == 302
    assert "Trang thành phần" in " ".join(str(message) for message in get_messages(response.wsgi_request))
    assert Site.objects.filter(pk=thads_site.site_id).exists()
    assert PortalSite.objects.get(pk=thads_site.pk).is_active


def test_a_wagtail_site_that_is_no_portal_site_is_still_deleted(client, main_site):
    other = Site.objects.create(hostname="cu.localhost", port=80, root_page=Page.objects.get(depth=1).get_children().first())
    client.force_login(UserFactory(superuser=True))
    assert client.post(f"/admin/sites/delete/{other.pk}/").status_code == 302
    assert not Site.objects.filter(pk=other.pk).exists()


def test_only_those_who_may_delete_sites_reach_the_refusal(client, thads_site):
    client.force_login(UserFactory(groups=[CHIEF_EDITOR]))
    assert client.post(f"/admin/sites/delete/{thads_site.site_id}/").status_code in (302, 403)
    assert Site.objects.filter(pk=thads_site.site_id).exists()


def test_the_snippet_choosers_create_nothing_and_answer_not_found(client, main_site):
    client.force_login(UserFactory(groups=[CHIEF_EDITOR]))
    for model in ("subsites/unit", "home/subjectarea", "editorial/boardmember", "subsites/onlineservice"):
        response = client.post(f"/admin/snippets/choose/{model}/create/", {"name": "Thanh tra Bộ", "slug": "thanh-tra"})
        assert response.status_code == 404
    assert client.post("/admin/snippets/choose/khong/ton-tai/create/").status_code == 404
    assert not Unit.objects.filter(slug="thanh-tra").exists()


def test_deleting_a_sites_team_group_is_refused_with_a_message(client, thads_site):
    client.force_login(UserFactory(superuser=True))
    response = client.post(f"/admin/groups/delete/{thads_site.editors_group_id}/", follow=True)
    assert response.status_code == 200
    assert "Không xoá được nhóm" in response.content.decode()
    assert Group.objects.filter(pk=thads_site.editors_group_id).exists()

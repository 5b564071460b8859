"""A live item leaves the public site only through the reasoned takedown (R-FLOW-5, Art 15; issue 12): deleting it
(the delete view, bulk delete, the admin API) or restricting who may see it is refused until it is taken down, and a
draft that was never published can still be deleted."""

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from accounts.factories import UserFactory
from home.factories import SectionPageFactory
from news.factories import ArticlePageFactory
from news.models import ArticlePage, archive_folder


@pytest.fixture
def items(main_site):
    section = SectionPageFactory(parent=main_site.site.root_page, title="Tin tức", slug="tin-tuc")
    folder = archive_folder(section, timezone.now())
    live = ArticlePageFactory(parent=folder, title="Tin đang đăng", slug="dang-dang")
    live.save_revision().publish()
    draft = ArticlePageFactory(parent=folder, title="Bản nháp", slug="ban-nhap", live=False)
    approver = UserFactory(username="duyet", groups=[main_site.approvers_group])
    return {"live": ArticlePage.objects.get(pk=live.pk), "draft": draft, "section": section, "approver": approver}


def test_the_delete_view_refuses_a_live_item_and_deletes_a_draft(client, items):
    client.force_login(items["approver"])
    response = client.post(f"/admin/pages/{items['live'].pk}/delete/", follow=True)
    assert ArticlePage.objects.filter(pk=items["live"].pk, live=True).exists()
    assert "Gỡ tạm thời để xác minh" in response.content.decode()

    client.post(f"/admin/pages/{items['draft'].pk}/delete/")
    assert not ArticlePage.objects.filter(pk=items["draft"].pk).exists()


def test_a_section_with_live_items_cannot_be_deleted(client, items):
    client.force_login(items["approver"])
    client.post(f"/admin/pages/{items['section'].pk}/delete/")
    assert ArticlePage.objects.filter(pk=items["live"].pk).exists()


def test_bulk_delete_refuses_live_items(client, items):
    client.force_login(items["approver"])
    client.post(f"/admin/bulk/wagtailcore/page/delete/?id={items['live'].pk}&id={items['draft'].pk}")
    assert ArticlePage.objects.filter(pk__in=[items["live"].pk, items["draft"].pk]).count() == 2


@pytest.mark.parametrize("action", ["delete", "copy_for_translation"])
def test_the_admin_api_refuses_deleting_a_live_item_and_translating_outside_the_workflow(client, items, action):
    client.force_login(items["approver"])
    response = client.post(f"/admin/api/main/pages/{items['live'].pk}/action/{action}/", {"locales": ["en"]})
    assert response.status_code == 403
    assert ArticlePage.objects.filter(pk=items["live"].pk, live=True).exists()
    assert ArticlePage.objects.filter(translation_key=items["live"].translation_key).count() == 1


def test_a_live_item_cannot_be_made_private(client, items):
    client.force_login(items["approver"])
    response = client.post(f"/admin/pages/{items['live'].pk}/privacy/", {"restriction_type": "login"})
    assert response.status_code == 200
    assert "Gỡ tạm thời để xác minh" in response.json()["html"]
    assert not PageViewRestriction.objects.filter(page=items["live"]).exists()

    client.post(f"/admin/pages/{items['draft'].pk}/privacy/", {"restriction_type": "login"})
    assert PageViewRestriction.objects.filter(page=items["draft"]).exists()

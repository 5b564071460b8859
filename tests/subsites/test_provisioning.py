"""One-step provisioning of a site (R-SITE-1, R-SITE-2): host, tree, groups, collection, workflow; idempotent."""

from django.contrib.auth.models import Group
from wagtail.models import Collection, Page, Site, Workflow

from accounts.factories import UserFactory
from home.factories import SectionPageFactory
from home.models import HomePage, SiteIdentity
from subsites.models import PortalSite
from subsites.provisioning import provision_site


def test_component_site_is_created_at_its_host_with_its_own_tree_team_and_workflow(thads_site):
    site = thads_site.site
    assert (site.hostname, site.is_default_site) == ("thads.localhost", False)
    assert isinstance(site.root_page.specific, HomePage)
    assert thads_site.collection.get_parent() == Collection.get_first_root_node()
    assert thads_site.editors_group.name == "Cục Thi hành án dân sự: Biên tập viên"
    assert thads_site.approvers_group.name == "Cục Thi hành án dân sự: Duyệt"
    workflow = site.root_page.get_workflow()
    assert workflow.name == "Cục Thi hành án dân sự: hai bước"
    expert_review, approval = [task.specific for task in workflow.tasks.order_by("workflow_tasks__sort_order")]
    assert expert_review.name == "Thẩm định chuyên môn của thành viên Ban Biên tập"  # Board members of the item's fields
    assert list(approval.groups.all()) == [thads_site.approvers_group]
    assert SiteIdentity.for_site(site).site_title == "Trang thông tin điện tử Cục Thi hành án dân sự"


def test_main_portal_replaces_wagtails_placeholder_and_is_the_default_site(main_site):
    assert Site.objects.get(is_default_site=True) == main_site.site
    assert main_site.site.hostname == "localhost"
    assert not Page.objects.filter(depth=2, content_type__app_label="wagtailcore").exists()


def test_provisioning_twice_creates_nothing_twice(thads_site):
    def counts():
        return (
            Site.objects.count(),
            Page.objects.count(),
            Group.objects.count(),
            Collection.objects.count(),
            Workflow.objects.count(),
        )

    before = counts()
    again = provision_site("thads", "Cục Thi hành án dân sự", port=80)
    assert again.pk == thads_site.pk
    assert counts() == before


def test_reprovisioning_follows_a_new_portal_domain(thads_site, settings):
    settings.PORTAL_DOMAIN = "moj.gov.vn"
    provision_site("thads", "Cục Thi hành án dân sự", port=443)
    site = Site.objects.get(pk=thads_site.site_id)
    assert site.root_url == "https://thads.moj.gov.vn"


def test_each_site_answers_at_its_own_host(client, main_site, thads_site):
    main_home = client.get("/", HTTP_HOST="localhost")
    thads_home = client.get("/", HTTP_HOST="thads.localhost")
    assert main_home.status_code == thads_home.status_code == 200
    assert "Cổng thông tin điện tử Bộ Tư pháp" in main_home.text
    assert "Trang thông tin điện tử Cục Thi hành án dân sự" in thads_home.text


def test_site_editors_can_add_pages_only_in_their_own_tree(thads_site, cntt_site):
    editor = UserFactory(username="editor", groups=[thads_site.editors_group])
    own_section = SectionPageFactory(parent=thads_site.site.root_page)
    other_section = SectionPageFactory(parent=cntt_site.site.root_page)
    assert own_section.permissions_for_user(editor).can_add_subpage()
    assert own_section.permissions_for_user(editor).can_edit()
    assert not own_section.permissions_for_user(editor).can_publish()  # step 2 belongs to the approvers (R-FLOW-1)
    assert not other_section.permissions_for_user(editor).can_add_subpage()
    assert not other_section.permissions_for_user(editor).can_edit()


def test_portal_site_records_what_was_made(thads_site):
    """The record points at the site, tree, collection and groups that provisioning made, each found on its own."""
    record = PortalSite.objects.get(slug="thads")
    site = Site.objects.get(hostname="thads.localhost")
    assert record.site == site
    assert (site.root_page.slug, site.root_page.title) == ("thads", "Cục Thi hành án dân sự")
    assert record.collection == Collection.objects.get(name="Cục Thi hành án dân sự")
    assert record.editors_group == Group.objects.get(name="Cục Thi hành án dân sự: Biên tập viên")
    assert record.approvers_group == Group.objects.get(name="Cục Thi hành án dân sự: Duyệt")
    assert (record.name, record.name_en, record.is_main_portal) == (
        "Cục Thi hành án dân sự",
        "Department of Civil Judgment Enforcement",
        False,
    )

"""Every door to accounts and groups follows the rules of the edit view (issue 12; R-OPS-6, Art 7): the bulk actions,
copy, delete, password reset and the group screens. Each test performs the action with POST and checks the database."""

import re

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import URLPattern, URLResolver, get_resolver
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.models import ModelLogEntry, Page

from accounts import roles
from tests.accounts.conftest import PASSWORD


def bulk(action, *accounts):
    return f"/admin/bulk/auth/user/{action}/?" + "&".join(f"id={account.pk}" for account in accounts)


def refusals(actor):
    return ModelLogEntry.objects.filter(action="moj.account_refused", user=actor)


def test_it_administrator_cannot_make_themselves_chief_editor_by_bulk_action(client, staff):
    itadmin, chief_group = staff["itadmin"], Group.objects.get(name=roles.CHIEF_EDITOR)
    client.force_login(itadmin)
    response = client.post(bulk("assign_role", itadmin), {"role": chief_group.pk})
    assert response.status_code == 200  # the confirmation screen again: nothing to act on
    assert not itadmin.groups.filter(pk=chief_group.pk).exists()
    # Not even an ordinary role for themselves.
    client.post(bulk("assign_role", itadmin), {"role": staff["editor"].groups.get().pk})
    assert list(itadmin.groups.values_list("name", flat=True)) == [roles.IT_ADMINS]
    assert refusals(itadmin).count() == 2


def test_bulk_role_assignment_is_logged_with_what_changed(client, staff):
    client.force_login(staff["itadmin"])
    site_editors = staff["editor"].groups.get()
    assert client.post(bulk("assign_role", staff["focal"], staff["chief"]), {"role": site_editors.pk}).status_code == 302
    assert staff["focal"].groups.filter(pk=site_editors.pk).exists()
    assert not staff["chief"].groups.filter(pk=site_editors.pk).exists()  # more privileged: left alone
    entry = ModelLogEntry.objects.get(action="moj.user_roles", object_id=str(staff["focal"].pk))
    assert entry.user == staff["itadmin"]
    assert entry.data["groups_added"] == [site_editors.name] and entry.data["bulk_action"] == "assign_role"
    assert refusals(staff["itadmin"]).filter(object_id=str(staff["chief"].pk)).exists()


def test_bulk_deactivation_needs_a_reason_spares_the_chief_editor_and_is_logged(client, staff):
    client.force_login(staff["itadmin"])
    url = bulk("set_active_state", staff["editor"], staff["chief"])
    refused = client.post(url, {"mark_as_active": "False", "reason": ""})
    assert refused.status_code == 200
    staff["editor"].refresh_from_db()
    assert staff["editor"].is_active

    assert client.post(url, {"mark_as_active": "False", "reason": "Chuyển công tác 01/12/2026"}).status_code == 302
    staff["editor"].refresh_from_db()
    staff["chief"].refresh_from_db()
    assert not staff["editor"].is_active and staff["chief"].is_active
    entry = ModelLogEntry.objects.get(action="moj.user_roles", object_id=str(staff["editor"].pk))
    assert entry.data["is_active"] is False and entry.data["reason"] == "Chuyển công tác 01/12/2026"
    assert refusals(staff["itadmin"]).filter(object_id=str(staff["chief"].pk)).exists()


def test_superuser_may_deactivate_the_chief_editor_by_bulk_action(client, staff):
    client.force_login(staff["root"])
    client.post(bulk("set_active_state", staff["chief"]), {"mark_as_active": "False", "reason": "Nghi lộ mật khẩu"})
    staff["chief"].refresh_from_db()
    assert not staff["chief"].is_active


def test_bulk_delete_spares_more_privileged_accounts_and_keeps_the_name_in_the_log(client, staff, django_user_model):
    client.force_login(staff["itadmin"])
    assert client.post(bulk("delete", staff["editor"], staff["chief"]), {}).status_code == 302
    assert django_user_model.objects.filter(username="chief").exists()
    assert not django_user_model.objects.filter(username="thads_editor").exists()
    entry = ModelLogEntry.objects.get(action="wagtail.delete", object_id=str(staff["editor"].pk))
    assert entry.label == "thads_editor" and entry.user == staff["itadmin"]


def test_it_administrator_cannot_edit_reset_the_password_of_lock_or_delete_the_chief_editor(client, staff, django_user_model):
    chief = staff["chief"]
    client.force_login(staff["itadmin"])
    refused = client.get(f"/admin/users/edit/{chief.pk}/", follow=True)
    assert "Chỉ quản trị tối cao được thao tác trên tài khoản có quyền cao hơn" in refused.text
    response = client.post(
        f"/admin/users/edit/{chief.pk}/",
        {"username": "chief", "email": "x@example.com", "is_active": "on", "password1": "Chiem-quyen-26", "password2": "Chiem-quyen-26"},
    )
    assert response.status_code in (302, 403)  # Wagtail's admin answers a refusal with a redirect and the message
    chief.refresh_from_db()
    assert chief.check_password(PASSWORD) and chief.email == "chief@moj.gov.vn"
    assert client.post(f"/admin/users/delete/{chief.pk}/").status_code in (302, 403)
    assert client.post(f"/admin/accounts/{chief.pk}/lock/", {"reason": "Khoá thử tài khoản"}).status_code in (302, 403)
    chief.refresh_from_db()
    assert chief.is_active and django_user_model.objects.filter(pk=chief.pk).exists()
    assert refusals(staff["itadmin"]).filter(object_id=str(chief.pk)).count() == 3
    # A superuser may.
    client.force_login(staff["root"])
    assert client.get(f"/admin/users/edit/{chief.pk}/").status_code == 200


def test_password_reset_by_an_administrator_is_logged_without_the_password(client, staff):
    editor = staff["editor"]
    client.force_login(staff["itadmin"])
    data = {
        "username": editor.username,
        "email": editor.email,
        "first_name": "Ngô",
        "last_name": "Hùng",
        "is_active": "on",
        "groups": [editor.groups.get().pk],
        "password1": "Mat-khau-moi-2026",
        "password2": "Mat-khau-moi-2026",
    }
    assert client.post(f"/admin/users/edit/{editor.pk}/", data).status_code == 302
    editor.refresh_from_db()
    assert editor.check_password("Mat-khau-moi-2026")
    entry = ModelLogEntry.objects.get(action="moj.password_change", object_id=str(editor.pk))
    assert entry.user == staff["itadmin"] and entry.data == {"by_self": False}
    assert "Mat-khau-moi-2026" not in str(entry.data) and "Quản trị viên đặt lại mật khẩu" in entry.message
    # A login that upgrades the stored hash is not a change.
    client.logout()
    client.login(username=editor.username, password="Mat-khau-moi-2026")
    assert ModelLogEntry.objects.filter(action="moj.password_change").count() == 1


def test_creating_or_copying_an_account_cannot_grant_superuser_or_a_whole_tree_role(client, staff, django_user_model):
    client.force_login(staff["itadmin"])
    chief_group = Group.objects.get(name=roles.CHIEF_EDITOR)
    data = {
        "username": "ban_sao",
        "email": "ban_sao@moj.gov.vn",
        "first_name": "Bản",
        "last_name": "Sao",
        "is_active": "on",
        "is_superuser": "on",
        "groups": [chief_group.pk],
        "password1": "Mat-khau-moi-2026",
        "password2": "Mat-khau-moi-2026",
    }
    for url in ("/admin/users/new/", f"/admin/users/copy/{staff['chief'].pk}/", f"/admin/users/copy/{staff['root'].pk}/"):
        response = client.post(url, data)
        assert response.status_code == 200, url  # the form again, with what was typed
        assert not django_user_model.objects.filter(username="ban_sao").exists()
    # Without the whole-tree role the copy is made, and is not a superuser whatever was posted.
    response = client.post(f"/admin/users/copy/{staff['root'].pk}/", {**data, "groups": [staff["editor"].groups.get().pk]})
    assert response.status_code == 302
    copy = django_user_model.objects.get(username="ban_sao")
    assert not copy.is_superuser and copy.check_password("Mat-khau-moi-2026")
    # Wagtail's copy saved the source account under the new name: the source is untouched here.
    staff["root"].refresh_from_db()
    assert staff["root"].username == "root" and staff["root"].check_password(PASSWORD)
    assert ModelLogEntry.objects.get(action="moj.user_roles", object_id=str(copy.pk)).data["groups_added"] == [
        staff["editor"].groups.get().name
    ]


@pytest.fixture
def group_manager(staff, django_user_model):
    """Should anyone but a superuser ever be given the group permissions."""
    managers = Group.objects.create(name="Quản lý nhóm (thử)")
    managers.permissions.add(
        Permission.objects.get(codename="access_admin"),
        *Permission.objects.filter(content_type__app_label="auth", codename__in=["add_group", "change_group", "delete_group"]),
    )
    account = django_user_model.objects.create_user("group_manager", password=PASSWORD)
    account.groups.add(managers)
    return account


def test_group_screens_refuse_whole_tree_groups_and_own_groups_to_non_superusers(client, staff, group_manager):
    chief_group = Group.objects.get(name=roles.CHIEF_EDITOR)
    own = group_manager.groups.get()
    client.force_login(group_manager)
    assert client.post(f"/admin/groups/delete/{chief_group.pk}/").status_code in (302, 403)
    assert client.post(f"/admin/groups/delete/{own.pk}/").status_code in (302, 403)
    assert client.post(f"/admin/groups/edit/{chief_group.pk}/", {"name": "Đổi tên"}).status_code in (302, 403)
    assert Group.objects.filter(pk__in=[chief_group.pk, own.pk]).count() == 2
    assert Group.objects.get(pk=chief_group.pk).name == roles.CHIEF_EDITOR
    assert refusals(group_manager).count() == 3
    # An ordinary group may be deleted, and that is logged with its name.
    focal = Group.objects.get(name=roles.FOCAL_POINTS)
    assert client.post(f"/admin/groups/delete/{focal.pk}/").status_code == 302
    assert ModelLogEntry.objects.get(action="wagtail.delete", object_id=str(focal.pk)).label == roles.FOCAL_POINTS


def group_form(client, name, page):
    """The group form as a browser would post it: every permission formset empty but the page permissions."""
    html = client.get("/admin/groups/new/").text
    data = {"name": name}
    for prefix in set(re.findall(r'name="([a-z_]+)-TOTAL_FORMS"', html)):
        data |= {f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0", f"{prefix}-MAX_NUM_FORMS": "1000"}
    data |= {"page_permissions-TOTAL_FORMS": "1", "page_permissions-0-page": page.pk, "page_permissions-0-permissions": ["change_page"]}
    return data


def test_a_non_superuser_cannot_create_a_group_with_rights_on_the_whole_tree(client, staff, group_manager, site_team):
    client.force_login(group_manager)
    client.post("/admin/groups/new/", group_form(client, "Toàn quyền (thử)", Page.get_first_root_node()))
    assert not Group.objects.filter(name="Toàn quyền (thử)").exists()
    assert refusals(group_manager).count() == 1
    assert client.post("/admin/groups/new/", group_form(client, "Một trang (thử)", site_team.site.root_page)).status_code == 302
    assert Group.objects.filter(name="Một trang (thử)").exists()


# Every user and group admin URL and how the rules cover it. A new URL pattern fails
# test_every_user_and_group_url_has_a_rule until a row (and a test performing it) is added.
URL_RULES = {
    "wagtailusers_users:index": "read only: the list",
    "wagtailusers_users:index_results": "read only: the list",
    "wagtailusers_users:history": "read only",
    "wagtailusers_users:history_results": "read only",
    "wagtailusers_users:usage": "read only",
    "wagtailusers_users:add": "test_creating_or_copying_an_account_cannot_grant_superuser_or_a_whole_tree_role",
    "wagtailusers_users:copy": "test_creating_or_copying_an_account_cannot_grant_superuser_or_a_whole_tree_role",
    "wagtailusers_users:edit": "test_it_administrator_cannot_edit_reset_the_password_of_lock_or_delete_the_chief_editor",
    "wagtailusers_users:delete": "test_it_administrator_cannot_edit_reset_the_password_of_lock_or_delete_the_chief_editor",
    "wagtailusers_groups:index": "read only: the list",
    "wagtailusers_groups:index_results": "read only: the list",
    "wagtailusers_groups:history": "read only",
    "wagtailusers_groups:history_results": "read only",
    "wagtailusers_groups:usage": "read only",
    "wagtailusers_groups:add": "test_a_non_superuser_cannot_create_a_group_with_rights_on_the_whole_tree",
    "wagtailusers_groups:edit": "test_group_screens_refuse_whole_tree_groups_and_own_groups_to_non_superusers",
    "wagtailusers_groups:delete": "test_group_screens_refuse_whole_tree_groups_and_own_groups_to_non_superusers",
    "bulk:auth.user:assign_role": "test_it_administrator_cannot_make_themselves_chief_editor_by_bulk_action",
    "bulk:auth.user:set_active_state": "test_bulk_deactivation_needs_a_reason_spares_the_chief_editor_and_is_logged",
    "bulk:auth.user:delete": "test_bulk_delete_spares_more_privileged_accounts_and_keeps_the_name_in_the_log",
    "accounts:account_lock": "test_it_administrator_cannot_edit_reset_the_password_of_lock_or_delete_the_chief_editor",
}


def account_url_names():
    def walk(resolver, namespace=""):
        for pattern in resolver.url_patterns:
            if isinstance(pattern, URLResolver):
                yield from walk(pattern, f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace)
            elif isinstance(pattern, URLPattern) and pattern.name:
                yield f"{namespace}{pattern.name}"

    names = {name for name in walk(get_resolver()) if name.startswith(("wagtailusers_users:", "wagtailusers_groups:"))}
    for model_name in ("user", "group"):
        actions = bulk_action_registry.get_bulk_actions_for_model("auth", model_name)
        names |= {f"bulk:auth.{model_name}:{action.action_type}" for action in actions}
    return names | {"accounts:account_lock"}


def test_every_user_and_group_url_has_a_rule():
    names = account_url_names()
    assert names - URL_RULES.keys() == set(), "new user/group URLs without a rule and a test performing them"
    assert URL_RULES.keys() - names == set(), "rules for URLs that are gone"
    for rule in URL_RULES.values():
        assert rule.startswith("read only") or rule in globals(), rule


def test_the_bulk_actions_are_ours():
    from accounts.bulk_actions import BULK_ACTIONS

    registered = set(bulk_action_registry.get_bulk_actions_for_model("auth", "user"))
    assert registered == set(BULK_ACTIONS)


def test_wagtail_default_groups_are_gone_and_cannot_be_assigned(client, staff):
    from importlib import import_module

    from django.apps import apps

    from subsites.provisioning import provision_site

    assert not Group.objects.filter(name__in=["Moderators", "Editors"]).exists()
    provision_site("moj", "Bộ Tư pháp", main=True, port=80)  # provisioning again does not bring them back
    assert not Group.objects.filter(name__in=["Moderators", "Editors"]).exists()

    # Recreated by hand (or by an old database): the migration removes them again, as often as it runs.
    moderators = Group.objects.create(name="Moderators")
    client.force_login(staff["root"])
    migration = import_module("accounts.migrations.0002_remove_wagtail_default_groups")
    migration.remove_wagtail_default_groups(apps, None)
    migration.remove_wagtail_default_groups(apps, None)
    assert not Group.objects.filter(name="Moderators").exists()
    response = client.post(bulk("assign_role", staff["focal"]), {"role": moderators.pk})
    assert response.status_code == 200 and not staff["focal"].groups.filter(name="Moderators").exists()

"""Account control (R-OPS-6, Art 7): who can do what where, lock and unlock, emergency lock of a site — all logged."""

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from wagtail.models import ModelLogEntry

from accounts import roles
from accounts.access import ROLE_RIGHTS
from accounts.factories import UserFactory
from accounts.models import AccountLock

# Reads response.context: Django records the templates' contexts for this module (tests/conftest.py).
pytestmark = pytest.mark.usefixtures("template_contexts")


@pytest.fixture
def people(thads_site):
    return {
        "itadmin": UserFactory(username="itadmin", groups=[roles.IT_ADMINS]),
        "editor": UserFactory(username="thads_editor", groups=[thads_site.editors_group], first_name="Ngô", last_name="Hùng"),
        "approver": UserFactory(username="thads_approver", groups=[thads_site.approvers_group]),
        "chief": UserFactory(username="chief", groups=[roles.CHIEF_EDITOR]),
    }


def test_report_says_who_can_do_what_where_and_exports_csv(client, people):
    client.force_login(people["itadmin"])
    html = client.get("/admin/accounts/").text
    assert "thads_editor" in html and "Cục Thi hành án dân sự: Biên tập viên" in html
    assert "thads.localhost: tạo, sửa" in html
    assert "thads.localhost: tạo, sửa, xuất bản" in html  # the approver
    assert "cài đặt trang: thads.localhost" in html
    assert "Toàn bộ các trang: tạo, sửa, xuất bản, xoá" in html  # the Chief Editor
    csv = client.get("/admin/accounts/", {"export": "csv"})
    assert csv["Content-Type"].startswith("text/csv")
    rows = csv.getvalue().decode().splitlines()
    assert rows[0] == 'Tài khoản,Họ tên,Thư điện tử,Vai trò,"Được làm gì, ở đâu",Đăng nhập gần nhất,Trạng thái'
    assert any(row.startswith("thads_editor,Ngô Hùng,") for row in rows)


def test_only_it_administrators_control_accounts(client, people):
    client.force_login(people["chief"])
    assert client.get("/admin/accounts/").status_code in (302, 403)
    assert client.post(f"/admin/accounts/{people['editor'].pk}/lock/", {"reason": "thử khoá"}).status_code in (302, 403)
    people["editor"].refresh_from_db()
    assert people["editor"].is_active


def test_lock_needs_a_reason_stops_login_and_is_logged(client, people):
    client.force_login(people["itadmin"])
    url = f"/admin/accounts/{people['editor'].pk}/lock/"
    refused = client.post(url, {"reason": ""})
    assert refused.status_code == 200 and "bắt buộc" in refused.text
    assert not AccountLock.objects.exists()
    assert client.post(url, {"reason": "Nghỉ hưu từ 01/12/2026"}).status_code == 302
    people["editor"].refresh_from_db()
    assert not people["editor"].is_active
    assert not client.login(username="thads_editor", password=settings.DEMO_PASSWORD)
    entry = ModelLogEntry.objects.get(action="moj.account_lock", object_id=str(people["editor"].pk))
    assert entry.user == people["itadmin"] and entry.data["reason"] == "Nghỉ hưu từ 01/12/2026"

    client.force_login(people["itadmin"])
    assert client.post(url, {"reason": "Tiếp tục công tác"}).status_code == 302
    people["editor"].refresh_from_db()
    assert people["editor"].is_active
    assert ModelLogEntry.objects.filter(action="moj.account_unlock", object_id=str(people["editor"].pk)).exists()


def test_emergency_lock_of_a_site_and_its_undo_reopen_exactly_what_it_closed(client, people, thads_site, django_user_model):
    client.force_login(people["itadmin"])
    # Locked earlier for another reason: the undo of the emergency must leave it locked.
    client.post(f"/admin/accounts/{people['approver'].pk}/lock/", {"reason": "Đang bị xem xét kỷ luật"})
    response = client.post(
        "/admin/accounts/site-lockdown/", {"portal_site": thads_site.pk, "action": "lock", "reason": "Nghi lộ mật khẩu, Điều 7.3"}
    )
    assert response.status_code == 302
    assert not django_user_model.objects.get(username="thads_editor").is_active
    assert django_user_model.objects.get(username="chief").is_active  # not in the site's team
    assert AccountLock.objects.filter(portal_site=thads_site, released_at__isnull=True).count() == 1

    client.post("/admin/accounts/site-lockdown/", {"portal_site": thads_site.pk, "action": "unlock", "reason": "Đã đổi mật khẩu"})
    assert django_user_model.objects.get(username="thads_editor").is_active
    assert not django_user_model.objects.get(username="thads_approver").is_active
    site_log = ModelLogEntry.objects.filter(object_id=str(thads_site.pk), action__in=["moj.account_lock", "moj.account_unlock"])
    assert [entry.data["reason"] for entry in site_log.order_by("timestamp")] == ["Nghi lộ mật khẩu, Điều 7.3", "Đã đổi mật khẩu"]


def test_emergency_lock_without_a_reason_changes_nothing(client, people, thads_site):
    client.force_login(people["itadmin"])
    response = client.post("/admin/accounts/site-lockdown/", {"portal_site": thads_site.pk, "action": "lock", "reason": ""})
    assert response.status_code == 200
    people["editor"].refresh_from_db()
    assert people["editor"].is_active


def test_administrator_cannot_lock_themselves(client, people):
    client.force_login(people["itadmin"])
    response = client.post(f"/admin/accounts/{people['itadmin'].pk}/lock/", {"reason": "thử tự khoá"})
    assert response.status_code == 200 and "Không thể tự khoá" in response.text


def test_it_administrator_grants_a_role_but_not_superuser_status(client, people, thads_site):
    client.force_login(people["itadmin"])
    focal = people["editor"]
    form = client.get(f"/admin/users/edit/{focal.pk}/").text
    assert 'name="groups"' in form and 'name="is_superuser"' not in form
    data = {
        "username": focal.username,
        "email": "hung@moj.gov.vn",
        "first_name": "Ngô",
        "last_name": "Hùng",
        "is_active": "on",
        "is_superuser": "on",  # sent anyway: ignored
        "groups": [thads_site.editors_group.pk, thads_site.approvers_group.pk],
        "password1": "",
        "password2": "",
    }
    response = client.post(f"/admin/users/edit/{focal.pk}/", data)
    assert response.status_code == 302, response.context["form"].errors
    focal.refresh_from_db()
    assert set(focal.groups.all()) == {thads_site.editors_group, thads_site.approvers_group}
    assert not focal.is_superuser


def test_nobody_changes_their_own_roles(client, people):
    itadmin = people["itadmin"]
    client.force_login(itadmin)
    assert 'name="groups"' not in client.get(f"/admin/users/edit/{itadmin.pk}/").text
    chief_group = Group.objects.get(name=roles.CHIEF_EDITOR)
    response = client.post(
        f"/admin/users/edit/{itadmin.pk}/",
        {
            "username": "itadmin",
            "email": "it@moj.gov.vn",
            "first_name": "Đỗ Văn",
            "last_name": "Quản",
            "groups": [chief_group.pk],
            "password1": "",
            "password2": "",
        },
    )
    assert response.status_code == 302, response.context["form"].errors  # the rest of the form is saved
    assert not itadmin.groups.filter(pk=chief_group.pk).exists()


def test_report_describes_the_rights_of_every_role_never_a_dash(client, people):
    """Issue 18: the IT administrator, a Board member, a focal point… read "—" under "what where"; every role says it."""
    for role in roles.GLOBAL_ROLES:
        UserFactory(username=f"r{roles.GLOBAL_ROLES.index(role)}", groups=[role.name])
    client.force_login(people["itadmin"])
    html = client.get("/admin/accounts/").text
    assert set(ROLE_RIGHTS) == {role.name for role in roles.GLOBAL_ROLES}
    for text in ROLE_RIGHTS.values():
        assert str(text) in html
    rows = client.get("/admin/accounts/", {"export": "csv"}).getvalue().decode().splitlines()
    for row in rows[1:]:
        assert ",—," not in row, row

"""The audit log (R-OPS-3, Art 6.2): logins, failed logins, changes of who can do what, settings — with who,
what, when and why; the report "Nhật ký kiểm tra" filtered by site and exported as CSV."""

import csv
import io

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from wagtail.models import ModelLogEntry

from accounts import roles
from accounts.factories import UserFactory
from home.factories import SectionPageFactory
from subsites.provisioning import provision_english_edition

# Reads response.context: Django records the templates' contexts for this module (tests/conftest.py).
pytestmark = pytest.mark.usefixtures("template_contexts")

REPORT = "/admin/reports/audit/"


@pytest.fixture
def people(thads_site, cntt_site):
    return {
        "itadmin": UserFactory(username="itadmin", groups=[roles.IT_ADMINS], first_name="Đỗ Văn", last_name="Quản"),
        "chief": UserFactory(username="chief", groups=[roles.CHIEF_EDITOR]),
        "editor": UserFactory(username="thads_editor", groups=[thads_site.editors_group], first_name="Ngô", last_name="Hùng"),
        "approver": UserFactory(username="thads_approver", groups=[thads_site.approvers_group]),
        "cntt_approver": UserFactory(username="cntt_approver", groups=[cntt_site.approvers_group]),
    }


def report(client, **params) -> str:
    response = client.get(REPORT, params)
    assert response.status_code == 200
    return response.text


def form_data(html: str) -> dict:
    """What a browser would send back from the admin's edit form, unchanged."""
    form = next(form for form in BeautifulSoup(html, "html.parser").find_all("form") if form.find(attrs={"name": "csrfmiddlewaretoken"}))
    data = {}
    for field in form.find_all(["input", "select", "textarea"]):
        name = field.get("name")
        if not name or "__prefix__" in name or field.get("type") in ("submit", "button", "file"):
            continue
        if field.name == "select":
            values = [option.get("value", option.text) for option in field.find_all("option") if option.has_attr("selected")]
        elif field.get("type") in ("checkbox", "radio"):
            values = [field.get("value", "on")] if field.has_attr("checked") else []
        else:
            values = [field.text if field.name == "textarea" else field.get("value", "")]
        data.setdefault(name, []).extend(values)
    return data


def test_failed_login_is_logged_with_the_name_tried_never_the_password(client, people):
    client.post("/admin/login/", {"username": "thads_editor", "password": "mat-khau-sai-123"}, REMOTE_ADDR="203.0.113.7")
    client.post("/admin/login/", {"username": "khong_ton_tai", "password": "mat-khau-sai-456"}, REMOTE_ADDR="203.0.113.8")
    failed = ModelLogEntry.objects.filter(action="moj.login_failed").order_by("timestamp")
    assert [(entry.data["username"], entry.data["ip"]) for entry in failed] == [
        ("thads_editor", "203.0.113.7"),
        ("khong_ton_tai", "203.0.113.8"),
    ]
    assert failed[0].user == people["editor"]  # the account the attempt was made on
    assert not any("mat-khau-sai" in str(entry.data) + entry.label for entry in failed)

    client.force_login(people["itadmin"])
    html = report(client)
    assert "Đăng nhập thất bại với tên đăng nhập “khong_ton_tai” từ 203.0.113.8" in html
    assert "mat-khau-sai" not in html


def test_successful_login_and_logout_are_logged(client, people):
    assert (
        client.post(
            "/admin/login/", {"username": "thads_editor", "password": settings.DEMO_PASSWORD}, REMOTE_ADDR="198.51.100.4"
        ).status_code
        == 302
    )
    client.post("/admin/logout/")
    entries = ModelLogEntry.objects.filter(user=people["editor"]).order_by("timestamp")
    assert [entry.action for entry in entries] == ["moj.login", "moj.logout"]
    assert entries[0].data["ip"] == "198.51.100.4"

    client.force_login(people["chief"])
    html = report(client, action="moj.login")
    assert "Đăng nhập từ 198.51.100.4" in html and "thads_editor (Ngô Hùng)" in html


def test_logins_show_in_wagtails_site_history_in_vietnamese(client, people):
    client.post("/admin/login/", {"username": "thads_editor", "password": "sai"}, REMOTE_ADDR="203.0.113.9")
    client.force_login(UserFactory(superuser=True))
    html = client.get("/admin/reports/site-history/").text
    assert "Đăng nhập thất bại với tên đăng nhập “thads_editor” từ 203.0.113.9" in html


def test_changing_a_groups_permissions_logs_what_was_added_and_removed(client, people, thads_site):
    root = UserFactory(superuser=True)  # groups are edited by superusers only
    client.force_login(root)
    url = f"/admin/groups/edit/{thads_site.approvers_group.pk}/"
    data = form_data(client.get(url).text)
    page_permissions = next(name for name, values in data.items() if name.endswith("-permissions") and "publish_page" in values)
    data[page_permissions].remove("publish_page")
    response = client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors
    entry = ModelLogEntry.objects.get(action="moj.group_permissions", object_id=str(thads_site.approvers_group.pk))
    assert entry.user == root
    assert entry.data == {"added": [], "removed": ["thads.localhost: publish_page"]}
    # Wagtail's own entry for the same save says only "edited", not what changed: the gap filled above.
    wagtails = ModelLogEntry.objects.get(action="wagtail.edit", object_id=str(thads_site.approvers_group.pk), content_type__model="group")
    assert wagtails.data == {}

    html = report(client, site="thads")
    assert "Bỏ quyền: thads.localhost: publish_page" in html
    assert "Bỏ quyền" not in report(client, site="cntt")


def test_changing_a_users_roles_logs_the_groups_added_and_removed(client, people, thads_site):
    client.force_login(people["itadmin"])
    editor = people["editor"]
    data = form_data(client.get(f"/admin/users/edit/{editor.pk}/").text)
    data["groups"] = [str(thads_site.approvers_group.pk)]
    data["email"] = ["hung@moj.gov.vn"]
    data.pop("is_active", None)  # unticked: the account is deactivated
    response = client.post(f"/admin/users/edit/{editor.pk}/", data)
    assert response.status_code == 302, response.context["form"].errors
    entry = ModelLogEntry.objects.get(action="moj.user_roles", object_id=str(editor.pk))
    assert entry.user == people["itadmin"]
    assert entry.data == {
        "groups_added": ["Cục Thi hành án dân sự: Duyệt"],
        "groups_removed": ["Cục Thi hành án dân sự: Biên tập viên"],
        "is_active": False,
    }
    html = report(client, action="moj.user_roles")
    assert "Thêm vai trò: Cục Thi hành án dân sự: Duyệt. Bỏ vai trò: Cục Thi hành án dân sự: Biên tập viên" in html
    assert "Vô hiệu hoá tài khoản" in html


def test_editing_site_settings_and_switching_a_site_off_are_logged(client, people, thads_site):
    client.force_login(people["approver"])
    response = client.post(
        f"/admin/settings/home/sitenotice/{thads_site.site.pk}/", {"is_active": "on", "text": "Nghỉ lễ", "level": "info", "link": ""}
    )
    assert response.status_code == 302
    edit = ModelLogEntry.objects.get(action="wagtail.edit", content_type__model="sitenotice")
    assert edit.user == people["approver"]

    client.force_login(people["itadmin"])
    response = client.post(f"/admin/portal-sites/edit/{thads_site.pk}/", {"name": thads_site.name, "name_en": "", "is_active": ""})
    assert response.status_code == 302
    switch = ModelLogEntry.objects.get(action="moj.site_switch", object_id=str(thads_site.pk))
    assert switch.user == people["itadmin"] and switch.data == {"is_active": False}

    html = report(client, site="thads")
    assert "Thông báo đầu trang" in html and "thads_approver" in html
    assert "Tắt trang (ngừng phục vụ ở tên miền của nó)" in html
    assert "Thông báo đầu trang" not in report(client, site="cntt")


def test_site_filter_keeps_a_sites_page_edits_to_that_site(client, people, main_site, thads_site, cntt_site):
    section = SectionPageFactory(parent=thads_site.site.root_page, title="Thông báo thi hành án")
    section.save_revision(user=people["approver"], log_action=True)
    english_root = provision_english_edition(main_site)
    SectionPageFactory(parent=english_root, title="Legal news").save_revision(user=people["chief"], log_action=True)
    client.force_login(people["chief"])
    thads = report(client, site="thads")
    assert "Thông báo thi hành án" in thads and "Cục Thi hành án dân sự" in thads
    assert "Thông báo thi hành án" not in report(client, site="cntt")
    assert "Thông báo thi hành án" in report(client)
    # The English edition is part of the main portal.
    assert "Legal news" in report(client, site="moj")
    assert "Legal news" not in thads


def test_csv_export_has_who_what_when_where_and_why(client, people, thads_site):
    client.force_login(people["itadmin"])
    client.post(f"/admin/accounts/{people['editor'].pk}/lock/", {"reason": "Nghỉ hưu từ 01/12/2026"}, REMOTE_ADDR="10.0.0.5")
    response = client.get(REPORT, {"export": "csv", "action": "moj.account_lock"})
    assert response["Content-Type"].startswith("text/csv")
    assert "nhat-ky-kiem-tra-" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.getvalue().decode())))
    assert rows[0] == ["Thời gian", "Tài khoản", "Họ tên", "Hành động", "Chi tiết", "Đối tượng", "Trang", "Lý do / ý kiến", "Địa chỉ IP"]
    assert len(rows) == 2
    time, username, full_name, action, _detail, target, _site, reason, _ip = rows[1]
    assert (username, full_name, action, reason) == ("itadmin", "Đỗ Văn Quản", "Khoá tài khoản", "Nghỉ hưu từ 01/12/2026")
    assert target.endswith(": thads_editor")
    assert len(time) == len("31/12/2026 23:59:59")
    excel = client.get(REPORT, {"export": "xlsx"})
    assert excel.status_code == 200 and "spreadsheetml" in excel["Content-Type"]


def test_only_the_chief_editor_it_administrators_and_superusers_read_the_audit_log(client, people):
    for username in ("approver", "editor", "cntt_approver"):
        client.force_login(people[username])
        assert client.get(REPORT).status_code in (302, 403)
        assert client.get(REPORT, {"export": "csv"}).status_code in (302, 403)
        assert REPORT not in client.get("/admin/").text  # not in the Reports menu
    client.force_login(people["itadmin"])
    assert REPORT in client.get("/admin/").text


@pytest.mark.parametrize(
    "params",
    [
        {"site": "khong-co"},
        {"action": "<script>"},
        {"user": "abc"},
        {"timestamp_after": "31/02/2026", "timestamp_before": "hôm qua"},
        {"p": "9999"},
        {"export": "pdf"},
    ],
)
def test_bad_filter_input_never_breaks_the_report(client, people, params):
    client.force_login(people["itadmin"])
    assert client.get(REPORT, params).status_code in (200, 404)


def test_csv_exports_never_carry_a_formula(client, people):
    """A reason, a user name or a search query typed as `=HYPERLINK(…)` stays text in every CSV export (R-OPS-5)."""
    client.force_login(people["itadmin"])
    client.post(f"/admin/accounts/{people['editor'].pk}/lock/", {"reason": '=HYPERLINK("http://evil.example","x")'})
    rows = list(csv.reader(io.StringIO(client.get(REPORT, {"export": "csv", "action": "moj.account_lock"}).getvalue().decode())))
    assert rows[1][7] == '\'=HYPERLINK("http://evil.example","x")'
    accounts = client.get("/admin/accounts/", {"export": "csv"}).getvalue().decode()
    assert "thads_editor" in accounts and not any(line.startswith(("=", "+", "-", "@")) for line in accounts.splitlines())


def test_the_report_keeps_the_name_of_an_account_deleted_since(client, people):
    """Who did it stays readable after the account is gone (R-OPS-3): the CSV shows the name it had, not an id."""
    client.force_login(people["approver"])
    client.post("/admin/logout/")
    people["approver"].delete()
    client.force_login(people["itadmin"])
    rows = list(csv.reader(io.StringIO(client.get(REPORT, {"export": "csv", "action": "moj.logout"}).getvalue().decode())))
    assert [row[1] for row in rows[1:]] == ["thads_approver"]
    assert "thads_approver" in report(client, action="moj.account_deleted")

"""The security events report (R-OPS-2, issue 12): failed logins per account/address and hour, lockouts with their
reset, refused actions, role changes, unusual activity, a CSV export safe from formula injection; IT administrators
and superusers only. A lockout storm is e-mailed to the IT administrators once per storm."""

import csv
import io
from datetime import timedelta
from unittest import mock

import pytest
from axes.signals import user_locked_out
from django.contrib.auth.models import Group
from django.core import mail
from django.test import RequestFactory
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from accounts import roles

PASSWORD = "moj-demo-2026"
REPORT = "/admin/reports/security/"


def fail(client, username, ip):
    return client.post("/admin/login/", {"username": username, "password": "sai-mat-khau"}, REMOTE_ADDR=ip)


def test_the_report_shows_failures_lockouts_refusals_role_changes_and_unusual_activity(client, staff):
    for _ in range(5):
        fail(client, "thads_editor", "203.0.113.7")  # locks the pair
    for name in ("chief", "thads_approver", '=HYPERLINK("http://evil.example")', "khong_co", "root", "abc"):
        fail(client, name, "203.0.113.7")
    night = log(instance=staff["approver"], action="moj.login", user=staff["approver"], data={"ip": "198.51.100.3"})
    local_night = timezone.localtime().replace(hour=23, minute=15) - timedelta(days=1)
    ModelLogEntry.objects.filter(pk=night.pk).update(timestamp=local_night)
    client.force_login(staff["itadmin"])
    client.post(f"/admin/bulk/auth/user/assign_role/?id={staff['itadmin'].pk}", {"role": staff["editor"].groups.get().pk})
    client.post(f"/admin/bulk/auth/user/assign_role/?id={staff['approver'].pk}", {"role": Group.objects.get(name=roles.FOCAL_POINTS).pk})

    html = client.get(REPORT).text
    assert "Khoá đăng nhập đang có hiệu lực" in html and 'name="username" value="thads_editor"' in html
    assert "Đăng nhập thất bại với tên đăng nhập “thads_editor” từ 203.0.113.7 (5 lần trong giờ này)" in html
    assert "Khoá đăng nhập “thads_editor” từ 203.0.113.7 trong 15 phút" in html
    assert "Từ chối: Không ai được tự thay đổi vai trò" in html
    assert "Thêm vai trò: " + roles.FOCAL_POINTS in html
    # Unusual: 11 failures from one address within the hour; a login at 23:15.
    assert "<td>203.0.113.7</td><td>11</td>" in html
    assert local_night.strftime("%d/%m/%Y 23:15") in html and "198.51.100.3" in html

    only_refusals = client.get(REPORT, {"category": "refused"}).text
    assert "<td>Thao tác bị từ chối</td>" in only_refusals and "<td>Đăng nhập thất bại</td>" not in only_refusals

    export = client.get(REPORT, {"export": "csv"})
    assert export["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(export.content.decode("utf-8-sig"))))
    assert rows[0] == ["Thời gian", "Loại", "Hành động", "Tài khoản", "Địa chỉ IP", "Số lần", "Chi tiết"]
    cells = [cell for row in rows[1:] for cell in row]
    assert any(cell.startswith("'=HYPERLINK(") for cell in cells)  # the names tried from one address, the first one hostile
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in cells)


@pytest.mark.parametrize("params", [{"since": "31/02/2026"}, {"since": "2026-12-01", "until": "2026-01-01"}, {"category": "<x>"}])
def test_bad_filter_input_never_breaks_the_report(client, staff, params):
    client.force_login(staff["itadmin"])
    assert client.get(REPORT, params).status_code == 200


def test_an_it_administrator_resets_a_running_lockout_from_the_report(client, staff):
    for _ in range(5):
        fail(client, "thads_editor", "203.0.113.7")
    client.force_login(staff["itadmin"])
    response = client.post(REPORT, {"username": "thads_editor", "ip": "203.0.113.7"})
    assert response.status_code == 302
    client.logout()
    assert client.post("/admin/login/", {"username": "thads_editor", "password": PASSWORD}, REMOTE_ADDR="203.0.113.7").status_code == 302
    assert ModelLogEntry.objects.get(action="moj.lockout_reset").user == staff["itadmin"]


def test_only_it_administrators_and_superusers_read_the_report(client, staff):
    for _ in range(5):
        fail(client, "thads_editor", "203.0.113.7")
    for name in ("chief", "editor", "approver"):
        client.force_login(staff[name])
        assert client.get(REPORT).status_code == 403
        assert client.get(REPORT, {"export": "csv"}).status_code == 403
        assert client.post(REPORT, {"username": "thads_editor", "ip": "203.0.113.7"}).status_code == 403
    assert REPORT not in client.get("/admin/").text  # not in the Reports menu (of the last of them)
    assert not ModelLogEntry.objects.filter(action="moj.lockout_reset").exists()
    client.force_login(staff["root"])
    assert client.get(REPORT).status_code == 200


def lock_out(username, ip="203.0.113.50"):
    request = RequestFactory().post("/admin/login/", {"username": username})
    request.axes_ip_address = ip
    user_locked_out.send("axes", request=request, username=username, ip_address=ip)


def test_a_lockout_storm_is_mailed_to_it_administrators_once_per_storm(staff):
    for number in range(9):
        lock_out(f"nan_nhan_{number}")
    assert mail.outbox == []
    lock_out("nan_nhan_9")
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["itadmin@moj.gov.vn"] and "10 lần khoá đăng nhập" in mail.outbox[0].body
    for number in range(10, 15):
        lock_out(f"nan_nhan_{number}")
    assert len(mail.outbox) == 1  # the same storm
    storm = ModelLogEntry.objects.get(action="moj.lockout_storm")
    assert storm.data["lockouts"] == 15

    later = timezone.now() + timedelta(minutes=30)
    with mock.patch("django.utils.timezone.now", lambda: later):
        for number in range(20, 30):
            lock_out(f"nan_nhan_{number}")
    assert len(mail.outbox) == 2  # a new storm

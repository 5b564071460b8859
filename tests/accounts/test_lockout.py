"""Login lockout (issue 12): 5 failures for one account from one address lock that pair out for 15 minutes, then
longer; the page says so in Vietnamese; lockouts and resets are security events in the audit log."""

from datetime import timedelta
from unittest import mock

import pytest
from django.utils import timezone
from wagtail.models import ModelLogEntry

from accounts.lockout import reset_lockout

PASSWORD = "moj-demo-2026"


class Clock:
    """Moves Django's and django-axes's clock forward, instead of waiting."""

    def __init__(self):
        self.now = timezone.now()

    def advance(self, minutes):
        self.now += timedelta(minutes=minutes)


@pytest.fixture
def clock():
    clock = Clock()
    with mock.patch("django.utils.timezone.now", lambda: clock.now), mock.patch("axes.handlers.proxy.now", lambda: clock.now):
        yield clock


def login(client, password, ip="203.0.113.7"):
    return client.post("/admin/login/", {"username": "thads_editor", "password": password}, REMOTE_ADDR=ip)


def lockouts():
    return ModelLogEntry.objects.filter(action="moj.lockout").order_by("pk")


def test_five_failures_lock_the_account_from_that_address_for_15_minutes(client, staff, clock):
    for _ in range(4):
        assert login(client, "sai-mat-khau").status_code == 200
    locked = login(client, "sai-mat-khau")
    assert locked.status_code == 429
    assert locked["Content-Type"] == "text/html; charset=utf-8"
    assert "tạm bị khoá. Vui lòng thử lại sau 15 phút" in locked.text
    # Even the right password, from that address; another address is not locked.
    assert login(client, PASSWORD).status_code == 429
    assert login(client, "sai-mat-khau").status_code == 429
    assert login(client, PASSWORD, ip="198.51.100.20").status_code == 302
    client.logout()

    (entry,) = lockouts()
    assert entry.data["minutes"] == 15 and entry.data["blocked"] == 2 and entry.object_id == str(staff["editor"].pk)
    assert "Khoá đăng nhập “thads_editor” từ 203.0.113.7 trong 15 phút" in str(entry.message)

    clock.advance(14)
    assert login(client, PASSWORD).status_code == 429
    clock.advance(2)
    assert login(client, PASSWORD).status_code == 302


def test_each_further_lockout_of_the_same_pair_lasts_twice_as_long(client, staff, clock):
    for expected in (15, 30, 60):
        for _ in range(5):
            login(client, "sai-mat-khau")
        assert f"Vui lòng thử lại sau {expected} phút" in login(client, PASSWORD).text
        clock.advance(expected + 1)
    assert [entry.data["minutes"] for entry in lockouts()] == [15, 30, 60]
    assert login(client, PASSWORD).status_code == 302


def test_an_it_administrator_can_reset_a_lockout_and_that_is_logged(client, staff, clock):
    for _ in range(5):
        login(client, "sai-mat-khau")
    admin = staff["itadmin"]
    reset_lockout("thads_editor", "203.0.113.7", by=admin)
    assert login(client, PASSWORD).status_code == 302
    entry = ModelLogEntry.objects.get(action="moj.lockout_reset")
    assert entry.user == admin and entry.data["username"] == "thads_editor" and entry.data["attempts_removed"] >= 1


def test_lockouts_of_names_matching_no_account_share_one_entry_per_address_and_hour(client, staff):
    for name in ("khong_co_1", "khong_co_2", "khong_co_3"):
        for _ in range(5):
            client.post("/admin/login/", {"username": name, "password": "sai"}, REMOTE_ADDR="198.51.100.77")
        assert client.post("/admin/login/", {"username": name, "password": "sai"}, REMOTE_ADDR="198.51.100.77").status_code == 429
    (entry,) = lockouts()
    assert entry.data["usernames"] == ["khong_co_1", "khong_co_2", "khong_co_3"]

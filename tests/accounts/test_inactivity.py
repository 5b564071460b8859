"""Accounts unused for 45 days are suspended by `suspend_inactive_accounts`, except those exempted with a reason and
an end (issue 12); IT administrators keep the exemptions."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import ModelLogEntry

from accounts.models import AccountLock, InactivityExemption


@pytest.fixture
def accounts(staff, django_user_model):
    now = timezone.now()

    def account(username, *, last_login_days=None, joined_days=100):
        return django_user_model.objects.create_user(
            username,
            password="moj-demo-2026",
            date_joined=now - timedelta(days=joined_days),
            last_login=now - timedelta(days=last_login_days) if last_login_days is not None else None,
        )

    made = {
        "stale": account("stale", last_login_days=50),
        "recent": account("recent", last_login_days=10),
        "never_used": account("never_used", joined_days=60),
        "new": account("new", joined_days=3),
        "exempt": account("exempt", last_login_days=90),
        "exemption_over": account("exemption_over", last_login_days=90),
        "reopened": account("reopened", last_login_days=90),
    }
    today = timezone.localdate()
    InactivityExemption.objects.create(user=made["exempt"], reason="Trực hệ thống dự phòng", expires_on=today + timedelta(days=30))
    InactivityExemption.objects.create(user=made["exemption_over"], reason="Nghỉ phép dài", expires_on=today - timedelta(days=1))
    AccountLock.objects.create(user=made["reopened"], reason="Tạm khoá", released_at=timezone.now() - timedelta(days=5))
    return made


def test_unused_accounts_are_suspended_except_the_exempted_and_logged(accounts, django_user_model, capsys):
    call_command("suspend_inactive_accounts")
    inactive = set(django_user_model.objects.filter(is_active=False).values_list("username", flat=True))
    assert inactive == {"stale", "never_used", "exemption_over"}
    assert "3 account(s) suspended" in capsys.readouterr().out
    entry = ModelLogEntry.objects.get(action="moj.account_suspend", object_id=str(accounts["stale"].pk))
    assert "45 ngày" in entry.data["reason"]
    assert AccountLock.objects.filter(user=accounts["stale"], released_at__isnull=True).exists()  # reopened on the lock screen

    # Running it again changes nothing.
    call_command("suspend_inactive_accounts")
    assert ModelLogEntry.objects.filter(action="moj.account_suspend").count() == 3


def test_it_administrators_keep_the_exemptions_others_cannot(client, accounts, staff):
    chief, itadmin = staff["chief"], staff["itadmin"]
    data = {"user": accounts["stale"].pk, "reason": "Cán bộ đi học dài hạn", "expires_on": "2027-06-30"}
    client.force_login(chief)
    assert client.get("/admin/accounts/exemptions/").status_code == 302
    assert client.post("/admin/accounts/exemptions/new/", data).status_code == 302
    assert not InactivityExemption.objects.filter(reason="Cán bộ đi học dài hạn").exists()

    client.force_login(itadmin)
    assert client.post("/admin/accounts/exemptions/new/", data).status_code == 302
    exemption = InactivityExemption.objects.get(reason="Cán bộ đi học dài hạn")
    assert exemption.created_by == itadmin
    assert ModelLogEntry.objects.filter(action="wagtail.create", object_id=str(exemption.pk)).exists()
    refused = client.post("/admin/accounts/exemptions/new/", {**data, "reason": "", "expires_on": "30/02/2027"})
    assert refused.status_code == 200 and "bắt buộc" in refused.text

"""Failed logins are counted per account and address per hour, not logged one row each (issue 12)."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from wagtail.models import ModelLogEntry

from accounts.logins import NAMES_KEPT


def fail(client, username, ip):
    client.post("/admin/login/", {"username": username, "password": "mat-khau-sai"}, REMOTE_ADDR=ip)


def failures():
    return ModelLogEntry.objects.filter(action="moj.login_failed").order_by("pk")


def test_failures_are_one_entry_per_account_address_and_hour_with_a_count(client, main_site):
    editor = get_user_model().objects.create_user("thads_editor", password="moj-demo-2026")
    for _ in range(12):
        fail(client, "thads_editor", "203.0.113.7")
    fail(client, "thads_editor", "203.0.113.8")
    assert [(entry.data["ip"], entry.data["count"]) for entry in failures()] == [("203.0.113.7", 12), ("203.0.113.8", 1)]
    assert failures().first().object_id == str(editor.pk)
    assert "(12 lần trong giờ này)" in str(failures().first().message)

    # The next hour starts a new entry.
    failures().update(timestamp=failures().first().timestamp - timedelta(hours=1))
    fail(client, "thads_editor", "203.0.113.7")
    assert failures().count() == 3 and failures().last().data["count"] == 1


def test_names_matching_no_account_are_counted_per_address_keeping_the_first_names(client, main_site):
    for number in range(NAMES_KEPT + 5):
        fail(client, f"ten_doan_{number}", "198.51.100.9")
    (entry,) = failures()
    assert entry.data["count"] == NAMES_KEPT + 5
    assert entry.data["usernames"] == [f"ten_doan_{number}" for number in range(NAMES_KEPT)]
    assert "mat-khau-sai" not in str(entry.data)

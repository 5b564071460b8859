"""Two-factor authentication for staff (issue 12): enrolment with an app, the second step at login with a code
computed here as the app would, backup codes that work once, the reset by an IT administrator — all logged — and,
with STAFF_2FA_REQUIRED, no admin page for an account until it has enrolled."""

import time
from datetime import timedelta
from unittest import mock

import pytest
from django.test import Client
from django.utils import timezone
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import ModelLogEntry

from accounts.two_factor import is_enrolled, new_backup_codes

PASSWORD = "moj-demo-2026"


@pytest.fixture
def clock():
    """Moves Django's clock past django-otp's wait after a wrong code; the codes themselves follow the real time."""
    offset = {"seconds": 0}
    real_now = timezone.now
    with mock.patch("django.utils.timezone.now", lambda: real_now() + timedelta(seconds=offset["seconds"])):
        yield lambda seconds: offset.update(seconds=offset["seconds"] + seconds)


def code_for(device, steps_ahead=0):
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits)
    totp.time = time.time() + steps_ahead * device.step
    return f"{totp.token():06d}"


def wrong(code):
    return f"{(int(code) + 500_000) % 1_000_000:06d}"


def log_in(client, username):
    response = client.post("/admin/login/", {"username": username, "password": PASSWORD})
    assert response.status_code == 302
    return response


def enrol(account):
    device = TOTPDevice.objects.create(user=account, name="app", confirmed=True)
    return device, new_backup_codes(account)


def test_enrol_then_log_in_with_a_code_from_the_app(client, staff, clock):
    editor = staff["editor"]
    log_in(client, "thads_editor")
    page = client.get("/admin/2fa/")
    assert page.status_code == 200 and "<svg" in page.text and "Khoá bí mật" in page.text
    device = TOTPDevice.objects.get(user=editor, confirmed=False)
    refused = client.post("/admin/2fa/", {"code": wrong(code_for(device))})
    assert "Mã không đúng" in refused.text
    assert not TOTPDevice.objects.filter(user=editor, confirmed=True).exists()
    clock(5)
    enrolled = client.post("/admin/2fa/", {"code": code_for(device), "next": "/admin/pages/"})
    assert enrolled.status_code == 200 and "chỉ hiện một lần" in enrolled.text
    assert StaticToken.objects.filter(device__user=editor).count() == 10
    assert ModelLogEntry.objects.filter(action="moj.otp_enrol", object_id=str(editor.pk)).exists()
    assert client.get("/admin/").status_code == 200  # this session is verified

    # The next login asks for the second step before anything else.
    other = Client()
    log_in(other, "thads_editor")
    gate = other.get("/admin/pages/")
    assert gate.status_code == 302 and gate["Location"].startswith("/admin/2fa/verify/?next=")
    assert other.post("/admin/2fa/verify/", {"code": wrong(code_for(device, 1)), "next": "/admin/pages/"}).status_code == 200
    assert other.get("/admin/").status_code == 302
    failure = ModelLogEntry.objects.get(action="moj.otp_failure", object_id=str(editor.pk))
    assert failure.data["count"] == 1
    clock(10)
    # django-otp keeps the drift it saw at enrolment: an enrolment whose request crossed a 30-second step under load
    # left a drift of -1, and the next step's code fell outside the window (a flaky failure in a loaded run).
    device.refresh_from_db()
    verified = other.post("/admin/2fa/verify/", {"code": code_for(device, 1 + device.drift), "next": "/admin/pages/"})
    assert verified.status_code == 302 and verified["Location"] == "/admin/pages/"
    assert other.get("/admin/").status_code == 200


def test_a_backup_code_works_once_and_its_use_is_logged(client, staff):
    editor = staff["editor"]
    _device, codes = enrol(editor)
    log_in(client, "thads_editor")
    assert client.post("/admin/2fa/verify/", {"code": codes[0].upper()}).status_code == 302
    assert client.get("/admin/").status_code == 200
    recovery = ModelLogEntry.objects.get(action="moj.otp_recovery", object_id=str(editor.pk))
    assert recovery.data["remaining"] == 9

    again = Client()
    log_in(again, "thads_editor")
    assert again.post("/admin/2fa/verify/", {"code": codes[0]}).status_code == 200
    assert again.get("/admin/").status_code == 302


def test_with_2fa_required_an_unenrolled_staff_account_reaches_only_the_enrolment(client, staff, settings):
    settings.STAFF_2FA_REQUIRED = True
    itadmin = staff["itadmin"]
    log_in(client, "itadmin")
    for url in ("/admin/", "/admin/pages/", "/admin/accounts/", f"/admin/users/edit/{staff['editor'].pk}/"):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith("/admin/2fa/?next="), url
    assert client.get("/admin/2fa/verify/")["Location"] == "/admin/2fa/"
    # Actions too: nothing is done.
    client.post(f"/admin/accounts/{staff['editor'].pk}/lock/", {"reason": "Thử khoá khi chưa xác thực"})
    staff["editor"].refresh_from_db()
    assert staff["editor"].is_active
    assert client.get("/admin/2fa/").status_code == 200
    assert client.post("/admin/logout/").status_code == 302
    assert not itadmin.is_anonymous and client.get("/admin/").status_code == 302


def test_an_it_administrator_resets_an_accounts_2fa_and_that_is_logged(client, staff):
    editor, chief = staff["editor"], staff["chief"]
    enrol(editor)
    enrol(chief)
    client.force_login(staff["itadmin"])
    url = f"/admin/accounts/{editor.pk}/2fa-reset/"
    assert client.post(url, {"reason": ""}).status_code == 200
    assert TOTPDevice.objects.filter(user=editor).exists()
    assert client.post(url, {"reason": "Mất điện thoại, đã xác minh trực tiếp"}).status_code == 302
    assert not TOTPDevice.objects.filter(user=editor).exists() and not StaticToken.objects.filter(device__user=editor).exists()
    entry = ModelLogEntry.objects.get(action="moj.otp_reset", object_id=str(editor.pk))
    assert entry.user == staff["itadmin"] and entry.data["reason"] == "Mất điện thoại, đã xác minh trực tiếp"

    # The Chief Editor's is a superuser's to reset; an editor resets nobody's.
    assert client.post(f"/admin/accounts/{chief.pk}/2fa-reset/", {"reason": "Thử đặt lại"}).status_code in (302, 403)
    client.force_login(editor)
    assert client.post(f"/admin/accounts/{chief.pk}/2fa-reset/", {"reason": "Thử đặt lại"}).status_code in (302, 403)
    assert TOTPDevice.objects.filter(user=chief).exists()


def test_only_a_confirmed_device_of_either_kind_counts_as_enrolled(staff):
    editor, approver = staff["editor"], staff["approver"]
    assert not is_enrolled(editor)
    TOTPDevice.objects.create(user=editor, name="app", confirmed=False)  # scanned, never confirmed with a code
    assert not is_enrolled(editor)
    new_backup_codes(approver)  # backup codes alone
    assert is_enrolled(approver) and not is_enrolled(editor)
    TOTPDevice.objects.filter(user=editor).update(confirmed=True)
    assert is_enrolled(editor)

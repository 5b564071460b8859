"""The ledger's screens (R-ROY-1): each role POSTs what it may or may not do and the database says what happened;
the XLSX statement opened with openpyxl; payment details shown only to those who may read them, each view logged."""

import io
from decimal import Decimal

import pytest
from django.db import connection
from openpyxl import load_workbook
from wagtail.models import ModelLogEntry

from defence.personal_data import VIEWED
from royalties import ledger
from royalties.models import Contributor, RoyaltyLine


def royalty(period, title):
    return RoyaltyLine.objects.get(period=period, title=title, kind=RoyaltyLine.Kind.ROYALTY)


def test_publishing_three_items_proposes_their_lines(month):
    assert month.lines.filter(kind=RoyaltyLine.Kind.ROYALTY).count() == 3
    assert month.lines.filter(kind=RoyaltyLine.Kind.FEE).count() == 6
    assert royalty(month, "Nghiên cứu về hộ tịch").amount == Decimal(400_000)


@pytest.mark.parametrize(
    ("role", "adjusted"),
    [
        ("standing_editor", True),
        ("standing_approver", True),
        ("chief", True),
        ("accountant", False),
        ("thads_approver", False),
        ("thads_editor", False),
        (None, False),
    ],
)
def test_who_adjusts_a_main_portal_line(client, month, people, role, adjusted):
    line = royalty(month, "Tin thứ nhất")
    if role:
        client.force_login(people[role])
    client.post(f"/admin/royalties/dong/{line.pk}/dieu-chinh/", {"coefficient": "2", "share": "1"})
    line.refresh_from_db()
    assert (line.coefficient == Decimal(2)) is adjusted


def test_a_coefficient_outside_the_genre_range_is_refused_with_a_clear_message(client, month, people):
    line = royalty(month, "Tin thứ nhất")
    client.force_login(people["standing_approver"])
    response = client.post(f"/admin/royalties/dong/{line.pk}/dieu-chinh/", {"coefficient": "9", "share": "1"})
    assert response.status_code == 400 and "phải từ 1.00 đến 3.00" in response.text
    response = client.post(f"/admin/royalties/dong/{line.pk}/dieu-chinh/", {"coefficient": "abc", "share": "1"})
    assert response.status_code == 400 and "phải là số" in response.text
    line.refresh_from_db()
    assert line.coefficient == Decimal(1)


@pytest.mark.parametrize("role", ["standing_editor", "standing_approver", "accountant", "thads_approver", "thads_editor", None])
def test_only_the_chief_editor_approves_the_main_portal_month(client, month, people, role):
    if role:
        client.force_login(people[role])
    client.post(f"/admin/royalties/ky/{month.pk}/duyet/")
    month.refresh_from_db()
    assert not month.is_locked


def test_the_board_adjusts_the_chief_editor_approves_and_the_statement_has_the_totals(client, month, people):
    client.force_login(people["standing_approver"])
    client.post(f"/admin/royalties/dong/{royalty(month, 'Tin thứ nhất').pk}/dieu-chinh/", {"coefficient": "2.5", "share": "1"})
    client.force_login(people["chief"])
    response = client.post(f"/admin/royalties/ky/{month.pk}/duyet/")
    assert response.status_code == 302
    month.refresh_from_db()
    assert month.is_locked and month.approved_by == people["chief"]

    client.force_login(people["accountant"])
    response = client.get(f"/admin/royalties/ky/{month.pk}/bang-ke.xlsx")
    book = load_workbook(io.BytesIO(response.content))
    per_person = {row[0]: row[2] for row in book["Theo người"].iter_rows(min_row=2, values_only=True)}
    reporter, approver = people["standing_editor"], people["standing_approver"]
    # reporter: royalties 250,000 + 100,000 + 400,000, three editing fees of 50,000; each approver 30,000 per item.
    assert per_person[reporter.get_full_name() or reporter.username] == 900_000
    assert per_person[approver.get_full_name() or approver.username] == 60_000
    units = {row[0]: row[1] for row in book["Theo đơn vị"].iter_rows(min_row=2, values_only=True)}
    assert units["Tổng cộng"] == 990_000 == sum(value for unit, value in units.items() if unit != "Tổng cộng")
    assert ModelLogEntry.objects.filter(action=VIEWED, user=people["accountant"]).count() == 3


def test_whoever_adjusted_a_line_cannot_approve_the_month(client, month, people):
    client.force_login(people["chief"])
    client.post(f"/admin/royalties/dong/{royalty(month, 'Tin thứ nhất').pk}/dieu-chinh/", {"coefficient": "2", "share": "1"})
    response = client.post(f"/admin/royalties/ky/{month.pk}/duyet/")
    assert response.status_code == 400 and "không được duyệt" in response.text
    month.refresh_from_db()
    assert not month.is_locked


def test_reopening_a_locked_month_needs_a_reason_and_is_logged(client, month, people):
    ledger.approve(month, people["chief"])
    client.force_login(people["chief"])
    response = client.post(f"/admin/royalties/ky/{month.pk}/mo-lai/", {"reason": ""})
    month.refresh_from_db()
    assert response.status_code == 400 and month.is_locked
    client.post(f"/admin/royalties/ky/{month.pk}/mo-lai/", {"reason": "Thiếu đồng tác giả"})
    month.refresh_from_db()
    assert not month.is_locked and month.reopen_reason == "Thiếu đồng tác giả"
    assert ModelLogEntry.objects.get(action=ledger.REOPENED).data["reason"] == "Thiếu đồng tác giả"


def test_a_component_site_approver_sees_adjusts_and_approves_only_its_own_ledger(client, month, thads_month, people):
    client.force_login(people["thads_approver"])
    assert client.get(f"/admin/royalties/ky/{month.pk}/").status_code == 404
    assert client.get(f"/admin/royalties/ky/{thads_month.pk}/").status_code == 200
    line = thads_month.lines.get(kind=RoyaltyLine.Kind.ROYALTY)
    client.post(f"/admin/royalties/dong/{line.pk}/dieu-chinh/", {"coefficient": "3", "share": "1"})
    line.refresh_from_db()
    assert line.coefficient == Decimal(3)
    client.post(f"/admin/royalties/ky/{thads_month.pk}/duyet/")
    thads_month.refresh_from_db()
    assert not thads_month.is_locked  # it adjusted a line: someone else approves
    client.force_login(people["thads_editor"])
    assert client.get("/admin/royalties/").status_code in (302, 403)
    assert client.get(f"/admin/royalties/ky/{thads_month.pk}/").status_code == 404


def test_payment_details_are_shown_and_logged_only_for_the_board_the_chief_editor_and_the_accountant(client, month, people):
    contributor = Contributor.objects.get(user=people["standing_editor"])
    contributor.tax_code, contributor.bank_account = "0100109106", "0011004455667"
    contributor.save()
    for role, shown in (("accountant", True), ("standing_approver", True), ("chief", True)):
        client.force_login(people[role])
        assert ("0011004455667" in client.get(f"/admin/royalties/nguoi-huong/{contributor.pk}/").text) is shown
        assert ModelLogEntry.objects.filter(action=VIEWED, user=people[role], object_id=str(contributor.pk)).exists()
    client.force_login(people["thads_approver"])
    response = client.get(f"/admin/royalties/nguoi-huong/{contributor.pk}/")
    assert response.status_code == 302 and "0011004455667" not in response.text
    assert not ModelLogEntry.objects.filter(action=VIEWED, user=people["thads_approver"]).exists()


def test_payment_details_are_encrypted_at_rest_and_opening_a_payee_in_the_register_is_logged(client, month, people):
    contributor = Contributor.objects.get(user=people["standing_editor"])
    contributor.bank_account = "0011004455667"
    contributor.save()
    with connection.cursor() as cursor:
        cursor.execute("SELECT bank_account FROM royalties_contributor WHERE id = %s", [contributor.pk])
        assert "0011004455667" not in cursor.fetchone()[0]
    client.force_login(people["accountant"])
    response = client.get(f"/admin/snippets/royalties/contributor/edit/{contributor.pk}/")
    assert response.status_code == 200 and "0011004455667" in response.text
    assert ModelLogEntry.objects.filter(action=VIEWED, user=people["accountant"], object_id=str(contributor.pk)).exists()
    client.force_login(people["thads_approver"])
    response = client.get(f"/admin/snippets/royalties/contributor/edit/{contributor.pk}/")
    assert "0011004455667" not in response.text


def test_the_list_of_months_shows_each_role_the_ledgers_it_may_see(client, month, thads_month, people):
    for role, sees_main in (("accountant", True), ("chief", True), ("standing_editor", True), ("thads_approver", False)):
        client.force_login(people[role])
        text = client.get("/admin/royalties/").text
        assert (f"/admin/royalties/ky/{month.pk}/" in text) is sees_main, role
        assert f"/admin/royalties/ky/{thads_month.pk}/" in text, role

"""What the ledger prints of a month (R-ROY-1 items 1, 4): a person's payment statement with the total in Vietnamese
words, a component site's own statements with the payment details masked, the unit's fund for the year against what
it uses, and the quarter and year statements that add up the locked months only. Every test starts from the same
month, built once for the module (tests/royalties/one_month/conftest.py)."""

import io
from decimal import Decimal

from openpyxl import load_workbook
from wagtail.models import ModelLogEntry

from defence.personal_data import VIEWED
from royalties import ledger
from royalties.models import Budget, Contributor, Period


def test_a_persons_statement_prints_their_lines_and_the_total_in_words_for_the_accountant(client, month, people):
    reporter = Contributor.objects.get(user=people["standing_editor"])
    reporter.citizen_id, reporter.bank_account = "001085004321", "0011004455667"
    reporter.save()
    client.force_login(people["accountant"])
    response = client.get(f"/admin/royalties/ky/{month.pk}/phieu/{reporter.pk}/")
    text = response.text
    assert response.status_code == 200 and "Bảng kê thanh toán nhuận bút, thù lao" in text
    assert "Tin thứ nhất" in text and "Nghiên cứu về hộ tịch" in text
    # 100,000 + 100,000 + 400,000 in royalties and three editing fees of 50,000
    assert "<strong>750.000</strong>" in text and "Bảy trăm năm mươi nghìn đồng" in text
    assert "0011004455667" in text and "Người nhận tiền" in text and "Thủ trưởng đơn vị" in text
    entry = ModelLogEntry.objects.get(action=VIEWED, user=people["accountant"], object_id=str(reporter.pk))
    assert entry.data == {"fields": "voucher"}
    assert "voucher.css" in text  # A4, no buttons on paper
    assert client.get(f"/admin/royalties/ky/{month.pk}/").text.count(f"/phieu/{reporter.pk}/") == 1


def test_a_component_sites_approver_prints_its_own_months_statements_with_the_payment_details_masked(client, month, thads_month, people):
    payee = thads_month.lines.first().contributor
    payee.bank_account = "1903456789012"
    payee.save()
    client.force_login(people["thads_approver"])
    response = client.get(f"/admin/royalties/ky/{thads_month.pk}/phieu/{payee.pk}/")
    assert response.status_code == 200 and "1903456789012" not in response.text and "••••••••••012" in response.text
    assert not ModelLogEntry.objects.filter(action=VIEWED, user=people["thads_approver"]).exists()
    reporter = Contributor.objects.get(user=people["standing_editor"])
    assert client.get(f"/admin/royalties/ky/{month.pk}/phieu/{reporter.pk}/").status_code == 404
    client.force_login(people["thads_editor"])
    assert client.get(f"/admin/royalties/ky/{thads_month.pk}/phieu/{payee.pk}/").status_code == 404


def test_the_month_shows_the_years_fund_and_warns_once_it_is_passed(client, month, people):
    year = month.month.year
    client.force_login(people["accountant"])
    data = {"portal_site": month.portal_site_id, "year": str(year), "amount": "800000", "source": "Kế hoạch tài chính"}
    client.post("/admin/snippets/royalties/budget/add/", data)
    assert not Budget.objects.exists()  # the Chief Editor enters the fund
    client.force_login(people["chief"])
    assert "chưa nhập" in client.get(f"/admin/royalties/ky/{month.pk}/").text
    data["amount"] = "1000000"
    client.post("/admin/snippets/royalties/budget/add/", data)
    budget = Budget.objects.get(portal_site=month.portal_site, year=year)
    text = client.get(f"/admin/royalties/ky/{month.pk}/").text
    assert "1000000" in text and "840000" in text and "Còn lại: 160000" in text and "Vượt quỹ" not in text
    budget.amount = Decimal(800_000)
    budget.save()
    assert "Vượt quỹ nhuận bút của năm" in client.get(f"/admin/royalties/ky/{month.pk}/").text
    assert "Vượt quỹ nhuận bút" in client.get("/admin/royalties/").text


def test_the_quarter_and_year_statements_add_up_the_locked_months_only(client, month, people, regime):
    ledger.approve(month, people["chief"])
    other = Period.objects.create(month=month.month.replace(month=2 if month.month.month == 1 else 1), portal_site=month.portal_site)
    reporter = Contributor.objects.get(user=people["standing_editor"])
    ledger.add_line(other, month.lines.first().page, reporter, genre=regime["news"])  # an open month: not counted
    site, year, quarter = month.portal_site_id, month.month.year, (month.month.month - 1) // 3 + 1
    client.force_login(people["accountant"])
    books = [f"/admin/royalties/bao-cao/{site}/{year}/quy-{quarter}.xlsx", f"/admin/royalties/bao-cao/{site}/{year}.xlsx"]
    for url in books:
        book = load_workbook(io.BytesIO(client.get(url).content))
        per_person = {row[0]: row[2] for row in book["Theo người"].iter_rows(min_row=2, values_only=True)}
        assert per_person[reporter.name] == 750_000
        units = {row[0]: row[1] for row in book["Theo đơn vị"].iter_rows(min_row=2, values_only=True)}
        assert units["Tổng cộng"] == 840_000
    months = list(book["Các tháng"].iter_rows(values_only=True))  # the year's
    assert (f"{month.month:%m/%Y}", "Đã duyệt, đã khoá", 840_000) in months
    assert (f"{other.month:%m/%Y}", "Chưa duyệt, không tính", None) in months
    book = load_workbook(io.BytesIO(client.get(f"/admin/royalties/bao-cao/{site}/{year}/quy-{quarter % 4 + 1}.xlsx").content))
    assert list(book["Theo đơn vị"].iter_rows(min_row=2, values_only=True)) == [("Tổng cộng", 0)]
    assert client.get(f"/admin/royalties/bao-cao/{site}/{year}/quy-5.xlsx").status_code == 404
    client.force_login(people["thads_approver"])
    assert client.get(f"/admin/royalties/bao-cao/{site}/{year}.xlsx").status_code == 404

"""Unit pages (issue 18, R-SITE-5): the breadcrumb from the home page, the unit's website by its name, and the staff
directory of each unit (name, position, phone, e-mail), entered in the admin, shown on the unit's page in Vietnamese
and English and reviewed yearly with the rest of the unit's information."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone
from wagtail.models import Locale, ModelLogEntry

from accounts import roles
from accounts.factories import UserFactory
from subsites.models import Unit, UnitDirectoryPage, UnitStaffMember

# Reads response.context: Django records the templates' contexts for this module (tests/conftest.py).
pytestmark = pytest.mark.usefixtures("template_contexts")


@pytest.fixture
def directory(main_site, thads_site):
    ministry = Unit.objects.create(name="Bộ Tư pháp", name_en="Ministry of Justice", slug="bo-tu-phap", last_reviewed=timezone.localdate())
    thads = Unit.objects.create(
        name="Cục Thi hành án dân sự",
        name_en="Department of Civil Judgment Enforcement",
        slug="cuc-thads",
        parent=ministry,
        portal_site=thads_site,
        last_reviewed=timezone.localdate() - datetime.timedelta(days=400),
    )
    office = Unit.objects.create(name="Văn phòng Cục", slug="van-phong-cuc", parent=thads, last_reviewed=timezone.localdate())
    UnitStaffMember.objects.create(
        unit=thads, sort_order=0, name="Hoàng Văn Khải", title="Cục trưởng", title_en="Director General",
        phone="(024) 6273 9966", email="hvkhai@moj.gov.vn",
    )  # fmt: skip
    UnitStaffMember.objects.create(unit=thads, sort_order=1, name="Ngô Thị Bích", title="Phó Cục trưởng", email="ntbich@moj.gov.vn")
    page = main_site.site.root_page.add_child(instance=UnitDirectoryPage(title="Cơ cấu tổ chức", slug="co-cau-to-chuc"))
    return page, ministry, thads, office


def soup(client, url, **headers):
    response = client.get(url, HTTP_HOST="localhost", **headers)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_the_breadcrumb_starts_at_the_home_page_and_runs_down_the_chart(client, directory):
    html = soup(client, "/co-cau-to-chuc/van-phong-cuc/")
    crumbs = html.select(".breadcrumbs li")
    assert [crumb.get_text(strip=True) for crumb in crumbs] == [
        "Trang chủ",
        "Cơ cấu tổ chức",
        "Bộ Tư pháp",
        "Cục Thi hành án dân sự",
        "Văn phòng Cục",
    ]
    assert crumbs[0].a["href"] == "/"
    assert crumbs[3].a["href"] == "/co-cau-to-chuc/cuc-thads/"
    assert crumbs[-1].select_one("[aria-current=page]") is not None and crumbs[-1].a is None


def test_the_unit_s_website_is_linked_by_the_site_s_name(client, directory, thads_site):
    html = soup(client, "/co-cau-to-chuc/cuc-thads/")
    link = html.find("a", href=f"{thads_site.site.root_url}/")
    assert link is not None and link.get_text(strip=True) == thads_site.name
    assert thads_site.site.hostname not in link.get_text()


def test_a_switched_off_site_is_not_linked(client, directory, thads_site):
    thads_site.is_active = False
    thads_site.save()
    html = soup(client, "/co-cau-to-chuc/cuc-thads/")
    assert html.find("a", href=f"{thads_site.site.root_url}/") is None


def test_the_unit_page_shows_its_staff_directory_in_order(client, directory):
    html = soup(client, "/co-cau-to-chuc/cuc-thads/")
    table = html.select_one("table.staff-table")
    assert table is not None
    assert table["aria-labelledby"] == html.find("h2", string="Danh bạ cán bộ")["id"]
    rows = [[cell.get_text(strip=True) for cell in row.find_all(["th", "td"])] for row in table.select("tbody tr")]
    assert rows == [
        ["Hoàng Văn Khải", "Cục trưởng", "(024) 6273 9966", "hvkhai@moj.gov.vn"],
        ["Ngô Thị Bích", "Phó Cục trưởng", "", "ntbich@moj.gov.vn"],
    ]
    assert table.find("a", href="tel:02462739966") is not None
    assert table.find("a", href="mailto:ntbich@moj.gov.vn") is not None
    assert "Danh bạ được rà soát cùng thông tin của đơn vị" in html.get_text()
    # A unit without a staff directory shows no empty table.
    assert soup(client, "/co-cau-to-chuc/bo-tu-phap/").select_one("table.staff-table") is None


def test_the_english_unit_page_shows_positions_in_english(client, directory):
    page, english = directory[0], Locale.objects.get(language_code="en")
    en_home = page.get_parent().specific.copy_for_translation(english)
    en_home.save_revision().publish()
    en_page = page.copy_for_translation(english)
    en_page.title, en_page.slug = "Organisation", "organisation"
    en_page.save_revision().publish()
    html = soup(client, "/en/organisation/cuc-thads/", HTTP_ACCEPT_LANGUAGE="en")
    assert html.find("h2", string="Staff directory") is not None
    cells = [cell.get_text(strip=True) for cell in html.select("table.staff-table tbody tr")[0].find_all(["th", "td"])]
    assert cells[:2] == ["Hoàng Văn Khải", "Director General"]
    # No English position entered: the Vietnamese one, never an empty cell.
    assert html.select("table.staff-table tbody tr")[1].find_all("td")[0].get_text(strip=True) == "Phó Cục trưởng"
    assert [crumb.get_text(strip=True) for crumb in html.select(".breadcrumbs li")][:2] == ["Home", "Organisation"]


def test_staff_entered_in_the_admin_appear_on_the_unit_page_and_in_the_audit_log(client, directory):
    _, ministry, _, _ = directory
    client.force_login(UserFactory(username="chief", groups=[roles.CHIEF_EDITOR]))
    form = {
        "name": ministry.name,
        "name_en": ministry.name_en,
        "slug": ministry.slug,
        "sort_order": "0",
        "last_reviewed": timezone.localdate().isoformat(),
        "leaders-TOTAL_FORMS": "0",
        "leaders-INITIAL_FORMS": "0",
        "leaders-MIN_NUM_FORMS": "0",
        "leaders-MAX_NUM_FORMS": "1000",
        "staff-TOTAL_FORMS": "1",
        "staff-INITIAL_FORMS": "0",
        "staff-MIN_NUM_FORMS": "0",
        "staff-MAX_NUM_FORMS": "1000",
        "staff-0-name": "Trần Văn Minh",
        "staff-0-title": "Chuyên viên",
        "staff-0-title_en": "Officer",
        "staff-0-phone": "(024) 6273 9999",
        "staff-0-email": "tvminh@moj.gov.vn",
        "staff-0-ORDER": "1",
        "staff-0-id": "",
        "staff-0-DELETE": "",
    }
    response = client.post(f"/admin/snippets/subsites/unit/edit/{ministry.pk}/", form)
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    assert list(ministry.staff.values_list("name", "email")) == [("Trần Văn Minh", "tvminh@moj.gov.vn")]
    client.logout()
    assert "Trần Văn Minh" in soup(client, "/co-cau-to-chuc/bo-tu-phap/").select_one("table.staff-table").get_text()
    assert ModelLogEntry.objects.filter(object_id=str(ministry.pk), action="wagtail.edit").exists()


def test_a_bad_e_mail_in_the_staff_directory_is_refused_on_its_field(client, directory):
    _, ministry, _, _ = directory
    client.force_login(UserFactory(username="chief", groups=[roles.CHIEF_EDITOR]))
    response = client.post(
        f"/admin/snippets/subsites/unit/edit/{ministry.pk}/",
        {
            "name": ministry.name,
            "slug": ministry.slug,
            "sort_order": "0",
            "leaders-TOTAL_FORMS": "0",
            "leaders-INITIAL_FORMS": "0",
            "staff-TOTAL_FORMS": "1",
            "staff-INITIAL_FORMS": "0",
            "staff-0-name": "Trần Văn Minh",
            "staff-0-title": "Chuyên viên",
            "staff-0-email": "khong-phai-thu",
            "staff-0-ORDER": "1",
        },
    )
    assert response.status_code == 200
    assert "khong-phai-thu" in response.text  # what was typed is kept
    assert not ministry.staff.exists()


def test_the_review_report_counts_each_unit_s_staff_directory(client, directory):
    client.force_login(UserFactory(username="chief", groups=[roles.CHIEF_EDITOR]))
    html = client.get("/admin/reports/units-due-for-review/").text
    assert "Danh bạ cán bộ (số người)" in html
    export = client.get("/admin/reports/units-due-for-review/", {"export": "csv"}).getvalue().decode()
    header, *rows = export.splitlines()
    assert "Danh bạ cán bộ (số người)" in header
    thads_row = next(row for row in rows if "Cục Thi hành án dân sự" in row)
    assert ",2," in thads_row

"""The unit directory (R-SITE-5): organisation chart, a page per unit with leaders and contacts, yearly review."""

import datetime

import pytest
from django.utils import timezone

from accounts import roles
from accounts.factories import UserFactory
from subsites.models import Unit, UnitDirectoryPage, UnitLeader


@pytest.fixture
def directory(main_site):
    ministry = Unit.objects.create(name="Bộ Tư pháp", name_en="Ministry of Justice", slug="bo-tu-phap", last_reviewed=timezone.localdate())
    thads = Unit.objects.create(
        name="Cục Thi hành án dân sự",
        name_en="Department of Civil Judgment Enforcement",
        slug="cuc-thads",
        parent=ministry,
        phone="(024) 6273 9966",
        email="thads@moj.gov.vn",
        functions="<p>Quản lý nhà nước về thi hành án dân sự.</p>",
        last_reviewed=timezone.localdate() - datetime.timedelta(days=400),
    )
    UnitLeader.objects.create(unit=thads, name="Hoàng Văn Khải", title="Cục trưởng", title_en="Director General")
    Unit.objects.create(name="Cục Hộ tịch, quốc tịch, chứng thực", slug="cuc-ho-tich", parent=ministry)
    page = main_site.site.root_page.add_child(instance=UnitDirectoryPage(title="Cơ cấu tổ chức", slug="co-cau-to-chuc"))
    return page, ministry, thads


def test_chart_shows_the_hierarchy_and_links_each_unit(client, directory):
    html = client.get("/co-cau-to-chuc/", HTTP_HOST="localhost").text
    assert html.index("Bộ Tư pháp</a>") < html.index("Cục Thi hành án dân sự</a>")
    assert 'href="/co-cau-to-chuc/cuc-thads/"' in html


def test_unit_page_shows_functions_leaders_and_contacts(client, directory):
    html = client.get("/co-cau-to-chuc/cuc-thads/", HTTP_HOST="localhost").text
    for text in ("Cục Thi hành án dân sự", "Quản lý nhà nước về thi hành án dân sự", "Hoàng Văn Khải", "Cục trưởng", "thads@moj.gov.vn"):
        assert text in html
    assert client.get("/co-cau-to-chuc/khong-co/", HTTP_HOST="localhost").status_code == 404


def test_units_not_reviewed_for_a_year_are_reported(client, directory):
    client.force_login(UserFactory(username="chief", groups=[roles.CHIEF_EDITOR]))
    html = client.get("/admin/reports/units-due-for-review/").text
    assert "Cục Thi hành án dân sự" in html  # reviewed 400 days ago
    assert "Cục Hộ tịch, quốc tịch, chứng thực" in html  # never reviewed
    assert "Bộ Tư pháp</a>" not in html  # reviewed today
    export = client.get("/admin/reports/units-due-for-review/", {"export": "csv"})
    assert export["Content-Type"].startswith("text/csv")
    assert "Cục Thi hành án dân sự" in export.getvalue().decode()


def test_a_unit_cannot_be_placed_under_itself(directory):
    from django.core.exceptions import ValidationError

    _, ministry, thads = directory
    ministry.parent = thads
    with pytest.raises(ValidationError):
        ministry.full_clean()


def test_site_editors_cannot_open_the_review_report(client, directory, thads_site):
    client.force_login(UserFactory(username="bt", groups=[thads_site.editors_group]))
    assert client.get("/admin/reports/units-due-for-review/").status_code in (302, 403)

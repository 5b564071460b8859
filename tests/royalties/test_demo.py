"""The demo ships an example regime, labelled as such, and a month of lines waiting for the Chief Editor (issue 19)."""

import pytest

from royalties.models import Budget, CoefficientValue, Genre, ItemContributor, Period, RoyaltyLine


@pytest.mark.django_db
def test_the_demo_has_an_example_regime_and_a_month_of_lines(client, demo_portal, settings):
    assert Genre.objects.filter(name="Phóng sự ảnh").exists() and Genre.objects.count() >= 8
    assert "VÍ DỤ" in CoefficientValue.objects.get().source
    main = Period.objects.filter(portal_site__is_main_portal=True, state=Period.State.OPEN).first()
    assert main is not None and main.lines.filter(kind=RoyaltyLine.Kind.ROYALTY).exists()
    assert RoyaltyLine.objects.filter(state=RoyaltyLine.State.ADJUSTED).exists()
    assert Period.objects.filter(portal_site__slug="thads").exists()
    assert Budget.objects.filter(portal_site=main.portal_site, year=main.month.year).exists()
    assert ItemContributor.objects.filter(contributor__is_staff_member=False).exists()  # outside authors named on items
    client.login(username="accountant", password=settings.DEMO_PASSWORD)
    response = client.get(f"/admin/royalties/ky/{main.pk}/", HTTP_HOST="localhost")
    assert response.status_code == 200 and "Tải bảng kê" in response.text and "Quỹ nhuận bút năm" in response.text

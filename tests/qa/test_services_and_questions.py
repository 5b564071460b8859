"""The online services catalogue (R-SITE-4) and the published Q&A (R-CONT-5): filters, and no personal data."""

import datetime

import pytest

from home.factories import SubjectAreaFactory
from qa.models import QuestionIndexPage, QuestionPage
from subsites.models import OnlineService, ServiceCatalogPage, Unit


@pytest.fixture
def catalogue(main_site):
    civil_status = Unit.objects.create(name="Cục Hộ tịch, quốc tịch, chứng thực", slug="cuc-ho-tich")
    enforcement = Unit.objects.create(name="Cục Thi hành án dân sự", slug="cuc-thads")
    for name, unit, level in [
        ("Đăng ký khai sinh", civil_status, "full"),
        ("Đăng ký kết hôn có yếu tố nước ngoài", civil_status, "partial"),
        ("Yêu cầu thi hành án dân sự", enforcement, "partial"),
    ]:
        OnlineService.objects.create(name=name, unit=unit, level=level, url="https://dichvucong.gov.vn")
    page = main_site.site.root_page.add_child(instance=ServiceCatalogPage(title="Dịch vụ công trực tuyến", slug="dich-vu-cong"))
    return page


def service_names(client, page, **params):
    html = client.get(page.url, params, HTTP_HOST="localhost").text
    return {name for name in ("Đăng ký khai sinh", "Đăng ký kết hôn có yếu tố nước ngoài", "Yêu cầu thi hành án dân sự") if name in html}


def test_catalogue_filters_by_unit_level_and_words_without_diacritics(client, catalogue):
    assert len(service_names(client, catalogue)) == 3
    assert service_names(client, catalogue, don_vi="cuc-thads") == {"Yêu cầu thi hành án dân sự"}
    assert service_names(client, catalogue, muc_do="full") == {"Đăng ký khai sinh"}
    assert service_names(client, catalogue, q="dang ky") == {"Đăng ký khai sinh", "Đăng ký kết hôn có yếu tố nước ngoài"}


def test_questions_are_listed_by_field_and_show_only_the_askers_display_name(client, main_site):
    index = main_site.site.root_page.add_child(instance=QuestionIndexPage(title="Hỏi đáp pháp luật", slug="hoi-dap"))
    civil, aid = SubjectAreaFactory(name="Hộ tịch", slug="ho-tich"), SubjectAreaFactory(name="Trợ giúp pháp lý", slug="tro-giup")
    for title, area in [("Làm lại giấy khai sinh ở đâu?", civil), ("Ai được trợ giúp pháp lý?", aid)]:
        index.add_child(
            instance=QuestionPage(
                title=title,
                slug=title[:10].lower().replace(" ", "-"),
                question="Câu hỏi.",
                asker_display_name="Bạn đọc N. V. A., Hà Nội",
                subject_area=area,
                answer="<p>Trả lời.</p>",
                asked_on=datetime.date(2026, 11, 1),
                answered_on=datetime.date(2026, 11, 5),
            )
        )
    html = client.get(index.url, {"linh_vuc": "ho-tich"}, HTTP_HOST="localhost").text
    assert "Làm lại giấy khai sinh ở đâu?" in html and "Ai được trợ giúp pháp lý?" not in html
    page = QuestionPage.objects.get(title="Làm lại giấy khai sinh ở đâu?")
    assert "Bạn đọc N. V. A., Hà Nội" in client.get(page.url, HTTP_HOST="localhost").text
    personal_fields = {"phone", "email", "address", "citizen_id", "tax_code"}
    assert not personal_fields & {field.name for field in QuestionPage._meta.get_fields()}

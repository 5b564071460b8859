"""Bad input from anyone answers with a clear message, never a server error (issue 12): each case below returned
a 500 when a probe of the demo tried it. The whole class is fuzzed by tests/fuzz/."""

import pytest
from django.test import Client
from wagtail.models import Locale

from home.factories import SectionPageFactory
from qa.models import QuestionIndexPage
from subsites.provisioning import provision_site
from tests import platforms

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def portal(common_sites, django_db_blocker):
    """Two sites, a section and the Q&A, built once for the module on the common sites and rolled back after it."""
    with platforms.built_once("sites", django_db_blocker):
        Locale.objects.get_or_create(language_code="en")
        main_site = provision_site("moj", "Bộ Tư pháp", main=True, port=80)
        provision_site("thads", "Cục Thi hành án dân sự", port=80)
        root = main_site.site.root_page
        SectionPageFactory(parent=root, title="Tin tức", slug="tin-tuc")
        root.add_child(instance=QuestionIndexPage(title="Hỏi đáp pháp luật", slug="hoi-dap"))
        yield main_site


@pytest.fixture
def anonymous():
    return Client(raise_request_exception=False, HTTP_HOST="localhost")


@pytest.mark.parametrize("path", ["/abc%00def/", "/tin-tuc/%00/", "/en/x%00/", "/hoi-dap/?linh_vuc=%00", "/tim-kiem/?q=%00x"])
def test_a_nul_character_in_the_address_is_a_bad_request_with_a_vietnamese_page(portal, anonymous, path):
    response = anonymous.get(path)
    assert response.status_code == 400
    assert "Địa chỉ không hợp lệ" in response.text


def test_a_cookie_with_a_nul_character_is_ignored(portal, anonymous):
    # RFC 2109 quoting: Django's cookie parser turns the escape \000 into a NUL character.
    assert anonymous.get("/tin-tuc/", HTTP_COOKIE='sessionid="abcdefgh\\000"').status_code == 200


@pytest.mark.parametrize("name", ["x" * 300, "a" + "\u0301" * 200])
def test_a_media_file_name_longer_than_the_file_system_allows_is_not_found(portal, anonymous, name):
    assert anonymous.get(f"/media/{name}").status_code == 404  # development and tests serve /media/ themselves


def test_a_search_date_beyond_what_a_calendar_holds_is_ignored_with_a_notice(portal, anonymous):
    for dates in ({"den_ngay": "9999-12-31"}, {"tu_ngay": "0001-01-01"}, {"tu_ngay": "9999-12-31", "den_ngay": "0001-01-01"}):
        response = anonymous.get("/tim-kiem/", {"q": "x", **dates})
        assert response.status_code == 200
        assert "Một số điều kiện lọc không hợp lệ nên đã được bỏ qua" in response.text


@pytest.mark.parametrize(
    "path",
    [
        "/api/v2/pages/?site=unknown.example",
        "/api/v2/pages/?site=localhost:abc",
        "/api/v2/pages/?site=localhost:99999999999999999999",
        "/api/v2/images/?site=unknown.example",
        "/api/v2/documents/?site=localhost:abc",
        "/api/v2/pages/?search=x&search_operator=xx",
        "/api/v2/pages/?offset=99999999999999999999",
        "/api/v2/pages/?limit=5&offset=9223372036854775807",
        "/api/v2/pages/?child_of=99999999999999999999",
        "/api/v2/pages/?first_published_at=2026",
        "/api/v2/pages/?type=news.ArticlePage&date=9999-99-99",
        "/api/v2/pages/?search=%00",
        "/api/v2/pages/find/?html_path=%00",
        "/api/v2/pages/find/?id=abc",
        "/api/v2/images/find/?id=99999999999999999999",
        "/api/v2/pages/99999999999999999999/",
    ],
)
def test_api_answers_bad_parameters_with_400_and_a_json_message(portal, anonymous, path):
    response = anonymous.get(path)
    assert response.status_code in (400, 404), response.content[:300]
    assert response["Content-Type"] == "application/json"
    assert response.json()["message"]


def test_api_still_filters_by_a_known_site_with_or_without_its_port(portal, anonymous):
    for site in ("thads.localhost", "thads.localhost:80"):
        titles = {item["title"] for item in anonymous.get("/api/v2/pages/", {"site": site}).json()["items"]}
        assert titles == {"Cục Thi hành án dân sự"}

"""The public Q&A listing (R-CONT-5): filters by field, answering unit, year and words (diacritics aside), bad
filter values answered without an error page, RSS and Atom feeds per field, related questions on an answer."""

import datetime

import pytest

from home.models import SubjectArea
from qa.models import QuestionIndexPage, QuestionPage
from subsites.models import Unit

TITLES = ["Thời hiệu yêu cầu thi hành án", "Đăng ký khai sinh muộn", "Hoãn thi hành án khi đang khiếu nại"]


@pytest.fixture
def listing(main_site):
    index = main_site.site.root_page.add_child(instance=QuestionIndexPage(title="Hỏi đáp pháp luật", slug="hoi-dap"))
    enforcement = SubjectArea.objects.create(name="Thi hành án dân sự", slug="thi-hanh-an-dan-su")
    civil = SubjectArea.objects.create(name="Hộ tịch", slug="ho-tich")
    thads = Unit.objects.create(name="Cục Quản lý thi hành án dân sự", slug="cuc-thads")
    civil_unit = Unit.objects.create(name="Cục Hộ tịch, quốc tịch, chứng thực", slug="cuc-ho-tich")
    for number, (title, area, unit, year) in enumerate(
        [(TITLES[0], enforcement, thads, 2025), (TITLES[1], civil, civil_unit, 2026), (TITLES[2], enforcement, thads, 2026)]
    ):
        index.add_child(
            instance=QuestionPage(
                title=title,
                slug=f"cau-hoi-{number}",
                question=f"{title}?",
                asker_display_name="N.V.A., Hà Nội",
                subject_area=area,
                answering_unit=unit,
                answer="<p>Theo Luật Thi hành án dân sự năm 2008.</p>",
                asked_on=datetime.date(year, 3, 1),
                answered_on=datetime.date(year, 3, 5),
            )
        )
    return index


def shown(client, params=None) -> set[str]:
    response = client.get("/hoi-dap/", params or {}, HTTP_HOST="localhost")
    assert response.status_code == 200
    return {title for title in TITLES if title in response.text}


def test_the_listing_filters_by_field_unit_year_and_words_without_diacritics(client, listing):
    assert shown(client) == set(TITLES)
    assert shown(client, {"linh_vuc": "ho-tich"}) == {TITLES[1]}
    assert shown(client, {"don_vi": "cuc-thads"}) == {TITLES[0], TITLES[2]}
    assert shown(client, {"nam": "2026"}) == {TITLES[1], TITLES[2]}
    assert shown(client, {"q": "hoan thi hanh"}) == {TITLES[2]}
    assert shown(client, {"q": "KHAI SINH"}) == {TITLES[1]}
    assert shown(client, {"don_vi": "cuc-thads", "nam": "2025"}) == {TITLES[0]}


def test_the_listing_shows_the_unit_and_the_date_and_the_filters_are_labelled(client, listing):
    html = client.get("/hoi-dap/", HTTP_HOST="localhost").text
    assert "Cục Quản lý thi hành án dân sự" in html and "05/03/2026" in html
    for label in ("Từ khoá", "Lĩnh vực", "Đơn vị trả lời", "Năm trả lời"):
        assert f">{label}</label>" in html


@pytest.mark.parametrize("params", [{"nam": "1900"}, {"nam": "abc"}, {"don_vi": "khong-co"}, {"linh_vuc": "<script>"}, {"q": "x" * 500}])
def test_bad_filter_values_get_a_message_not_an_error_page(client, listing, params):
    response = client.get("/hoi-dap/", params, HTTP_HOST="localhost")
    assert response.status_code == 200 and "form-field__error" in response.text and "<script>" not in response.text


def test_each_field_has_its_rss_and_atom_feed(client, listing):
    rss = client.get("/hoi-dap/linh-vuc/thi-hanh-an-dan-su/rss/", HTTP_HOST="localhost")
    assert rss.status_code == 200 and rss["Content-Type"].startswith("application/rss+xml")
    body = rss.content.decode()
    assert TITLES[0] in body and TITLES[2] in body and TITLES[1] not in body and "Thi hành án dân sự" in body
    atom = client.get("/hoi-dap/linh-vuc/ho-tich/atom/", HTTP_HOST="localhost")
    assert atom.status_code == 200 and TITLES[1] in atom.content.decode() and TITLES[0] not in atom.content.decode()
    assert client.get("/hoi-dap/linh-vuc/khong-co/rss/", HTTP_HOST="localhost").status_code == 404
    assert TITLES[1] in client.get("/hoi-dap/rss/", HTTP_HOST="localhost").content.decode()  # the whole listing
    html = client.get("/hoi-dap/", {"linh_vuc": "ho-tich"}, HTTP_HOST="localhost").text
    assert 'href="/hoi-dap/linh-vuc/ho-tich/rss/"' in html and 'rel="alternate"' in html


def test_an_answer_shows_related_questions_of_its_field(client, listing):
    page = QuestionPage.objects.get(title=TITLES[0])
    html = client.get(page.url, HTTP_HOST="localhost").text
    assert "Câu hỏi liên quan" in html and TITLES[2] in html and TITLES[1] not in html

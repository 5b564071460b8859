"""Legal documents (issue 18): relations shown both ways on the document page, a keyword box in the listing, and a
document found by search shows its issuing body, not the site's name."""

import datetime

import pytest

from documents.factories import LegalDocumentIndexPageFactory, LegalDocumentPageFactory
from documents.models import LegalDocumentRelation


@pytest.fixture
def register(main_site):
    index = LegalDocumentIndexPageFactory(parent=main_site.site.root_page, title="Văn bản", slug="van-ban")
    old = LegalDocumentPageFactory(
        parent=index,
        title="Nghị định về hộ tịch",
        slug="nd-123",
        number="123/2015/NĐ-CP",
        summary="Quy định chi tiết Luật Hộ tịch",
        issue_date=datetime.date(2015, 11, 15),
    )
    new = LegalDocumentPageFactory(
        parent=index,
        title="Nghị định sửa đổi về hộ tịch",
        slug="nd-87",
        number="87/2020/NĐ-CP",
        summary="Sửa đổi Nghị định 123",
        issue_date=datetime.date(2020, 7, 28),
    )
    circular = LegalDocumentPageFactory(
        parent=index,
        title="Thông tư hướng dẫn",
        slug="tt-04",
        number="04/2020/TT-BTP",
        summary="Hướng dẫn đăng ký khai sinh",
        issuing_body="Bộ Tư pháp",
        issue_date=datetime.date(2020, 5, 28),
    )
    LegalDocumentRelation.objects.create(page=new, kind="amends", target=old)
    LegalDocumentRelation.objects.create(page=circular, kind="guides", target=old)
    return {"index": index, "old": old, "new": new, "circular": circular}


def relations_of(client, page):
    html = client.get(page.url, HTTP_HOST="localhost").text
    assert "document-relations" in html
    return html.split('class="document-relations"', 1)[1].split("</dl>", 1)[0]


def test_relations_are_shown_both_ways(client, register):
    old = relations_of(client, register["old"])
    assert "Được sửa đổi, bổ sung bởi" in old and 'href="/van-ban/nd-87/"' in old and "87/2020/NĐ-CP" in old
    assert "Được hướng dẫn bởi" in old and 'href="/van-ban/tt-04/"' in old and "04/2020/TT-BTP" in old
    new = relations_of(client, register["new"])
    assert "Sửa đổi, bổ sung" in new and "Được" not in new and "123/2015/NĐ-CP" in new
    assert "Hướng dẫn" in relations_of(client, register["circular"])


def test_a_relation_to_a_document_not_live_is_not_shown(client, register):
    register["new"].unpublish()
    old = relations_of(client, register["old"])
    assert "87/2020" not in old and "Được sửa đổi" not in old and "04/2020/TT-BTP" in old


@pytest.mark.parametrize(
    ("words", "found", "not_found"),
    [
        ("khai sinh", ["04/2020/TT-BTP"], ["123/2015", "87/2020"]),
        ("87/2020", ["87/2020/NĐ-CP"], ["04/2020", "123/2015"]),
        ("", ["123/2015", "87/2020", "04/2020"], []),
    ],
)
def test_the_listing_has_a_keyword_box(client, register, words, found, not_found):
    html = client.get("/van-ban/", {"tu_khoa": words}, HTTP_HOST="localhost").text
    assert 'name="tu_khoa"' in html and f'value="{words}"' in html if words else 'name="tu_khoa"' in html
    table = html.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    for number in found:
        assert number in table
    for number in not_found:
        assert number not in table


def test_search_shows_a_document_s_issuing_body_not_the_site(client, register):
    html = client.get("/tim-kiem/", {"q": "khai sinh"}, HTTP_HOST="localhost").text
    hit = html.split("04/2020/TT-BTP", 1)[0].rsplit("search-result", 1)[1] + html.split("04/2020/TT-BTP", 1)[1].split("</li>", 1)[0]
    assert '<span class="search-result__site">Bộ Tư pháp</span>' in html
    assert "Cổng thông tin" not in hit

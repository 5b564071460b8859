"""Legal documents (R-CONT-2): filters, sorting, one number per issuing body, files with size and SHA-256."""

import datetime
import hashlib

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from accounts.factories import UserFactory
from documents.factories import LegalDocumentIndexPageFactory, LegalDocumentPageFactory
from documents.models import LegalDocumentAttachment
from home.factories import SubjectAreaFactory


@pytest.fixture
def listing(main_site):
    index = LegalDocumentIndexPageFactory(parent=main_site.site.root_page, slug="van-ban")
    it = SubjectAreaFactory(name="Công nghệ thông tin", slug="cntt")
    rows = [
        ("42/2022/NĐ-CP", "nghi-dinh", "Chính phủ", datetime.date(2022, 6, 24), "in-force", [it]),
        ("98/2022/NĐ-CP", "nghi-dinh", "Chính phủ", datetime.date(2022, 11, 29), "partly-expired", []),
        ("1319/QĐ-BTP", "quyet-dinh", "Bộ Tư pháp", datetime.date(2024, 7, 12), "in-force", [it]),
        ("67/2006/QH11", "luat", "Quốc hội", datetime.date(2006, 6, 29), "partly-expired", []),
    ]
    for number, kind, body, issued, validity, areas in rows:
        page = LegalDocumentPageFactory(
            parent=index, number=number, document_type=kind, issuing_body=body, issue_date=issued, validity=validity
        )
        page.subject_areas.set(areas)
        page.save_revision().publish()
    return index


def numbers(client, index, **params):
    html = client.get(index.url, params, HTTP_HOST="localhost").text
    found = [number for number in ("42/2022/NĐ-CP", "98/2022/NĐ-CP", "1319/QĐ-BTP", "67/2006/QH11") if f">{number}</a>" in html]
    return sorted(found, key=html.index)


def test_listing_is_newest_first_and_filters_combine(client, listing):
    assert numbers(client, listing) == ["1319/QĐ-BTP", "98/2022/NĐ-CP", "42/2022/NĐ-CP", "67/2006/QH11"]
    assert numbers(client, listing, loai="nghi-dinh") == ["98/2022/NĐ-CP", "42/2022/NĐ-CP"]
    assert numbers(client, listing, loai="nghi-dinh", hieu_luc="in-force") == ["42/2022/NĐ-CP"]
    assert numbers(client, listing, co_quan="Quốc hội") == ["67/2006/QH11"]
    assert numbers(client, listing, nam=2022) == ["98/2022/NĐ-CP", "42/2022/NĐ-CP"]
    assert numbers(client, listing, linh_vuc="cntt") == ["1319/QĐ-BTP", "42/2022/NĐ-CP"]
    assert numbers(client, listing, sap_xep="cu-nhat") == ["67/2006/QH11", "42/2022/NĐ-CP", "98/2022/NĐ-CP", "1319/QĐ-BTP"]


def test_unknown_filter_values_show_everything_rather_than_an_error(client, listing):
    response = client.get(listing.url, {"nam": "abc", "loai": "khong-co"}, HTTP_HOST="localhost")
    assert response.status_code == 200
    assert "4 văn bản" in response.text


def test_a_number_is_unique_per_issuing_body_with_a_clear_error_and_nothing_lost(client, listing):
    client.force_login(UserFactory(superuser=True))
    data = {
        "title": "Nghị định trùng số",
        "slug": "nghi-dinh-trung-so",
        "number": "42/2022/NĐ-CP",
        "document_type": "nghi-dinh",
        "issuing_body": "Chính phủ",
        "issue_date": "2022-06-24",
        "validity": "in-force",
        "summary": "Bản tóm tắt đã gõ.",
        "attachments": inline_formset([]),
        "relations": inline_formset([]),
    }
    response = client.post(f"/admin/pages/add/documents/legaldocumentpage/{listing.pk}/", nested_form_data(data))
    assert response.status_code == 200
    assert "Chính phủ đã có văn bản số 42/2022/NĐ-CP" in response.text
    assert "Bản tóm tắt đã gõ." in response.text
    data["issuing_body"] = "Bộ Tư pháp"  # the same number from another body is another document
    assert client.post(f"/admin/pages/add/documents/legaldocumentpage/{listing.pk}/", nested_form_data(data)).status_code == 302


def test_attachment_shows_its_size_and_sha256(client, listing):
    page = listing.get_children().first().specific
    content = b"%PDF-1.4 toan van nghi dinh"
    document = get_document_model().objects.create(title="Toàn văn", file=ContentFile(content, name="nd.pdf"))
    LegalDocumentAttachment.objects.create(page=page, document=document)
    html = client.get(page.url, HTTP_HOST="localhost").text
    assert hashlib.sha256(content).hexdigest() in html
    assert "(PDF, 27" in html

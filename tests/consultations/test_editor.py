"""Adding a draft in the page editor (issue 15): the DOCX read into its structure when the page is saved, a file that
is not a draft refused beside its own field with a message in Vietnamese (never a server error), the comment period
at least CONSULTATION_MIN_DAYS long."""

import io
import zipfile

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from accounts.factories import UserFactory
from consultations.models import DraftPage
from demo.consultation_samples import VERSIONS, docx_bytes, sample_docx


def document(name: str, content: bytes):
    return get_document_model().objects.create(title=name, file=ContentFile(content, name=name))


def zipped(files: dict) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def add_draft(client, index, docx=None, pasted_text="", opens="2026-12-01 08:00", closes="2027-02-01 17:00"):
    data = {
        "title": "Dự thảo Nghị định trợ giúp pháp lý",
        "slug": "du-thao-nghi-dinh-tro-giup-phap-ly",
        "document_type": "nghi-dinh",
        "summary": "Quy định chi tiết Luật Trợ giúp pháp lý.",
        "opens_at": opens,
        "closes_at": closes,
        "versions": inline_formset(
            [{"label": "Dự thảo lần 1", "posted_on": "2026-12-01", "docx": docx.pk if docx else "", "pasted_text": pasted_text}]
        ),
        "dossier": inline_formset([]),
    }
    return client.post(f"/admin/pages/add/consultations/draftpage/{index.pk}/", nested_form_data(data))


@pytest.fixture
def editor(client, main_site, consultation_index):
    client.force_login(UserFactory(username="standing_editor", groups=[main_site.editors_group]))
    return client


def test_a_docx_is_read_into_its_structure_when_the_page_is_saved(editor, consultation_index):
    response = add_draft(editor, consultation_index, docx=document("du-thao.docx", sample_docx(VERSIONS[0])))
    assert response.status_code == 302
    draft = DraftPage.objects.get(slug="du-thao-nghi-dinh-tro-giup-phap-ly")
    version = draft.get_latest_revision_as_object().versions.first()
    assert "dieu-5-khoan-2-diem-a" in version.anchors() and len(version.toc()) > 34


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("ngau-nhien.docx", b"\x00\x01 not a document at all" * 40, "không phải là tài liệu Word .docx hợp lệ"),
        ("nen.docx", zipped({"ghi-chu.txt": b"not a document"}), "không phải là tài liệu Word .docx hợp lệ"),
        ("bao-cao.docx", docx_bytes("BÁO CÁO\nKhông có điều khoản nào."), "Không tìm thấy Điều nào"),
        ("du-thao.pdf", b"%PDF-1.4 not a docx", "Tệp dự thảo phải là tệp Word .docx"),
    ],
)
def test_a_file_that_is_not_a_draft_gets_a_message_beside_its_field(editor, consultation_index, name, content, message):
    response = add_draft(editor, consultation_index, docx=document(name, content))
    assert response.status_code == 200  # the editor again, with the message
    assert message in response.text
    assert not DraftPage.objects.exists()


def test_pasted_text_without_articles_and_no_text_at_all_are_refused(editor, consultation_index):
    assert "Không tìm thấy Điều nào" in add_draft(editor, consultation_index, pasted_text="Chỉ là một đoạn văn.").text
    assert "Hãy chọn tệp dự thảo .docx hoặc dán toàn văn dự thảo." in add_draft(editor, consultation_index).text
    assert not DraftPage.objects.exists()


def test_the_comment_period_is_at_least_the_minimum(editor, consultation_index, settings):
    settings.CONSULTATION_MIN_DAYS = 60
    response = add_draft(editor, consultation_index, pasted_text="Điều 1. Phạm vi\nNội dung.", closes="2026-12-20 17:00")
    assert "Thời gian lấy ý kiến tối thiểu là 60 ngày" in response.text
    response = add_draft(editor, consultation_index, pasted_text="Điều 1. Phạm vi\nNội dung.", closes="2026-11-20 17:00")
    assert "Thời điểm kết thúc phải sau thời điểm bắt đầu" in response.text
    assert not DraftPage.objects.exists()

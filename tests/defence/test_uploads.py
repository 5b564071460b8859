"""Upload checks (R-OPS-5): size limits, pixel bombs and content that matches the extension, refused with a Vietnamese
message through the admin's upload screens (never a 500); uploaded files never run in the portal's origin."""

import io
import struct
import zipfile
import zlib

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PillowImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

# Reads response.context: Django records the templates' contexts for this module (tests/conftest.py).
pytestmark = pytest.mark.usefixtures("template_contexts")

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1024
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def office_file(main_part: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(main_part, "<document/>")
    return buffer.getvalue()


def png(width=8, height=8) -> bytes:
    buffer = io.BytesIO()
    PillowImage.new("RGB", (width, height), "red").save(buffer, "PNG")
    return buffer.getvalue()


def png_header(width: int, height: int) -> bytes:
    """A PNG that declares its size and holds almost nothing: a decompression bomb's first bytes."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(b"IEND", b"")


@pytest.fixture
def editor(client, portal, django_user_model):
    user = django_user_model.objects.create_user("thads_bien_tap", password="x")
    user.groups.add(portal.thads.editors_group)
    client.force_login(user)
    return portal.thads


def upload_document(client, site, name, content):
    return client.post(
        "/admin/documents/add/", {"title": name, "collection": site.collection.pk, "file": SimpleUploadedFile(name, content)}
    )


def upload_image(client, site, name, content):
    """Through the multiple uploader, the screen editors use most; it answers in JSON."""
    response = client.post("/admin/images/multiple/add/", {"collection": site.collection.pk, "files[]": SimpleUploadedFile(name, content)})
    assert response.status_code == 200
    return response.json()


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("quyet-dinh.pdf", PDF),
        ("bao-cao.docx", office_file("word/document.xml")),
        ("so-lieu.xlsx", office_file("xl/workbook.xml")),
        ("trinh-chieu.pptx", office_file("ppt/presentation.xml")),
        ("cong-van.doc", OLE2),
        ("ho-so.zip", office_file("ho-so/a.txt")),
        ("ghi-chu.txt", "Ghi chú về văn bản.".encode()),
    ],
)
def test_a_site_editor_uploads_documents_whose_content_matches_their_extension(client, editor, name, content):
    assert upload_document(client, editor, name, content).status_code == 302
    assert get_document_model().objects.filter(title=name, collection=editor.collection).exists()


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("quyet-dinh.pdf", b"<html><script>alert(document.cookie)</script></html>"),
        ("bao-cao.docx", PDF),
        ("so-lieu.xlsx", office_file("word/document.xml")),
        ("cong-van.doc", b"MZ\x90\x00" + b"\x00" * 600),
        ("ho-so.zip", PDF),
        ("ghi-chu.txt", office_file("word/document.xml")),
    ],
)
def test_a_document_whose_content_does_not_match_its_extension_is_refused(client, editor, name, content):
    response = upload_document(client, editor, name, content)
    assert response.status_code == 200
    extension = name.rsplit(".", 1)[1]
    message = f"Nội dung tệp không đúng định dạng .{extension} (có thể tệp đã bị đổi phần mở rộng). Hãy kiểm tra lại tệp rồi tải lên."
    assert response.context["form"].errors["file"] == [message]
    assert not get_document_model().objects.filter(title=name).exists()


@pytest.mark.parametrize("name", ["trang.html", "hinh.svg", "tap-lenh.js", "chuong-trinh.exe"])
def test_a_document_of_a_type_the_portal_does_not_take_is_refused_in_vietnamese(client, editor, name):
    errors = upload_document(client, editor, name, b"<script>alert(1)</script>").context["form"].errors["file"]
    assert errors == [f"Không nhận tệp .{name.rsplit('.', 1)[1]}. Chỉ nhận: pdf, doc, docx, odt, xls, xlsx, ods, ppt, pptx, zip, txt."]


def test_size_limits_are_50_mb_for_documents_and_20_mb_for_images_with_vietnamese_messages(client, editor, settings):
    assert settings.WAGTAILDOCS_MAX_UPLOAD_SIZE == 50 * 1024 * 1024 and settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE == 20 * 1024 * 1024
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 1024
    response = upload_document(client, editor, "lon.pdf", PDF + b" " * 2048)
    assert response.context["form"].errors["file"] == ["Tệp quá lớn (2,1\xa0KB). Dung lượng tối đa của tài liệu là 1,0\xa0KB."]
    refused = upload_image(client, editor, "anh.png", png(200, 200) + b"\x00" * 2048)
    assert refused["success"] is False and refused["error_message"].startswith("Ảnh quá lớn")
    assert not get_image_model().objects.exists() and not get_document_model().objects.exists()


def test_a_pixel_bomb_is_refused_with_a_message_not_a_500(client, editor):
    bomb = upload_image(client, editor, "bom.png", png_header(50_000, 50_000))
    assert bomb == {"success": False, "error_message": "Ảnh có quá nhiều điểm ảnh. Tối đa 50.000.000 điểm ảnh: hãy thu nhỏ ảnh."}
    too_big = upload_image(client, editor, "lon.png", png_header(9_000, 9_000))
    assert too_big["error_message"] == "Ảnh có quá nhiều điểm ảnh (81.000.000). Tối đa 50.000.000 điểm ảnh: hãy thu nhỏ ảnh."
    single = client.post(
        "/admin/images/add/",
        {"title": "Bom", "collection": editor.collection.pk, "file": SimpleUploadedFile("bom.png", png_header(50_000, 50_000))},
    )
    assert single.status_code == 200 and "Ảnh có quá nhiều điểm ảnh" in single.text
    assert not get_image_model().objects.exists()


def test_an_image_must_be_what_its_extension_says(client, editor):
    wrong = upload_image(client, editor, "anh.jpg", png())
    assert wrong["error_message"] == "Không phải ảnh .jpeg hợp lệ: nội dung tệp là ảnh png."
    fake = upload_image(client, editor, "anh.png", b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>")
    assert fake["error_message"] == "Không phải ảnh .png hợp lệ: nội dung tệp là ảnh svg."
    broken = upload_image(client, editor, "hong.png", png()[:60])
    assert broken["error_message"] == "Tệp không phải là ảnh, hoặc ảnh đã bị hỏng."
    svg = upload_image(client, editor, "anh.svg", b"<svg xmlns='http://www.w3.org/2000/svg'/>")
    assert svg["error_message"].startswith("Định dạng ảnh không được hỗ trợ")
    assert upload_image(client, editor, "anh.png", png())["success"] is True


def test_uploaded_files_are_never_shown_inline_unless_images_or_pdf(client, editor):
    media = settings.MEDIA_ROOT
    (media / "khac").mkdir(parents=True, exist_ok=True)
    (media / "khac" / "trang.html").write_bytes(b"<script>alert(1)</script>")
    (media / "khac" / "hinh.svg").write_bytes(b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>")
    (media / "khac" / "anh.png").write_bytes(png())
    client.logout()
    for name in ("trang.html", "hinh.svg"):
        response = client.get(f"/media/khac/{name}")
        assert response["Content-Disposition"] == "attachment" and response["X-Content-Type-Options"] == "nosniff"
        assert "sandbox" in response["Content-Security-Policy"]
    picture = client.get("/media/khac/anh.png")
    assert picture["Content-Disposition"].startswith("inline") and picture["X-Content-Type-Options"] == "nosniff"


def test_documents_are_downloads_except_pdf(client, editor, django_user_model):
    upload_document(client, editor, "bao-cao.docx", office_file("word/document.xml"))
    upload_document(client, editor, "quyet-dinh.pdf", PDF)
    docx, pdf = (get_document_model().objects.get(title=title) for title in ("bao-cao.docx", "quyet-dinh.pdf"))
    assert client.get(docx.url)["Content-Disposition"].startswith("attachment")
    assert client.get(pdf.url)["Content-Disposition"].startswith("inline")
    assert client.get(docx.url)["X-Content-Type-Options"] == "nosniff"
    # The files themselves are only ever served through /documents/<id>/<name> (which applies the publication rule).
    assert client.get(f"/media/{docx.file.name}").status_code == 404

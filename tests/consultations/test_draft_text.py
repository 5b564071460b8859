"""Reading a draft into Chương / Mục / Điều / Khoản / Điểm (issue 15): the shipped sample (34 articles, two versions)
as DOCX and as pasted text, anchors stable across versions, the article-by-article comparison, and files that are
not drafts refused with a message in Vietnamese."""

import io
import zipfile

import pytest
from openpyxl import Workbook

from consultations import draft_text
from consultations.draft_text import DraftTextError, anchor_labels, articles, compare, parse_docx, parse_text
from demo.consultation_samples import docx_bytes, sample_text

FIRST, SECOND = "nghi-dinh-tro-giup-phap-ly-lan-1", "nghi-dinh-tro-giup-phap-ly-lan-2"
SAMPLES = draft_text.__file__.rsplit("/", 1)[0] + "/samples"


@pytest.fixture(scope="module")
def versions():
    return [parse_docx(f"{SAMPLES}/{name}.docx") for name in (FIRST, SECOND)]


def test_the_sample_reads_into_chapters_sections_articles_clauses_and_points(versions):
    first, _ = versions
    assert len(articles(first)) == 34
    labels = anchor_labels(first)
    assert labels["chuong-i"] == "Chương I"
    assert labels["chuong-ii-muc-1"] == "Mục 1" and "chuong-iv-muc-2" in labels
    assert labels["dieu-5-khoan-2"] == "Điều 5 khoản 2"
    assert labels["dieu-5-khoan-2-diem-a"] == "Điều 5 khoản 2 điểm a"
    chapters = [node for node in first["nodes"] if node["kind"] == "chuong"]
    assert [chapter["number"] for chapter in chapters] == ["I", "II", "III", "IV", "V", "VI"]
    assert chapters[1]["heading"] == "TỔ CHỨC THỰC HIỆN TRỢ GIÚP PHÁP LÝ"
    article_5 = articles(first)["dieu-5"]
    assert article_5["heading"] == "Người được trợ giúp pháp lý"
    assert [point["number"] for point in article_5["children"][1]["children"]] == ["a", "b", "c", "d"]
    assert first["preamble"][:3] == ["CHÍNH PHỦ", "DỰ THẢO LẦN 1", "NGHỊ ĐỊNH"]
    assert "Trợ giúp viên pháp lý" in first["plain_text"]


def test_every_anchor_of_the_first_version_means_the_same_place_in_the_second(versions):
    first, second = (anchor_labels(version) for version in versions)
    removed = set(first) - set(second)
    assert removed == {"dieu-18-khoan-3"}  # the one clause the second version drops
    assert all(second[anchor] == label for anchor, label in first.items() if anchor not in removed)
    assert set(second) - set(first) == {"dieu-12-khoan-1-diem-dd", "dieu-33-khoan-1", "dieu-33-khoan-2", "dieu-35"}
    # The same text read twice gives the same anchors.
    assert anchor_labels(parse_docx(f"{SAMPLES}/{FIRST}.docx")) == first


def test_pasted_text_and_the_docx_read_the_same(versions):
    assert parse_text(sample_text(FIRST)) == versions[0]
    assert parse_docx(io.BytesIO(docx_bytes(sample_text(SECOND)))) == versions[1]


def test_the_comparison_lists_added_removed_and_changed_articles(versions):
    result = compare(*versions)
    assert [item["anchor"] for item in result["added"]] == ["dieu-35"]
    assert result["removed"] == []
    changed = {item["label"]: item["parts"] for item in result["changed"]}
    assert changed == {
        "Điều 5": ["Điều 5 khoản 2"],
        "Điều 12": ["Điều 12 khoản 1 điểm d", "Điều 12 khoản 1 điểm đ"],
        "Điều 18": ["Điều 18 khoản 3"],
        "Điều 33": ["Điều 33 khoản 1", "Điều 33 khoản 2"],
    }
    assert result["unchanged"] == 30
    words = next(item["words"] for item in result["changed"] if item["label"] == "Điều 5")
    assert ("added", "là người có thu nhập bình quân đầu người không vượt quá mức chuẩn cận nghèo,") in words


def test_a_removed_article_is_listed():
    old = parse_text("Điều 1. Một\nNội dung.\nĐiều 2. Hai\nNội dung.\nĐiều 3. Ba\nNội dung.")
    new = parse_text("Điều 1. Một\nNội dung.\nĐiều 3. Ba\nNội dung đã sửa.")
    result = compare(old, new)
    assert [item["label"] for item in result["removed"]] == ["Điều 2"]
    assert [item["label"] for item in result["changed"]] == ["Điều 3"]
    assert result["unchanged"] == 1 and result["added"] == []


def test_sentences_are_not_mistaken_for_headings_and_a_number_typed_twice_keeps_both():
    structure = parse_text(
        "Chương I. QUY ĐỊNH CHUNG\nĐiều 1. Phạm vi\nMục 2 của Chương này áp dụng cho mọi trường hợp.\n"
        "1. Khoản một.\nđ) Điểm đ.\nĐiều 1. Gõ trùng số\nĐiều 2: Dấu hai chấm\nĐiều 2 của Luật này không áp dụng."
    )
    labels = anchor_labels(structure)
    assert labels["chuong-i"] == "Chương I" and structure["nodes"][0]["heading"] == "QUY ĐỊNH CHUNG"
    assert not any("muc" in anchor for anchor in labels)
    assert "dieu-1-khoan-1-diem-dd" in labels and "dieu-1-2" in labels and "dieu-2" in labels
    assert articles(structure)["dieu-2"]["text"] == ["Điều 2 của Luật này không áp dụng."]


def _zip(files: dict[str, bytes]) -> io.BytesIO:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    buffer.seek(0)
    return buffer


def _xlsx() -> io.BytesIO:
    buffer = io.BytesIO()
    Workbook().save(buffer)
    buffer.seek(0)
    return buffer


@pytest.mark.parametrize(
    "file",
    [
        pytest.param(io.BytesIO(b"\x00\x01 random bytes, not a document" * 50), id="random-bytes"),
        pytest.param(_zip({"hello.txt": b"not a document"}), id="zip-not-docx"),
        pytest.param(_zip({"[Content_Types].xml": b"<broken", "word/document.xml": b"<w:document"}), id="broken-xml"),
        pytest.param(_xlsx(), id="spreadsheet"),
    ],
)
def test_a_file_that_is_not_a_docx_is_refused_in_vietnamese(file):
    with pytest.raises(DraftTextError, match=r"không phải là tài liệu Word \.docx hợp lệ"):
        parse_docx(file)


def test_a_docx_without_any_article_is_refused_in_vietnamese():
    with pytest.raises(DraftTextError, match="Không tìm thấy Điều nào"):
        parse_docx(io.BytesIO(docx_bytes("BÁO CÁO\nNội dung báo cáo, không có điều khoản nào.")))
    with pytest.raises(DraftTextError, match="Không tìm thấy Điều nào"):
        parse_text("   \n\n")

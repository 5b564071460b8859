"""Vietnamese text for search: normal form, folding, document-number keys, highlighted extracts."""

import unicodedata

from vietnamese.text import backend_query, clean_query, fold, has_diacritics, highlight, normalise, number_keys


def test_old_and_new_placement_of_the_tone_mark_are_one_word():
    assert normalise("hoà thuỷ khoẻ") == normalise("hòa thủy khỏe") == "hòa thủy khỏe"
    assert normalise("quý") == "quý"  # "qu" + "y": the mark stays on the y
    assert normalise("hoàn thuyền") == "hoàn thuyền"  # closed syllables are not touched


def test_decomposed_input_is_composed():
    decomposed = unicodedata.normalize("NFD", "pháp luật")
    assert normalise(decomposed) == "pháp luật" and clean_query(decomposed) == "pháp luật"


def test_folding_removes_every_vietnamese_diacritic_including_d_with_stroke():
    assert fold("Đảng pháp luật đất đai ậ ệ ữ Ư") == "Dang phap luat dat dai a e u U"
    assert has_diacritics("đất") and not has_diacritics("dat dai")


def test_document_numbers_have_keys_for_the_whole_number_and_number_year():
    assert number_keys("Nghị định 42/2022/NĐ-CP") == ["so42x2022", "so42x2022xndcp"]
    assert number_keys("1319/QĐ-BTP") == ["so1319xqdbtp"]
    assert number_keys("ngày 24/6/2022") == []  # a date is not a document number
    assert backend_query("42/2022/nd-cp") == backend_query("42/2022/NĐ-CP") == "so42x2022xndcp"
    assert backend_query("42/2022") == "so42x2022"


def test_queries_are_cleaned_of_control_characters_and_bounded():
    assert clean_query("  pháp\x00 luật\n ") == "pháp luật"
    assert len(clean_query("đất " * 10_000)) <= 200


def test_extract_marks_the_words_found_with_or_without_diacritics_and_escapes_html():
    extract = highlight("Luật Đất đai <script> quy định", "dat dai")
    assert "<mark>Đất</mark> <mark>đai</mark>" in extract
    assert "&lt;script&gt;" in extract and "<script>" not in extract


def test_extract_is_centred_on_the_first_match_of_a_long_text():
    text = "mở đầu " * 100 + "pháp luật đất đai " + "kết thúc " * 100
    extract = highlight(text, "đất đai", length=120)
    assert extract.startswith("… ") and extract.endswith(" …") and "<mark>đất</mark>" in extract

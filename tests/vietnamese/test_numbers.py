"""Amounts in Vietnamese words, as a payment voucher writes them under the figures (R-ROY-1)."""

import pytest

from vietnamese.numbers import amount_in_words, grouped, number_in_words


@pytest.mark.parametrize(
    ("number", "words"),
    [
        (0, "không"),
        (5, "năm"),
        (10, "mười"),
        (11, "mười một"),
        (15, "mười lăm"),
        (20, "hai mươi"),
        (21, "hai mươi mốt"),
        (24, "hai mươi bốn"),
        (25, "hai mươi lăm"),
        (101, "một trăm linh một"),
        (105, "một trăm linh năm"),
        (110, "một trăm mười"),
        (115, "một trăm mười lăm"),
        (1_000, "một nghìn"),
        (1_005, "một nghìn không trăm linh năm"),
        (1_010, "một nghìn không trăm mười"),
        (10_000, "mười nghìn"),
        (115_000, "một trăm mười lăm nghìn"),
        (1_000_005, "một triệu không trăm linh năm"),
        (1_200_000, "một triệu hai trăm nghìn"),
        (2_051_000, "hai triệu không trăm năm mươi mốt nghìn"),
        (2_000_000_000, "hai tỷ"),
        (5_000_001_000, "năm tỷ không trăm linh một nghìn"),
        (1_000_000_000_000, "một nghìn tỷ"),
        (-30_000, "âm ba mươi nghìn"),
    ],
)
def test_numbers_are_written_as_a_vietnamese_voucher_writes_them(number, words):
    assert number_in_words(number) == words


def test_an_amount_starts_with_a_capital_and_ends_with_dong():
    assert amount_in_words(990_000) == "Chín trăm chín mươi nghìn đồng"
    assert amount_in_words(0) == "Không đồng"


def test_figures_are_grouped_by_three_with_dots():
    assert [grouped(n) for n in (0, 950, 1_200_000, -30_000)] == ["0", "950", "1.200.000", "-30.000"]

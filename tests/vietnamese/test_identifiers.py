"""The sender's numbers (R-IN-2, Art 9.3): tax code with its official check digit, citizen ID with its province and
century/sex digits, Vietnamese phone numbers — each written back the one way it is stored."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from vietnamese.identifiers import tax_code_check_digit, validate_citizen_id, validate_phone, validate_tax_code


@pytest.mark.parametrize(
    "value, stored",
    [
        ("0100109106", "0100109106"),  # Viettel
        ("0100109106-001", "0100109106-001"),
        ("0100109106001", "0100109106-001"),
        (" 0100 109 106 ", "0100109106"),
    ],
)
def test_valid_tax_codes(value, stored):
    assert validate_tax_code(value) == stored


@pytest.mark.parametrize(
    "value, code",
    [
        ("0100109107", "tax_code_check"),
        ("010010910", "tax_code_format"),
        ("01001091060", "tax_code_format"),
        ("0100109106-000", "tax_code_branch"),
        ("01001O9106", "tax_code_format"),
    ],
)
def test_invalid_tax_codes(value, code):
    with pytest.raises(ValidationError) as refused:
        validate_tax_code(value)
    assert refused.value.code == code


def test_a_remainder_that_makes_ten_has_no_check_digit():
    first_nine = next(f"{n:09d}" for n in range(10**6) if tax_code_check_digit(f"{n:09d}") is None)
    with pytest.raises(ValidationError):
        validate_tax_code(first_nine + "0")


TODAY = datetime.date(2026, 12, 1)


@pytest.mark.parametrize("value", ["001085012345", "079305000001", "037 190 001 234", "096226000009"])
def test_valid_citizen_ids(value):
    assert validate_citizen_id(value, today=TODAY) == value.replace(" ", "")


@pytest.mark.parametrize(
    "value, code",
    [
        ("00108501234", "citizen_id_format"),
        ("0010850123456", "citizen_id_format"),
        ("003085012345", "citizen_id_province"),  # 003 is no province
        ("097085012345", "citizen_id_province"),
        ("001430012345", "citizen_id_century"),  # born 2130
        ("001227012345", "citizen_id_century"),  # born 2027, after today
        ("00108501234a", "citizen_id_format"),
    ],
)
def test_invalid_citizen_ids(value, code):
    with pytest.raises(ValidationError) as refused:
        validate_citizen_id(value, today=TODAY)
    assert refused.value.code == code


@pytest.mark.parametrize(
    "value, stored",
    [
        ("0912 345 678", "0912345678"),
        ("+84 912 345 678", "0912345678"),
        ("84912345678", "0912345678"),
        ("(024) 3825.1234", "02438251234"),
        ("1900 1234", "19001234"),
        ("0356-789-012", "0356789012"),
    ],
)
def test_valid_phone_numbers(value, stored):
    assert validate_phone(value) == stored


@pytest.mark.parametrize(
    "value, code",
    [("0123456789", "phone_number"), ("091234567", "phone_number"), ("0912 345 67x", "phone_format"), ("02412345", "phone_number")],
)
def test_invalid_phone_numbers(value, code):
    with pytest.raises(ValidationError) as refused:
        validate_phone(value)
    assert refused.value.code == code

"""Vietnamese identifiers a sender gives (R-IN-2, Art 9.3): tax code, citizen ID and phone number, each checked with
a message that says what is wrong. Every checker returns the value written the one way it is stored."""

import datetime
import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# Mã số thuế: weights of the official check digit of the 10-digit code (Circular 105/2020/TT-BTC).
TAX_CODE_WEIGHTS = (31, 29, 23, 19, 17, 13, 7, 5, 3)
# Căn cước: the first three digits are the province of birth registration (Circular 59/2021/TT-BCA, annex).
# fmt: off
PROVINCE_CODES = frozenset(f"{code:03d}" for code in (
    1, 2, 4, 6, 8, 10, 11, 12, 14, 15, 17, 19, 20, 22, 24, 25, 26, 27, 30, 31, 33, 34, 35, 36, 37, 38, 40, 42,
    44, 45, 46, 48, 49, 51, 52, 54, 56, 58, 60, 62, 64, 66, 67, 68, 70, 72, 74, 75, 77, 79, 80, 82,
    83, 84, 86, 87, 89, 91, 92, 93, 94, 95, 96,
))
# fmt: on
# The fourth digit: century of birth and sex, 0/1 the 20th century (man/woman), 2/3 the 21st, and so on.
FIRST_CENTURY = 1900
SEPARATORS = re.compile(r"[\s.\-()]")
MOBILE_PREFIXES = ("03", "05", "07", "08", "09")


def digits_only(value: str) -> str:
    return SEPARATORS.sub("", value or "")


def tax_code_check_digit(first_nine: str) -> int | None:
    """The tenth digit of a tax code, or None when no digit fits (the remainder makes 10)."""
    digit = 10 - sum(int(d) * w for d, w in zip(first_nine, TAX_CODE_WEIGHTS, strict=True)) % 11
    return digit if digit < 10 else None


def validate_tax_code(value: str) -> str:
    """10 digits (an organisation or person) or 13 (a branch: the 10 digits, then 001–999), with or without the dash."""
    compact = digits_only(value)
    if not compact.isdigit() or len(compact) not in (10, 13):
        raise ValidationError(_("Mã số thuế gồm 10 hoặc 13 chữ số (ví dụ 0100109106 hoặc 0100109106-001)."), code="tax_code_format")
    if tax_code_check_digit(compact[:9]) != int(compact[9]):
        raise ValidationError(
            _("Mã số thuế không đúng: chữ số kiểm tra (chữ số thứ 10) không khớp. Hãy kiểm tra lại."), code="tax_code_check"
        )
    if len(compact) == 13:
        if compact[10:] == "000":
            raise ValidationError(_("Ba chữ số cuối của mã số thuế chi nhánh phải từ 001 đến 999."), code="tax_code_branch")
        return f"{compact[:10]}-{compact[10:]}"
    return compact


def validate_citizen_id(value: str, today: datetime.date | None = None) -> str:
    """12 digits: province code, century and sex, the last two digits of the year of birth, then six digits."""
    compact = digits_only(value)
    if not compact.isdigit() or len(compact) != 12:
        raise ValidationError(_("Số định danh cá nhân (căn cước) gồm đúng 12 chữ số."), code="citizen_id_format")
    if compact[:3] not in PROVINCE_CODES:
        raise ValidationError(_("Ba chữ số đầu của số định danh cá nhân không phải mã tỉnh, thành phố nào."), code="citizen_id_province")
    year = FIRST_CENTURY + 100 * (int(compact[3]) // 2) + int(compact[4:6])
    if year > (today or datetime.date.today()).year:
        raise ValidationError(
            _("Chữ số thứ tư (thế kỷ, giới tính) và năm sinh của số định danh cá nhân không hợp lệ."), code="citizen_id_century"
        )
    return compact


def validate_phone(value: str) -> str:
    """A mobile number (10 digits from 03, 05, 07, 08, 09), a landline (11 digits from 02) or a 1800/1900 number;
    +84 or 84 in front is read as the leading 0."""
    compact = digits_only(value)
    if compact.startswith("+84"):
        compact = "0" + compact[3:]
    elif compact.startswith("84") and len(compact) in (11, 12):
        compact = "0" + compact[2:]
    if not compact.isdigit():
        raise ValidationError(_("Số điện thoại chỉ gồm chữ số (có thể có +84, dấu cách, dấu chấm hoặc gạch ngang)."), code="phone_format")
    mobile = len(compact) == 10 and compact.startswith(MOBILE_PREFIXES)
    landline = len(compact) == 11 and compact.startswith("02")
    hotline = compact.startswith(("1800", "1900")) and len(compact) in (8, 10)
    if not (mobile or landline or hotline):
        raise ValidationError(
            _("Số điện thoại không đúng: di động 10 số (bắt đầu 03, 05, 07, 08, 09), cố định 11 số (bắt đầu 02)."), code="phone_number"
        )
    return compact

"""Amounts written in Vietnamese words, as payment vouchers and statements write them under the figures ("Số tiền
bằng chữ", R-ROY-1): groups of three digits with nghìn, triệu, tỷ; "linh" for an empty tens place; "mốt", "lăm" after a
tens place; "không trăm" inside a number. Pure functions."""

DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]
GROUPS = [(10**6, "triệu"), (10**3, "nghìn"), (1, "")]


def _three_digits(number: int, inside: bool) -> list[str]:
    """0 < number < 1000; `inside` when a higher group was said, so that 1 000 005 reads "… không trăm linh năm"."""
    hundreds, tens, units = number // 100, number // 10 % 10, number % 10
    words = [DIGITS[hundreds], "trăm"] if hundreds or inside else []
    if tens == 0 and units and words:
        words.append("linh")
    elif tens == 1:
        words.append("mười")
    elif tens > 1:
        words += [DIGITS[tens], "mươi"]
    if units == 1 and tens > 1:
        words.append("mốt")
    elif units == 5 and tens > 0:
        words.append("lăm")
    elif units:
        words.append(DIGITS[units])
    return words


def number_in_words(number: int) -> str:
    """12 345 → "mười hai nghìn ba trăm bốn mươi lăm"; a thousand billion is "một nghìn tỷ"."""
    number = int(number)
    if number < 0:
        return f"âm {number_in_words(-number)}"
    if number == 0:
        return DIGITS[0]
    billions, rest = divmod(number, 10**9)
    words = [number_in_words(billions), "tỷ"] if billions else []
    for size, name in GROUPS:
        value = rest // size % 1000
        if value:
            words += _three_digits(value, inside=bool(words))
            words += [name] if name else []
    return " ".join(words)


def amount_in_words(amount) -> str:
    """A whole amount of đồng as a voucher writes it: "Một triệu hai trăm nghìn đồng"."""
    words = number_in_words(int(amount))
    return f"{words[0].upper()}{words[1:]} đồng"


def grouped(amount) -> str:
    """Digits grouped by three with dots, as Vietnamese figures are written: 1200000 → "1.200.000"."""
    return f"{int(amount):,}".replace(",", ".")

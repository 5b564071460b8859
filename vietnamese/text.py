"""Vietnamese text for search (R-SRCH-1): one normal form for what is indexed and what is asked, folding of
diacritics, keys for document numbers, and highlighted extracts. Pure functions, shared by every backend."""

import re
import unicodedata

from anyascii import anyascii
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.text import slugify as ascii_slugify

TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"  # huyền, sắc, ngã, hỏi, nặng
# "hoà"/"hòa", "hoè"/"hòe", "thuỷ"/"thủy": the old and new placement of the tone mark in an open syllable are the
# same word. Both are written as the new style (mark on the first vowel); "qu" + "y" keeps it on the "y" ("quý").
_OLD_STYLE_TONE = re.compile(rf"(?<![qQ])([oO])([aAeE])([{TONE_MARKS}])(?![^\W\d_])|(?<![qQ])([uU])([yY])([{TONE_MARKS}])(?![^\W\d_])")

# Numbers of legal documents: 42/2022/NĐ-CP, 09/2024/TT-BTP, 1319/QĐ-BTP, 15/2012/QH13, and the short 42/2022.
DOCUMENT_NUMBER = re.compile(
    r"(?<![\w/])(\d{1,5})/(\d{4})(?:/([^\W_][\w\-]*[^\W_]|[^\W_]))?(?![\w/])"  # number/year[/symbol]
    r"|(?<![\w/])(\d{1,5})/([^\W\d_][\w\-]*[^\W_])"  # number/symbol
)
MAX_QUERY_LENGTH = 200


def normalise(text: str) -> str:
    """NFC, with the tone mark of oa/oe/uy placed one way."""
    decomposed = unicodedata.normalize("NFD", text)
    decomposed = _OLD_STYLE_TONE.sub(lambda m: (m[1] + m[3] + m[2]) if m[1] else (m[4] + m[6] + m[5]), decomposed)
    return unicodedata.normalize("NFC", decomposed)


def fold_char(char: str) -> str:
    if char in "đĐ":
        return "d" if char == "đ" else "D"
    base = unicodedata.normalize("NFD", char)[0]
    return base if base.isascii() else char


def fold(text: str) -> str:
    """Without diacritics, one character for one character of the NFC text (so positions match)."""
    return "".join(fold_char(char) for char in unicodedata.normalize("NFC", text))


def has_diacritics(text: str) -> bool:
    text = unicodedata.normalize("NFC", text)
    return fold(text) != text


def _number_key(*parts: str) -> str:
    return "so" + "x".join(re.sub(r"[^0-9a-z]", "", fold(part).lower()) for part in parts if part)


def number_keys(text: str) -> list[str]:
    """Keys under which a document number is indexed: `42/2022/NĐ-CP` gives `so42x2022xndcp` and `so42x2022`, so
    that the whole number and its number/year both find it, whatever the parser of a backend does with `/` and `-`."""
    keys = []
    for match in DOCUMENT_NUMBER.finditer(unicodedata.normalize("NFC", text)):
        if match[1]:
            keys.append(_number_key(match[1], match[2]))
            if match[3]:
                keys.append(_number_key(match[1], match[2], match[3]))
        else:
            keys.append(_number_key(match[4], match[5]))
    return list(dict.fromkeys(keys))


# A document type as citizens write it before a short number ("nghị định 15", "thông tư 04", "nd 15"), folded, with
# the abbreviation it has in document numbers (15/2020/NĐ-CP). Keys: `vb` + abbreviation + number, e.g. `vbnd15`.
TYPE_ABBREVIATIONS = {
    "nghi dinh": "nd",
    "thong tu": "tt",
    "quyet dinh": "qd",
    "nghi quyet": "nq",
    "chi thi": "ct",
    "ke hoach": "kh",
    "cong van": "cv",
    "luat": "luat",
}
_TYPE_WORDS = "|".join(sorted({*TYPE_ABBREVIATIONS, *TYPE_ABBREVIATIONS.values()}, key=len, reverse=True))
_TYPED_NUMBER = re.compile(rf"(?<![\w/])({_TYPE_WORDS})\s+(?:so\s+)?(\d{{1,5}})(?![\w/])")


def _typed_key(abbreviation: str, number: str) -> str:
    return f"vb{abbreviation}{int(number)}"


def typed_number_keys(number: str, type_words: str = "") -> list[str]:
    """Keys of a document's number with its type: `15/2020/NĐ-CP` of a decree gives `vbnd15` (from the symbol and
    from the type, `nghị định`), so that "nghị định 15" and "nd 15" find it."""
    keys = []
    for match in DOCUMENT_NUMBER.finditer(unicodedata.normalize("NFC", number)):
        digits, symbol = (match[1], match[3]) if match[1] else (match[4], match[5])
        if symbol and (letters := re.match(r"[a-z]+", fold(symbol).lower())):
            keys.append(_typed_key(letters[0], digits))
        if abbreviation := TYPE_ABBREVIATIONS.get(fold(type_words).lower()):
            keys.append(_typed_key(abbreviation, digits))
    return list(dict.fromkeys(keys))


def query_typed_number_keys(query: str) -> list[str]:
    """The keys of the "type + short number" a query names ("nghị định 15" → `vbnd15`), for the backends to rank
    that document first."""
    folded = " ".join(re.sub(r"[^\w/]+", " ", fold(normalise(query)).lower()).split())
    return list(dict.fromkeys(_typed_key(TYPE_ABBREVIATIONS.get(m[1], m[1]), m[2]) for m in _TYPED_NUMBER.finditer(folded)))


# What XML 1.0 (DOCX, XLSX, RSS and Atom) cannot hold, typed or pasted into a form: the C0 controls but tab and the
# line ends, DEL, and the non-characters U+FFFE and U+FFFF. Word's manual line break (U+000B) and page break (U+000C)
# pasted from a document are line ends.
_LINE_BREAKS = str.maketrans({"\x0b": "\n", "\x0c": "\n"})
_NOT_IN_XML = re.compile("[\x00-\x08\x0e-\x1f\x7f\ufffe\uffff]")


def without_control_characters(text: str) -> str:
    """Text as typed, without the invisible characters that break a document or a feed made from it."""
    return _NOT_IN_XML.sub("", text.translate(_LINE_BREAKS))


def without_control_characters_in(cleaned: dict) -> dict:
    """A form's cleaned data with every text value so cleaned (in place, and returned)."""
    for name, value in cleaned.items():
        if isinstance(value, str):
            cleaned[name] = without_control_characters(value)
    return cleaned


def clean_query(raw: str) -> str:
    """What a user typed, made safe to search: NFC, no control characters, single spaces, bounded length."""
    text = unicodedata.normalize("NFC", raw or "")
    text = "".join(char if unicodedata.category(char)[0] != "C" else " " for char in text)
    return " ".join(text.split())[:MAX_QUERY_LENGTH].strip()


def backend_query(query: str) -> str:
    """The query as sent to a search backend: normal form, document numbers replaced by their index key,
    punctuation that parsers treat as operators removed."""
    query = DOCUMENT_NUMBER.sub(lambda m: number_keys(m[0])[-1], normalise(query))
    return " ".join(re.sub(r"[^\w]+", " ", query).split())


def query_words(query: str) -> list[str]:
    """Folded, lower-case words of a query, for highlighting."""
    return [word for word in re.split(r"[^\w]+", fold(normalise(query)).lower()) if word]


def highlight(text: str, query: str, length: int = 240):
    """An extract of `text` around the first word of the query found in it (compared without diacritics),
    with every such word in <mark>. Returns safe HTML."""
    text = " ".join(unicodedata.normalize("NFC", text or "").split())
    words = query_words(query)
    if not text:
        return ""
    folded = fold(text).lower()
    if len(folded) != len(text):  # a rare letter whose lower case is longer: no marks rather than wrong ones
        words = []
    spans = []
    for word in words:
        spans += [m.span() for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", folded)]
    spans.sort()
    start = 0
    if spans and spans[0][0] > length // 3:
        start = text.rfind(" ", 0, spans[0][0] - length // 3) + 1
    end = min(len(text), start + length)
    if end < len(text):
        end = max(text.rfind(" ", start, end), start + 1)
    parts, position = [], start
    for span_start, span_end in spans:
        if span_start < position or span_end > end:
            continue
        parts += [escape(text[position:span_start]), "<mark>", escape(text[span_start:span_end]), "</mark>"]
        position = span_end
    parts.append(escape(text[position:end]))
    return mark_safe(("… " if start else "") + "".join(parts) + (" …" if end < len(text) else ""))  # every piece is escaped above


def slugify(text: str, max_length: int = 80) -> str:
    """ASCII slug of a Vietnamese title: "Đảng" → "dang" (đ is not decomposed by Unicode normalisation)."""
    return ascii_slugify(anyascii(text))[:max_length].strip("-")


VIETNAMESE_LETTERS = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"


def transliterations() -> dict[str, str]:
    """Every Vietnamese letter with a diacritic, lower and upper case, grouped by the ASCII letter it is written as in
    an address ("ệ" → "e", "Đ" → "D"): the table the editor's live slug uses, so that the browser and `slugify`
    agree."""
    table: dict[str, str] = {}
    for letter in VIETNAMESE_LETTERS + VIETNAMESE_LETTERS.upper():
        table[fold_char(letter)] = table.get(fold_char(letter), "") + letter
    return table

"""Hostile values, as they travel in an address: already percent-encoded, so that bytes no text can hold (invalid
UTF-8, a lone surrogate) reach the server as an attacker would send them."""

import unicodedata
from urllib.parse import quote


def text(value: str) -> str:
    """A value that is text: encoded as a browser would encode it."""
    return quote(value, safe="")


HOSTILE = {
    "nul": "a%00b",
    "invalid-utf8": "%FF%FE%C3%28%C0%AF",
    "lone-surrogate": "%ED%A0%80",
    "50k-characters": "x" * 50_000,
    "huge-number": "99999999999999999999",
    "beyond-int32": "2147483648",
    "negative": "-1",
    "zero": "0",
    "date-last": "9999-12-31",
    "date-first": "0001-01-01",
    "year-only": "2026",
    "datetime-far": text("9999-12-31T23:59:59-14:00"),
    "sql": text("' OR '1'='1' --"),
    "html-js": text('"><script>alert(1)</script>'),
    "nfd-vietnamese": text(unicodedata.normalize("NFD", "Luật Đất đai, hộ tịch, thi hành án")),
    "search-operators": text("!&|():*<->\\ '\"%_"),
    "empty": "",
    "path-traversal": text("../../../etc/passwd"),
    "combining-marks": text("a" + "\u0301" * 1_000),
    "invisible-rtl-emoji": text("\u202e\u200b\ufeff😀"),
    "list": text(",,*,-,"),
    "model-label": text("auth.User"),
    "host-and-port": text("localhost:abc"),
    "crlf": text("\r\nSet-Cookie: x=1"),
}

# Every address that reads parameters gets these, in all its parameters at once, on its own host: one value of the
# families that broke something before (a number, a date, text a browser would not send).
SUBSET = ["huge-number", "date-last", "invalid-utf8"]

# Path segments: a page that does not exist, below pages of every type and in routable pages' arguments.
PATH_SEGMENTS = {label: value for label, value in HOSTILE.items() if label != "empty"}

# Request headers that the portal or its libraries read (the language, conditional requests and ranges of file
# downloads, cookies, the AJAX marker), two hostile sets of them.
HEADERS = [
    {
        "HTTP_ACCEPT_LANGUAGE": "en-US;q=abc,,*;q=2,vi-x-" + "a" * 5_000,
        "HTTP_IF_MODIFIED_SINCE": "Mon, 99 Xyz 99999 99:99:99 GMT",
        "HTTP_IF_NONE_MATCH": '"' + "x" * 5_000,
        "HTTP_RANGE": "bytes=99999999999999999999-",
        "HTTP_COOKIE": 'sessionid="abcdefgh\\000"; csrftoken=' + "x" * 5_000 + "; django_language=../../x",
        "HTTP_USER_AGENT": "x" * 50_000,
        "HTTP_X_REQUESTED_WITH": "XMLHttpRequest",
    },
    {
        "HTTP_ACCEPT_LANGUAGE": "\xff\xfe, zz-ZZ, en;q=0.5, *",
        "HTTP_IF_MODIFIED_SINCE": "0",
        "HTTP_IF_NONE_MATCH": "*",
        "HTTP_RANGE": "bytes=-0,5-1,abc",
        "HTTP_COOKIE": "sessionid=" + "x" * 5_000 + "; django_language=zz; messages=\xff",
        "HTTP_REFERER": "javascript:alert(1)",
    },
]

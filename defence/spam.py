"""Spam defence for every public form (R-IN-1, R-OPS-5), without third parties: a proof of work the browser solves
(the ALTCHA scheme: find the number whose SHA-256 with a signed salt is the challenge), a question anyone can answer
when JavaScript is off, a honeypot field, and a limit of posts per address.

A form takes `SpamDefenceMixin` and includes "defence/spam_fields.html"; its view calls `throttled()` before
handling a post. Challenges and questions are signed (no server state) and each is accepted once (the cache)."""

import base64
import binascii
import hashlib
import hmac
import json
import secrets
import time
from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from defence.clients import client_ip

CHALLENGE_LIFETIME = 30 * 60  # seconds: time to fill a long form
# Numbers in words, so that the question is read (by people and screen readers) rather than parsed.
NUMBER_WORDS = [
    pgettext_lazy("number", "không"),
    pgettext_lazy("number", "một"),
    pgettext_lazy("number", "hai"),
    pgettext_lazy("number", "ba"),
    pgettext_lazy("number", "bốn"),
    pgettext_lazy("number", "năm"),
    pgettext_lazy("number", "sáu"),
    pgettext_lazy("number", "bảy"),
    pgettext_lazy("number", "tám"),
    pgettext_lazy("number", "chín"),
]
QUESTION_SALT = "defence.spam.question"
HONEYPOT = "trang_web"  # "website": a field people never see and bots fill
REFUSED = _("Không kiểm tra được bạn là người gửi thật. Hãy trả lời câu hỏi kiểm tra rồi gửi lại.")


def _key() -> bytes:
    return hashlib.sha256(f"defence.spam:{settings.SECRET_KEY}".encode()).digest()


def _sign(text: str) -> str:
    return hmac.new(_key(), text.encode(), hashlib.sha256).hexdigest()


def _first_use(kind: str, token: str) -> bool:
    return cache.add(f"spam:{kind}:{hashlib.sha256(token.encode()).hexdigest()}", 1, CHALLENGE_LIFETIME)


def new_challenge() -> dict:
    expires = int(time.time()) + CHALLENGE_LIFETIME
    salt = f"{secrets.token_hex(12)}?expires={expires}"
    number = secrets.randbelow(settings.SPAM_PROOF_OF_WORK_MAX + 1)
    challenge = hashlib.sha256(f"{salt}{number}".encode()).hexdigest()
    return {
        "algorithm": "SHA-256",
        "challenge": challenge,
        "maxnumber": settings.SPAM_PROOF_OF_WORK_MAX,
        "salt": salt,
        "signature": _sign(challenge),
    }


def solve(challenge: dict) -> str:
    """What the browser's script sends back (also used by tests and by the forms' own checks)."""
    for number in range(challenge["maxnumber"] + 1):
        if hashlib.sha256(f"{challenge['salt']}{number}".encode()).hexdigest() == challenge["challenge"]:
            answer = {key: challenge[key] for key in ("algorithm", "challenge", "salt", "signature")} | {"number": number}
            return base64.b64encode(json.dumps(answer).encode()).decode()
    raise ValueError("no solution")


def proof_of_work_is_valid(payload: str) -> bool:
    try:
        answer = json.loads(base64.b64decode(payload, validate=True))
        salt, number, challenge, signature = answer["salt"], int(answer["number"]), str(answer["challenge"]), str(answer["signature"])
        expires = int(str(salt).rpartition("?expires=")[2])
    except (ValueError, TypeError, KeyError, binascii.Error, json.JSONDecodeError):
        return False
    return (
        hmac.compare_digest(signature, _sign(challenge))
        and hashlib.sha256(f"{salt}{number}".encode()).hexdigest() == challenge
        and expires >= time.time()
        and _first_use("pow", challenge)
    )


@dataclass(frozen=True)
class Question:
    text: str
    token: str


def new_question() -> Question:
    first, second = secrets.randbelow(9) + 1, secrets.randbelow(9) + 1
    ident = secrets.token_hex(8)
    token = signing.dumps({"id": ident, "h": _sign(f"{ident}:{first + second}")}, salt=QUESTION_SALT)
    text = _("%(first)s cộng %(second)s bằng bao nhiêu? Nhập kết quả bằng chữ số.") % {
        "first": str(NUMBER_WORDS[first]).capitalize(),
        "second": str(NUMBER_WORDS[second]),
    }
    return Question(str(text), token)


def answer_is_valid(token: str, answer: str) -> bool:
    try:
        signed = signing.loads(token, salt=QUESTION_SALT, max_age=CHALLENGE_LIFETIME)
        expected = signed["h"]
        ident = str(signed["id"])
    except (signing.BadSignature, TypeError, KeyError):
        return False
    return hmac.compare_digest(str(expected), _sign(f"{ident}:{answer.strip()}")) and _first_use("question", ident)


class SpamDefenceMixin(forms.Form):
    """The honeypot and the fallback question as fields; the proof of work and the question's token travel as
    hidden inputs the template writes fresh on every showing (defence/spam_fields.html)."""

    trang_web = forms.CharField(label=_("Để trống ô này"), required=False, max_length=200)
    cau_tra_loi = forms.CharField(label=_("Câu hỏi kiểm tra"), required=False, max_length=10)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.spam_challenge = new_challenge()
        self.spam_question = new_question()
        self.fields["cau_tra_loi"].label = self.spam_question.text

    @property
    def spam_challenge_json(self) -> str:
        return json.dumps(self.spam_challenge)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get(HONEYPOT):
            raise forms.ValidationError(REFUSED, code="honeypot")
        if proof_of_work_is_valid(self.data.get("bang_chung", "")):
            return cleaned
        if answer_is_valid(self.data.get("cau_hoi_ma", ""), cleaned.get("cau_tra_loi", "")):
            return cleaned
        self.add_error("cau_tra_loi", forms.ValidationError(REFUSED, code="spam_check"))
        return cleaned


def _rate_key(request, scope: str) -> str:
    return f"spam:rate:{scope}:{client_ip(request)}:{int(time.time()) // 3600}"


def exceeded(request, scope: str) -> bool:
    """Whether this address has used up its SPAM_POSTS_PER_HOUR of `scope` this hour, without counting this request
    (for a lookup that counts only its misses with `throttled`: a guesser is then refused even a right guess)."""
    return (cache.get(_rate_key(request, scope)) or 0) >= settings.SPAM_POSTS_PER_HOUR


def throttled(request, scope: str) -> bool:
    """Whether this address has posted to `scope` more than SPAM_POSTS_PER_HOUR times this hour (counts this post)."""
    key = _rate_key(request, scope)
    cache.add(key, 0, 3600)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, 3600)
        count = 1
    return count > settings.SPAM_POSTS_PER_HOUR

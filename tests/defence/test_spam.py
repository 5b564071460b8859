"""The proof of work of public forms (defence/spam.py) refuses what a bot would try: an expired challenge, a forged
one, a wrong number, a question's token with another answer."""

import base64
import hashlib
import json
import time

from defence import spam


def test_a_solved_challenge_passes_once_and_not_after_it_expired(monkeypatch):
    assert spam.proof_of_work_is_valid(spam.solve(spam.new_challenge()))
    late = spam.solve(spam.new_challenge())
    now = time.time()
    monkeypatch.setattr(spam.time, "time", lambda: now + spam.CHALLENGE_LIFETIME + 1)
    assert not spam.proof_of_work_is_valid(late)


def test_a_forged_challenge_or_a_wrong_number_is_refused():
    forged = spam.new_challenge() | {"maxnumber": 10}
    forged["salt"] = f"x?expires={int(time.time()) + 600}"
    forged["challenge"] = hashlib.sha256(f"{forged['salt']}3".encode()).hexdigest()  # signature now wrong
    assert not spam.proof_of_work_is_valid(spam.solve(forged))
    answer = json.loads(base64.b64decode(spam.solve(spam.new_challenge())))
    answer["number"] += 1
    assert not spam.proof_of_work_is_valid(base64.b64encode(json.dumps(answer).encode()).decode())


def test_the_questions_token_takes_only_its_answer():
    question = spam.new_question()
    assert not spam.answer_is_valid(question.token, "999")
    assert not spam.answer_is_valid(question.token + "x", "3")

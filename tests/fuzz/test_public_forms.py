"""No post to a public form answers with a server error (issue 13): every field of the form of Art 9 and of the
completion page with every hostile value of the corpus, as raw bodies (invalid UTF-8 and all), with and without a
solved spam check; the form answers with its messages."""

import re

import pytest
from django.core import signing
from django.test import Client, override_settings

from defence import spam
from intake.completion import CompletionForm, link_for
from intake.forms import SubmissionForm
from intake.models import Channel, Entry, State
from tests.fuzz import corpus
from tests.intake.conftest import challenge_of, valid_fields

pytestmark = pytest.mark.django_db


def hostile_posts(client, path: str, fields, host="localhost", reset=lambda: None):
    statuses = []
    for name in fields:
        for label, value in corpus.HOSTILE.items():
            reset()
            page = client.get(path, HTTP_HOST=host).text
            proof = spam.solve(challenge_of(page)) if len(statuses) % 2 == 0 else corpus.text(value)
            body = {key: corpus.text(str(item)) for key, item in valid_fields(addition="Bổ sung ngày ký").items()}
            body |= {"bang_chung": corpus.text(proof), "cau_hoi_ma": re.search(r'name="cau_hoi_ma" value="([^"]+)"', page).group(1)}
            body[name] = value
            raw = "&".join(f"{key}={item}" for key, item in body.items())
            response = client.post(path, raw, content_type="application/x-www-form-urlencoded", HTTP_HOST=host)
            statuses.append((name, label, response.status_code))
    return statuses


@override_settings(SPAM_POSTS_PER_HOUR=100_000)
def test_hostile_values_in_every_field_of_the_form_of_article_9_never_answer_500(main_site):
    fields = [*SubmissionForm.base_fields, "bang_chung", "cau_hoi_ma"]
    statuses = hostile_posts(Client(raise_request_exception=False), "/gui-thong-tin/", fields)
    errors = [status for status in statuses if status[2] >= 500]
    assert not errors, errors
    assert len(statuses) == len(fields) * len(corpus.HOSTILE)


@override_settings(SPAM_POSTS_PER_HOUR=100_000)
def test_hostile_values_in_every_field_of_the_completion_page_never_answer_500(main_site):
    entry = Entry.objects.create(channel=Channel.WEB, kind="news", title="Cần bổ sung", state=State.AWAITING_COMPLETION)
    entry.new_completion_nonce()
    entry.save()
    path = link_for(entry).split("localhost", 1)[-1].split(":8000", 1)[-1]
    path = path[path.index("/gui-thong-tin/") :]
    fields = [*CompletionForm.base_fields, "bang_chung", "cau_hoi_ma"]
    nonce = entry.completion_nonce

    def reset():
        Entry.objects.filter(pk=entry.pk).update(state=State.AWAITING_COMPLETION, completion_nonce=nonce)

    statuses = hostile_posts(Client(raise_request_exception=False), path, fields, reset=reset)
    errors = [status for status in statuses if status[2] >= 500]
    assert not errors, errors
    assert signing.loads(path.split("/")[-2], salt="intake.completion")["e"] == entry.pk

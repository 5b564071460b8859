"""No post to a public form answers with a server error (issues 13, 14, 15): every field of the form of Art 9, of the
completion page, of the citizens' question form, of the clarification on the tracking page and of the comment form of
a draft open for comment, with every hostile
value of the corpus, as raw bodies (invalid UTF-8 and all), with and without a solved spam check; the form answers
with its messages."""

import re

import pytest
from django.core import signing
from django.test import Client, override_settings

from consultations.forms import CommentForm
from consultations.models import ConsultationIndexPage
from defence import spam
from intake.completion import CompletionForm, link_for
from intake.forms import SubmissionForm
from intake.models import Channel, Entry, State
from qa.models import QuestionIndexPage
from questions import handling
from questions.forms import ClarificationForm, QuestionForm
from questions.models import Question
from questions.models import State as QuestionState
from tests.consultations.conftest import comment_fields, make_draft
from tests.fuzz import corpus
from tests.intake.conftest import challenge_of, valid_fields
from tests.questions.conftest import question_fields

pytestmark = pytest.mark.django_db


def hostile_posts(client, path: str, fields, host="localhost", reset=lambda: None, valid=None):
    """Every field with every hostile value, every other post with a solved proof of work.

    The form page is read once: its fallback question's token is never answered here, so it holds for every post,
    and a proof of work is single-use, so each solved post gets a fresh challenge made as the page makes it
    (defence.spam.new_challenge). Reading the page before each post doubled the run for nothing it tests."""
    page = client.get(path, HTTP_HOST=host).text
    challenge_of(page)  # the page offers the proof of work that the posts below answer
    question_token = re.search(r'name="cau_hoi_ma" value="([^"]+)"', page).group(1)
    base = {key: corpus.text(str(item)) for key, item in (valid or valid_fields(addition="Bổ sung ngày ký")).items()}
    statuses = []
    for name in fields:
        for label, value in corpus.HOSTILE.items():
            reset()
            proof = spam.solve(spam.new_challenge()) if len(statuses) % 2 == 0 else corpus.text(value)
            body = base | {"bang_chung": corpus.text(proof), "cau_hoi_ma": question_token}
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


@override_settings(SPAM_POSTS_PER_HOUR=100_000)
def test_hostile_values_in_every_field_of_the_question_form_never_answer_500(main_site):
    main_site.site.root_page.add_child(instance=QuestionIndexPage(title="Hỏi đáp pháp luật", slug="hoi-dap"))
    fields = [*QuestionForm.base_fields, "bang_chung", "cau_hoi_ma"]
    statuses = hostile_posts(Client(raise_request_exception=False), "/hoi-dap/gui-cau-hoi/", fields, valid=question_fields())
    errors = [status for status in statuses if status[2] >= 500]
    assert not errors, errors
    assert len(statuses) == len(fields) * len(corpus.HOSTILE)


@override_settings(SPAM_POSTS_PER_HOUR=100_000)
def test_hostile_values_in_every_field_of_the_clarification_never_answer_500(main_site):
    main_site.site.root_page.add_child(instance=QuestionIndexPage(title="Hỏi đáp pháp luật", slug="hoi-dap"))
    question = handling.receive({**question_fields(), "subject_area": None, "attachment": None})
    handling.ask_clarification(question, None, "Bản án nào?")
    fields = [*ClarificationForm.base_fields, "bang_chung", "cau_hoi_ma"]
    valid = {"code": question.tracking_code, "email": "binh.tv@example.vn", "clarification": "Bản án năm 2022."}

    def reset():
        Question.objects.filter(pk=question.pk).update(state=QuestionState.CLARIFICATION)

    path = f"/hoi-dap/tra-cuu/?code={question.tracking_code}"
    statuses = hostile_posts(Client(raise_request_exception=False), path, fields, reset=reset, valid=valid)
    errors = [status for status in statuses if status[2] >= 500]
    assert not errors, errors


@override_settings(SPAM_POSTS_PER_HOUR=100_000)
def test_hostile_values_in_every_field_of_the_comment_form_never_answer_500(main_site):
    index = main_site.site.root_page.add_child(instance=ConsultationIndexPage(title="Lấy ý kiến dự thảo", slug="lay-y-kien"))
    draft = make_draft(index)
    fields = [*CommentForm(anchors={}).fields, "bang_chung", "cau_hoi_ma"]
    statuses = hostile_posts(Client(raise_request_exception=False), f"{draft.url}gop-y/", fields, valid=comment_fields())
    errors = [status for status in statuses if status[2] >= 500]
    assert not errors, errors
    assert len(statuses) == len(fields) * len(corpus.HOSTILE)

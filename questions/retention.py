"""The askers' personal data is kept QUESTIONS_PERSONAL_DATA_RETENTION_DAYS after a question's handling ended (its
answer published or sent privately, or the question closed as not our competence, duplicate or spam), then erased
(R-IN-2; Law 91/2025): name, e-mail, phone, the e-mail's digest and the attachment. The question, its answer, its
time line and the published page (which never held them) stay. Each erasure is an event on the time line and an
entry of the audit log. Run by the periodic job `purge_question_personal_data` (OPERATIONS_SCHEDULE)."""

import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log

from questions.models import ASKER_FIELDS, Event, Question

ERASED = "moj.question_personal_data_erased"


def due_for_erasure(now=None):
    before = (now or timezone.now()) - datetime.timedelta(days=settings.QUESTIONS_PERSONAL_DATA_RETENTION_DAYS)
    return Question.objects.filter(closed_at__lt=before, personal_data_erased_at__isnull=True)


@transaction.atomic
def erase(question: Question) -> None:
    for name in ASKER_FIELDS:
        setattr(question, name, "")
    question.email_digest = ""
    if question.attachment:
        question.attachment.delete(save=False)
    question.attachment_name = ""
    question.personal_data_erased_at = timezone.now()
    question.save()
    Event.objects.create(question=question, kind=Event.Kind.ERASED)
    log(instance=question, action=ERASED, user=None, data={"fields": ", ".join([*ASKER_FIELDS, "attachment"])})


def purge(now=None) -> int:
    erased = 0
    for question in due_for_erasure(now):
        erase(question)
        erased += 1
    return erased

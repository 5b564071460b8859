"""The commenters' personal data is kept CONSULTATION_PERSONAL_DATA_RETENTION_DAYS after it last served (Law 91/2025):
after the draft's report was published (the commenters were e-mailed its link), or after the comment was sent if its
e-mail was never confirmed (it never took part). Then the e-mail, its digest and the attachment are erased, and the
name and organisation too unless the commenter chose to show them — what a published comment and the published
report show (Comment.public_name) stays. Each erasure is an entry of the audit log. Run by the periodic job
`purge_consultation_personal_data` (OPERATIONS_SCHEDULE)."""

import datetime

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from wagtail.log_actions import log

from consultations.models import Comment

ERASED = "moj.consultation_personal_data_erased"


def due_for_erasure(now=None):
    before = (now or timezone.now()) - datetime.timedelta(days=settings.CONSULTATION_PERSONAL_DATA_RETENTION_DAYS)
    served = Q(page__report_published_at__lt=before) | Q(email_confirmed_at__isnull=True, submitted_at__lt=before)
    return Comment.objects.filter(served, personal_data_erased_at__isnull=True)


@transaction.atomic
def erase(comment: Comment) -> None:
    erased = ["email", "attachment"]
    shows_organisation = comment.show_name and comment.author_kind == Comment.AuthorKind.ORGANISATION and comment.organisation
    if not comment.show_name or shows_organisation:
        erased.append("full_name")
    if not shows_organisation:
        erased.append("organisation")
    for name in erased:
        if name != "attachment":
            setattr(comment, name, "")
    comment.email_digest = ""
    if comment.attachment:
        comment.attachment.delete(save=False)
    comment.attachment_name = ""
    comment.personal_data_erased_at = timezone.now()
    comment.save()
    log(instance=comment, action=ERASED, user=None, data={"fields": ", ".join(erased)})


def purge(now=None) -> int:
    erased = 0
    for comment in due_for_erasure(now).select_related("page"):
        erase(comment)
        erased += 1
    return erased

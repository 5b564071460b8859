"""Moderating comments (issue 15): received → published, hidden with a reason, or marked a duplicate of another comment
of the same draft. Only a comment whose e-mail was confirmed is published. Every action is an audit log entry."""

from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from consultations.choices import CommentState

PUBLISHED = "moj.consultation_comment_publish"
HIDDEN = "moj.consultation_comment_hide"
DUPLICATE = "moj.consultation_comment_duplicate"


class ModerationRefused(Exception):
    pass


def publish(comment, user) -> None:
    if not comment.is_confirmed:
        raise ModerationRefused(_("Người góp ý chưa xác nhận thư điện tử; chưa thể đăng góp ý này."))
    _moderate(comment, user, CommentState.PUBLISHED, PUBLISHED)


def hide(comment, user, reason: str) -> None:
    if not reason.strip():
        raise ModerationRefused(_("Hãy nêu lý do không đăng."))
    comment.hidden_reason = reason.strip()
    _moderate(comment, user, CommentState.HIDDEN, HIDDEN, {"reason": comment.hidden_reason})


def mark_duplicate(comment, user, original) -> None:
    if original is None or original.pk == comment.pk or original.page_id != comment.page_id:
        raise ModerationRefused(_("Hãy chọn góp ý gốc, khác góp ý này, của cùng dự thảo."))
    comment.duplicate_of = original
    _moderate(comment, user, CommentState.DUPLICATE, DUPLICATE, {"duplicate_of": original.pk})


def _moderate(comment, user, state, action, data=None) -> None:
    previous = comment.state
    comment.state, comment.moderated_by, comment.moderated_at = state, user, timezone.now()
    comment.save()
    log(instance=comment, action=action, user=user, data={"from": previous, **(data or {})})

"""The rules of the editorial process that every door applies the same way (R-FLOW-1, R-FLOW-4): the six reasons of
Art 14, who counts as an author of an item, and the refusals a user is told about. No models of our own."""

from collections import defaultdict

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Revision, get_default_page_content_type


class RefusalReason(models.TextChoices):
    """The six reasons of Art 14 for refusing to publish (R-FLOW-4)."""

    AGAINST_POLICY = "policy", _("Không phù hợp với chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước")
    STATE_SECRET = "secret", _("Chứa bí mật Nhà nước hoặc nội dung chỉ phổ biến nội bộ")
    INACCURATE = "inaccurate", _("Nội dung không chính xác, không đúng sự thật")
    ALREADY_PUBLISHED = "duplicate", _("Nội dung đã được đăng tải trên Cổng")
    POOR_QUALITY = "quality", _("Không bảo đảm chất lượng về nội dung, hình ảnh")
    TOO_LATE = "late", _("Quá thời hạn gửi đăng tải")


class WorkflowActionRefused(Exception):
    """A workflow action refused with a message for its user: editorial.middleware answers it with that message on the
    item's editor (Wagtail would turn a PermissionDenied into its generic "no permission")."""


class SelfReviewRefused(WorkflowActionRefused):
    pass


class ActionRefused(Exception):
    """A reasoned action on an item (takedown, restore, publishing without review…) that cannot be taken."""


SELF_REVIEW_REFUSED = _("Bạn đã gửi hoặc sửa tin bài này nên không thể tự duyệt; người khác phải kiểm tra, duyệt.")


def authors_of(workflow_state=None, *revisions) -> set[int]:
    """Who wrote an item, for the rule that a different person checks it (R-FLOW-1): whoever submitted it (the
    workflow's requester) and the authors of the given revisions (the one under review, the latest, the live one).
    Takes objects the caller already has, so that a dashboard of many items asks no query per item."""
    ids = {workflow_state.requested_by_id if workflow_state is not None else None}
    ids.update(getattr(revision, "user_id", None) for revision in revisions)
    return ids - {None}


def authors_since_publication(pages) -> dict[int, set[int]]:
    """For each page, everyone who saved a revision of it since it was last published (ever, if it never was), in one
    query: whoever changed the text under review wrote part of it, even if someone else resubmitted it (issue 12)."""
    pages = list(pages)
    published_at = {str(page.pk): page.last_published_at for page in pages}
    authors = defaultdict(set)
    revisions = Revision.objects.filter(base_content_type=get_default_page_content_type(), object_id__in=published_at)
    for object_id, user_id, created_at in revisions.values_list("object_id", "user_id", "created_at"):
        since = published_at[object_id]
        if user_id is not None and (since is None or created_at > since):
            authors[int(object_id)].add(user_id)
    return authors


def refuse_self_review(task_state, user) -> None:
    """Whoever submitted the item, or wrote any revision of it since it was last published, can never approve or send
    it back, whatever their role."""
    workflow_state = task_state.workflow_state
    page = workflow_state.content_object
    authors = authors_of(workflow_state, task_state.revision, page.get_latest_revision())
    if user.pk in authors | authors_since_publication([page])[page.pk]:
        raise SelfReviewRefused(SELF_REVIEW_REFUSED)

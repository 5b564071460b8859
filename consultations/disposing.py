"""Disposing of the comments after closing (issue 15, item 4). The drafting unit (consultations.access) writes a
disposition for each published comment — tiếp thu / tiếp thu một phần / không tiếp thu / giải trình, with its
explanation — then sends the set for approval ("gửi duyệt") with the revised draft. A second person approves it
(which publishes the report: consultations.publishing) or sends it back with a reason. As for pages (editorial.rules,
R-FLOW-1), whoever wrote any of the dispositions or sent the set can never approve or send it back. Nothing is
disposed before the period closes, nor changed while the set waits for approval or once approved. Every action is an
audit log entry: a disposition on its comment, the set's steps on the draft page."""

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from consultations import periods, publishing
from consultations.choices import CommentState, ReviewState
from consultations.dispositions import Disposition, DispositionReview
from consultations.draft_text import DraftTextError, parse_docx
from consultations.models import Comment

DISPOSED = "moj.consultation_disposition"
SUBMITTED = "moj.consultation_dispositions_submit"
APPROVED = "moj.consultation_dispositions_approve"
RETURNED = "moj.consultation_dispositions_return"


class DispositionRefused(Exception):
    pass


SELF_APPROVAL_REFUSED = _("Bạn đã viết hoặc gửi duyệt bản giải trình, tiếp thu này nên không thể tự duyệt; người khác phải duyệt.")


def review_of(page) -> DispositionReview:
    return DispositionReview.objects.get_or_create(page=page)[0]


def disposable(page):
    """The comments that get a disposition: the published ones (hidden and duplicate ones are not in the report)."""
    return page.comments.filter(state=CommentState.PUBLISHED)


def undisposed_count(page) -> int:
    return disposable(page).filter(disposition__isnull=True).count()


def _refuse_unless_closed(page) -> None:
    if page.state != periods.ConsultationState.CLOSED:
        if page.state == periods.ConsultationState.REPORTED:
            raise DispositionRefused(_("Báo cáo tiếp thu, giải trình đã được công bố; không thay đổi được nữa."))
        raise DispositionRefused(_("Chỉ tiếp thu, giải trình góp ý sau khi kết thúc thời hạn lấy ý kiến."))


def _refuse_unless_editable(review) -> None:
    if not review.editable:
        raise DispositionRefused(_("Bản giải trình, tiếp thu đang chờ duyệt hoặc đã được duyệt; không sửa được."))


def dispose(comment, user, kind: str, explanation: str, summary: str = "") -> Disposition:
    page = comment.page
    _refuse_unless_closed(page)
    if comment.state != CommentState.PUBLISHED:
        raise DispositionRefused(_("Chỉ giải trình, tiếp thu góp ý đã đăng."))
    _refuse_unless_editable(review_of(page))
    if not explanation.strip():
        raise DispositionRefused(_("Hãy nêu nội dung giải trình, tiếp thu."))
    disposition, _created = Disposition.objects.update_or_create(
        comment=comment,
        defaults={
            "kind": kind,
            "explanation": explanation.strip(),
            "summary": summary.strip(),
            "written_by": user,
            "written_at": timezone.now(),
        },
    )
    log(instance=comment, action=DISPOSED, user=user, data={"kind": kind, "explanation": disposition.explanation})
    return disposition


def _refuse_unless_all_disposed(page) -> None:
    missing = undisposed_count(page)
    if missing:
        raise DispositionRefused(_("Còn %(count)s góp ý đã đăng chưa được giải trình, tiếp thu.") % {"count": missing})


def authors(page, review=None) -> set[int]:
    """Everyone who wrote a disposition of the draft's comments (each write is logged) or sent the set for approval."""
    review = review or review_of(page)
    comment_ids = [str(pk) for pk in page.comments.values_list("pk", flat=True)]
    written = ModelLogEntry.objects.filter(
        action=DISPOSED, content_type=ContentType.objects.get_for_model(Comment), object_id__in=comment_ids
    ).values_list("user_id", flat=True)
    ids = set(written) | set(Disposition.objects.filter(comment__page=page).values_list("written_by_id", flat=True))
    ids.add(review.submitted_by_id)
    return ids - {None}


def submit(page, user, revised_file, revised_label: str) -> DispositionReview:
    """Sends the set for approval with the revised draft (a .docx, parsed here so that a bad file is refused now)."""
    _refuse_unless_closed(page)
    review = review_of(page)
    _refuse_unless_editable(review)
    _refuse_unless_all_disposed(page)
    try:
        parse_docx(revised_file)
    except DraftTextError as error:
        raise DispositionRefused(str(error)) from error
    revised_file.seek(0)
    review.revised_docx.save(f"{page.slug}-chinh-ly.docx", revised_file, save=False)
    review.revised_label = revised_label.strip()
    review.state, review.submitted_by, review.submitted_at, review.return_reason = ReviewState.SUBMITTED, user, timezone.now(), ""
    review.save()
    log(instance=page, action=SUBMITTED, user=user, data={"revised_label": review.revised_label})
    return review


def _refuse_unless_second_person(page, review, user) -> None:
    if review.state != ReviewState.SUBMITTED:
        raise DispositionRefused(_("Bản giải trình, tiếp thu chưa được gửi duyệt."))
    if user.pk in authors(page, review):
        raise DispositionRefused(SELF_APPROVAL_REFUSED)


def approve(page, user) -> DispositionReview:
    """Approves the set and publishes the report with the revised draft, at once (consultations.publishing says why)."""
    review = review_of(page)
    _refuse_unless_second_person(page, review, user)
    _refuse_unless_closed(page)
    _refuse_unless_all_disposed(page)  # a comment may have been published (moderated) since the set was sent
    with transaction.atomic():
        try:
            publishing.publish_report(page, review, user)
        except publishing.PublicationRefused as refusal:
            raise DispositionRefused(str(refusal)) from refusal
        review.state, review.decided_by, review.decided_at = ReviewState.APPROVED, user, timezone.now()
        review.save()
        log(instance=page, action=APPROVED, user=user)
    return review


def send_back(page, user, reason: str) -> DispositionReview:
    review = review_of(page)
    _refuse_unless_second_person(page, review, user)
    if not reason.strip():
        raise DispositionRefused(_("Hãy nêu lý do trả lại."))
    review.state, review.decided_by, review.decided_at, review.return_reason = ReviewState.RETURNED, user, timezone.now(), reason.strip()
    review.save()
    log(instance=page, action=RETURNED, user=user, data={"reason": review.return_reason})
    return review

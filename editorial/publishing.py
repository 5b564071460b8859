"""What the Standing Board does to items outside the ordinary two steps (R-FLOW-1, R-FLOW-5, Art 15): the Chief
Editor's publishing without review, its later review, temporary takedowns, their restoration, permanent removals.
Each needs a reason and leaves a log entry with it (R-OPS-3)."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log
from wagtail.models import Page, Site

from accounts.roles import is_chief_editor
from editorial.models import SiteApprovalTask, Takedown, UnreviewedPublication
from editorial.rules import ActionRefused, authors_of

OVERRIDE_PUBLISH = "moj.override_publish"
OVERRIDE_REVIEWED = "moj.override_reviewed"
TAKEDOWN = "moj.takedown"
REMOVAL = "moj.removal"
RESTORE = "moj.restore"
CORRECTION = "moj.correction"
CORRECTION_DRAFT = "moj.correction_draft"
REFUSED = "moj.refused"


def can_take_down(page: Page, user) -> bool:
    """The Standing Board decides takedowns (Art 15.3): on a site, whoever may publish and unpublish its items."""
    return page.permissions_for_user(user).can_unpublish()


def can_restore(page: Page, user) -> bool:
    return page.permissions_for_user(user).can_publish()


def can_review_override(page: Page, user, flag: UnreviewedPublication) -> bool:
    """An approver of the item's tree, other than the person who published it without review."""
    if user.pk == flag.published_by_id or user.pk in authors_of(None, page.live_revision):
        return False
    workflow = page.get_workflow()
    approval = SiteApprovalTask.objects.filter(workflow_tasks__workflow=workflow).first() if workflow else None
    return approval is not None and (user.is_superuser or approval.groups.filter(pk__in=user.groups.all()).exists())


def pending_override(page: Page) -> UnreviewedPublication | None:
    return UnreviewedPublication.objects.filter(page=page, reviewed_at__isnull=True).first()


def active_takedown(page: Page) -> Takedown | None:
    return Takedown.objects.filter(page=page, restored_at__isnull=True).first()


def _require_reason(reason: str) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise ActionRefused(_("Phải ghi lý do."))
    return reason


@transaction.atomic
def publish_without_review(page: Page, user, reason: str) -> UnreviewedPublication:
    """GOV.UK's "force publish": the Chief Editor publishes the latest version at once, with a written reason;
    the item stays flagged "not reviewed" until an approver reviews it."""
    if not is_chief_editor(user):
        raise ActionRefused(_("Chỉ Trưởng Ban Biên tập được xuất bản không qua duyệt."))
    reason = _require_reason(reason)
    page = page.specific
    if active_takedown(page):
        raise ActionRefused(_("Tin bài đang bị gỡ: khôi phục sau xác minh (gỡ tạm thời) hoặc không xuất bản lại (gỡ vĩnh viễn)."))
    if page.workflow_in_progress:
        page.current_workflow_state.cancel(user=user)
    revision = page.get_latest_revision() or page.save_revision(user=user)
    revision.publish(user=user)
    flag = UnreviewedPublication.objects.create(page=page, reason=reason, published_by=user)
    log(instance=page, action=OVERRIDE_PUBLISH, user=user, data={"reason": reason}, revision=revision)
    return flag


@transaction.atomic
def mark_reviewed(page: Page, user, note: str) -> UnreviewedPublication:
    flag = pending_override(page)
    if flag is None:
        raise ActionRefused(_("Tin bài này không có lần xuất bản nào chờ rà soát."))
    if not can_review_override(page, user, flag):
        raise ActionRefused(_("Người duyệt của trang, khác người đã xuất bản, mới được xác nhận đã rà soát."))
    note = _require_reason(note)
    flag.reviewed_by, flag.reviewed_at = user, timezone.now()
    flag.save(update_fields=["reviewed_by", "reviewed_at"])
    log(instance=page, action=OVERRIDE_REVIEWED, user=user, data={"reason": note, "override_reason": flag.reason})
    return flag


@transaction.atomic
def take_down(page: Page, user, kind: str, reason: str) -> Takedown:
    """Unpublish the item; its address answers with a notice (temporary: under verification; permanent: removed)."""
    if not can_take_down(page, user):
        raise ActionRefused(_("Bạn không có quyền gỡ tin bài này."))
    reason = _require_reason(reason)
    page = page.specific
    if not page.live or active_takedown(page):
        raise ActionRefused(_("Tin bài này không đang được đăng."))
    url_parts = page.get_url_parts()
    if url_parts is None:
        raise ActionRefused(_("Tin bài này không có địa chỉ công khai."))
    takedown = Takedown.objects.create(
        page=page,
        site=page.get_site(),
        path=url_parts[2],
        kind=kind,
        reason=reason,
        revision=page.live_revision,
        taken_down_by=user,
    )
    page.unpublish(user=user, log_action=False)
    log(instance=page, action=REMOVAL if kind == Takedown.Kind.PERMANENT else TAKEDOWN, user=user, data={"reason": reason})
    return takedown


@transaction.atomic
def restore(page: Page, user, reason: str) -> Takedown:
    """Put a temporarily taken-down item back, as it was, after verification."""
    takedown = active_takedown(page)
    if takedown is None or takedown.kind != Takedown.Kind.TEMPORARY:
        raise ActionRefused(_("Chỉ tin bài đang gỡ tạm thời mới được khôi phục."))
    if not can_restore(page, user):
        raise ActionRefused(_("Bạn không có quyền khôi phục tin bài này."))
    reason = _require_reason(reason)
    if takedown.revision is None:
        raise ActionRefused(_("Không còn phiên bản đã đăng trước khi gỡ; gửi duyệt lại tin bài."))
    takedown.restored_by, takedown.restored_at = user, timezone.now()
    takedown.save(update_fields=["restored_by", "restored_at"])
    takedown.revision.publish(user=user, log_action=False)
    log(instance=page, action=RESTORE, user=user, data={"reason": reason})
    return takedown


def open_correction_draft(page: Page, user, reason: str, source: str):
    """A draft of the published item for its site's editors to correct and take through the two steps, asked for by a
    unit answering a review request or by a Board member following their fields (Art 15.2, 15.4). A draft already
    waiting is that draft (saving another would bury its changes); the live version stays until the correction is
    approved. Logged with its reason and who asked."""
    page = page.specific
    revision = page.get_latest_revision() if page.has_unpublished_changes else None
    revision = revision or page.save_revision(user=user, log_action=False)
    log(instance=page, action=CORRECTION_DRAFT, user=user, data={"reason": reason, "source": source}, revision=revision)
    return revision


def takedown_for_path(site: Site, path: str) -> Takedown | None:
    """The notice to show at a public address that answers 404 because its item was taken down."""
    return Takedown.objects.filter(site=site, path=path, restored_at__isnull=True).first()

"""The steps of every workflow (R-FLOW-1..4): the Board member's expert review and the site's approval, each with a
due time in working days, the refusal form with the reasons of Art 14, and no self-review."""

import datetime

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask, Task, TaskState

from editorial.calendar import ONE_DAY, working_days
from editorial.forms import RefusalForm
from editorial.models.board import expert_reviewers, working_calendar
from editorial.models.takedowns import Takedown
from editorial.rules import (
    RefusalReason,
    SelfReviewRefused,
    WorkflowActionRefused,
    authors_of,
    authors_since_publication,
    refuse_self_review,
)


class EditorialTaskState(TaskState):
    """A step of a workflow with its due time (R-FLOW-3), its reviewers when chosen from data (R-FLOW-2) and the
    reason of a refusal (R-FLOW-4)."""

    due_at = models.DateTimeField(_("Hạn xử lý"), null=True, blank=True, db_index=True)
    refusal_reason = models.CharField(_("Lý do từ chối"), max_length=20, choices=RefusalReason.choices, blank=True)
    reviewers = models.ManyToManyField(settings.AUTH_USER_MODEL, blank=True, related_name="+", verbose_name=_("Người thẩm định"))

    class Meta:
        verbose_name = _("Bước xử lý")
        verbose_name_plural = _("Bước xử lý")

    def get_comment(self):
        if self.refusal_reason:
            return f"{self.get_refusal_reason_display()} — {self.comment}"
        return self.comment

    @property
    def is_overdue(self) -> bool:
        return self.status == self.STATUS_IN_PROGRESS and self.due_at is not None and timezone.now() > self.due_at


class Reminder(models.Model):
    """A deadline reminder sent to one person (R-FLOW-3): once before the due time, once when it has passed."""

    class Kind(models.TextChoices):
        DUE_SOON = "due-soon", _("Sắp đến hạn")
        OVERDUE = "overdue", _("Quá hạn")

    task_state = models.ForeignKey(EditorialTaskState, on_delete=models.CASCADE, related_name="reminders")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="deadline_reminders")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["task_state", "user", "kind"], name="one_reminder_per_kind")]
        ordering = ["-sent_at"]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.task_state_id} → {self.user}"


class EditorialTaskMixin:
    """What every step of our workflows shares: a due time in working days, the refusal form, and no self-review."""

    task_state_class = EditorialTaskState

    def deadline(self, page) -> datetime.timedelta:
        raise NotImplementedError

    def start_with_deadline(self, task_state: EditorialTaskState) -> EditorialTaskState:
        page = task_state.workflow_state.content_object
        revision_page = task_state.revision.as_object() if task_state.revision_id else page
        task_state.due_at = working_calendar().add(self.deadline_counts_from(task_state, revision_page), self.deadline(revision_page))
        task_state.save(update_fields=["due_at"])
        return task_state

    def deadline_counts_from(self, task_state, page):
        return task_state.started_at

    def get_form_for_action(self, action):
        if action == "reject":
            return RefusalForm
        return super().get_form_for_action(action)

    def on_action(self, task_state, user, action_name, **kwargs):
        task_state = task_state.specific
        refuse_self_review(task_state, user)
        self.check_may_act(task_state, user, action_name)
        if action_name == "reject":
            form = RefusalForm({"reason": kwargs.get("reason", ""), "comment": kwargs.get("comment", "")})
            if not form.is_valid():
                raise WorkflowActionRefused(_("Phải chọn lý do theo Điều 14 và ghi nhận xét."))
            task_state.refusal_reason = form.cleaned_data["reason"]
            task_state.reject(user=user, comment=form.cleaned_data["comment"])
        elif action_name == "approve":
            task_state.approve(user=user, comment=kwargs.get("comment", ""))
        # Wagtail reads what this returns as the address to go to next: None keeps its own.

    def check_may_act(self, task_state, user, action_name) -> None:
        """A permanently removed item is never published again (R-FLOW-5)."""
        if action_name == "approve" and Takedown.is_removed_for_good(task_state.workflow_state.object_id):
            raise WorkflowActionRefused(_("Tin bài này đã bị gỡ bỏ vĩnh viễn; không thể xuất bản lại."))

    def get_actions(self, obj, user):
        actions = self.reviewer_actions(obj, user)
        if not actions:
            return []
        task_state = obj.current_workflow_task_state
        try:
            if task_state is not None:
                refuse_self_review(task_state, user)
        except SelfReviewRefused:
            return []
        return actions


class SiteApprovalTask(EditorialTaskMixin, AbstractGroupApprovalTask):
    """Step 2 of Art 12.1: an approver of the item's site checks, approves and publishes it, within ½ or 1 working
    day of receipt depending on its kind (Art 13)."""

    def start(self, workflow_state, user=None):
        return self.start_with_deadline(super().start(workflow_state, user=user).specific)

    def deadline_counts_from(self, task_state, page):
        """Art 13 counts from the receipt of the information: an item made from information sent to the portal
        counts from when it arrived (R-IN-5), any other from when it reached this step."""
        received = getattr(page, "information_received_at", lambda: None)()
        return received or task_state.started_at

    def deadline(self, page) -> datetime.timedelta:
        # The page type says how fast it must be published (home.models.ReviewableMixin); other pages: 1 working day.
        return working_days(getattr(page, "publishing_deadline_days", lambda: 1)())

    def moderator_actions(self):
        return [
            ("reject", _("Trả lại kèm lý do"), True),
            ("approve", _("Duyệt và xuất bản"), False),
            ("approve", _("Duyệt, kèm nhận xét"), True),
        ]

    def reviewer_actions(self, obj, user):
        return self.moderator_actions() if user.is_superuser or self._user_in_groups(user) else []

    @classmethod
    def get_description(cls):
        return _("Người duyệt của trang kiểm tra, duyệt và xuất bản trong ½ hoặc 01 ngày làm việc (Điều 13).")

    class Meta:
        verbose_name = _("Duyệt và xuất bản")
        verbose_name_plural = _("Duyệt và xuất bản")


class ExpertReviewTask(EditorialTaskMixin, Task):
    """Art 12.3: a complex item goes first to the Board member(s) of its field, chosen from `BoardMember` data, who
    return it within 1 working day. Items that need no expert review pass this step as "skipped"."""

    def start(self, workflow_state, user=None):
        page = workflow_state.content_object.get_latest_revision_as_object()
        latest = workflow_state.content_object.get_latest_revision()
        # Nobody reviews their own item; with no Board member left the item goes straight to the approvers.
        complex_item = hasattr(page, "requires_expert_review") and page.requires_expert_review()
        authors = authors_of(workflow_state, latest) | authors_since_publication([workflow_state.content_object])[page.pk]
        reviewers = expert_reviewers(page).exclude(pk__in=authors) if complex_item else None
        if not (complex_item and reviewers.exists()):
            return EditorialTaskState.objects.create(
                workflow_state=workflow_state,
                revision=workflow_state.content_object.get_latest_revision(),
                task=self,
                status=TaskState.STATUS_SKIPPED,
                finished_at=timezone.now(),
            )
        task_state = super().start(workflow_state, user=user).specific
        task_state.reviewers.set(reviewers)
        return self.start_with_deadline(task_state)

    def deadline(self, page) -> datetime.timedelta:
        return ONE_DAY

    def check_may_act(self, task_state, user, action_name) -> None:
        if not (user.is_superuser or task_state.reviewers.filter(pk=user.pk).exists()):
            raise PermissionDenied
        super().check_may_act(task_state, user, action_name)

    def _is_reviewer(self, obj, user) -> bool:
        task_state = obj.current_workflow_task_state
        return task_state is not None and task_state.specific.reviewers.filter(pk=user.pk).exists()

    def user_can_access_editor(self, obj, user):
        return user.is_superuser or self._is_reviewer(obj, user)

    def locked_for_user(self, obj, user):
        return not (user.is_superuser or self._is_reviewer(obj, user))

    def moderator_actions(self):
        return [
            ("reject", _("Gửi lại kèm nhận xét"), True),
            ("approve", _("Đồng ý nội dung"), False),
            ("approve", _("Đồng ý, kèm nhận xét"), True),
        ]

    def reviewer_actions(self, obj, user):
        return self.moderator_actions() if user.is_superuser or self._is_reviewer(obj, user) else []

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
        if user.is_superuser:
            return states
        return states.filter(pk__in=EditorialTaskState.objects.filter(reviewers=user).values("pk"))

    @classmethod
    def get_description(cls):
        return _("Thành viên Ban Biên tập phụ trách lĩnh vực thẩm định tin, bài phức tạp trong 01 ngày làm việc (Điều 12.3).")

    class Meta:
        verbose_name = _("Thẩm định chuyên môn")
        verbose_name_plural = _("Thẩm định chuyên môn")

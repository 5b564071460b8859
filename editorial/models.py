import datetime

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import AbstractGroupApprovalTask, Task, TaskState

from editorial.calendar import ONE_DAY


class BoardMember(models.Model):
    """A member of the Editorial Board and the fields (lĩnh vực) they review (R-FLOW-2, Art 12.3)."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="board_member")
    subject_areas = models.ManyToManyField("home.SubjectArea", verbose_name=_("Lĩnh vực phụ trách"), related_name="board_members")

    panels = [FieldPanel("user"), FieldPanel("subject_areas", widget=forms.CheckboxSelectMultiple)]

    class Meta:
        verbose_name = _("Thành viên Ban Biên tập")
        verbose_name_plural = _("Thành viên Ban Biên tập")

    def __str__(self):
        return self.user.get_full_name() or self.user.get_username()


class CalendarException(models.Model):
    """A correction to the national calendar that administrators add each year: an extra day off (Tết is often
    longer than the law's days) or a make-up working day (R-FLOW-3)."""

    date = models.DateField(_("Ngày"), unique=True)
    is_working_day = models.BooleanField(
        _("Là ngày làm việc"), default=False, help_text=_("Đánh dấu nếu là ngày làm việc bù; bỏ trống nếu là ngày nghỉ.")
    )
    note = models.CharField(
        _("Ghi chú"), max_length=255, blank=True, help_text=_("Ví dụ: Nghỉ Tết Nguyên đán theo thông báo của Chính phủ.")
    )

    panels = [FieldPanel("date"), FieldPanel("is_working_day"), FieldPanel("note")]

    class Meta:
        ordering = ["-date"]
        verbose_name = _("Ngày nghỉ, ngày làm bù")
        verbose_name_plural = _("Lịch ngày nghỉ, ngày làm bù")

    def __str__(self):
        return f"{self.date:%d/%m/%Y} — {self.note or (_('làm bù') if self.is_working_day else _('nghỉ'))}"


class RefusalReason(models.TextChoices):
    """The six reasons of Art 14 for refusing to publish (R-FLOW-4)."""

    AGAINST_POLICY = "policy", _("Không phù hợp với chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước")
    STATE_SECRET = "secret", _("Chứa bí mật Nhà nước hoặc nội dung chỉ phổ biến nội bộ")
    INACCURATE = "inaccurate", _("Nội dung không chính xác, không đúng sự thật")
    ALREADY_PUBLISHED = "duplicate", _("Nội dung đã được đăng tải trên Cổng")
    POOR_QUALITY = "quality", _("Không bảo đảm chất lượng về nội dung, hình ảnh")
    TOO_LATE = "late", _("Quá thời hạn gửi đăng tải")


class ReviewableMixin(models.Model):
    """A page that can be marked complex, so that the Board member of its field reviews it first (R-FLOW-2, Art 12.3),
    and whose publishing deadline depends on its kind (R-FLOW-3, Art 13)."""

    needs_expert_review = models.BooleanField(
        _("Tin, bài chuyên sâu, phức tạp"),
        default=False,
        help_text=_("Đánh dấu để thành viên Ban Biên tập phụ trách lĩnh vực thẩm định trước khi duyệt (trong 01 ngày làm việc)."),
    )

    class Meta:
        abstract = True

    def publishing_deadline(self) -> datetime.timedelta:
        return ONE_DAY

    def requires_expert_review(self) -> bool:
        return self.needs_expert_review or self.subject_areas.filter(always_expert_review=True).exists()

    def expert_reviewers(self):
        """The Board members of the item's fields; every Board member when none covers them."""
        members = BoardMember.objects.filter(subject_areas__in=self.subject_areas.all()).distinct()
        if not members.exists():
            members = BoardMember.objects.all()
        return get_user_model().objects.filter(board_member__in=members, is_active=True)


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


class Takedown(models.Model):
    """A published item taken off the public site, temporarily for verification or permanently (R-FLOW-5, Art 15.3).
    The page is unpublished; its address answers with a notice instead of a 404."""

    class Kind(models.TextChoices):
        TEMPORARY = "temporary", _("Gỡ tạm thời để xác minh")
        PERMANENT = "permanent", _("Gỡ bỏ vĩnh viễn")

    # Kept when the page is deleted: its address goes on answering with the notice.
    page = models.ForeignKey("wagtailcore.Page", null=True, on_delete=models.SET_NULL, related_name="takedowns")
    site = models.ForeignKey("wagtailcore.Site", on_delete=models.CASCADE, related_name="+")
    path = models.CharField(max_length=1000, help_text="The public path the page had, e.g. /tin-tuc/bai-viet/.")
    kind = models.CharField(_("Hình thức"), max_length=20, choices=Kind.choices)
    reason = models.TextField(_("Lý do"))
    revision = models.ForeignKey("wagtailcore.Revision", null=True, on_delete=models.SET_NULL, related_name="+")
    taken_down_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    taken_down_at = models.DateTimeField(auto_now_add=True)
    restored_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    restored_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-taken_down_at"]
        indexes = [models.Index(fields=["site", "path"])]
        verbose_name = _("Gỡ tin bài")
        verbose_name_plural = _("Tin bài đã gỡ")

    def __str__(self):
        return f"{self.get_kind_display()}: {self.path}"

    @property
    def is_active(self) -> bool:
        return self.restored_at is None


class UnreviewedPublication(models.Model):
    """An item the Chief Editor published without review (R-FLOW-1 override, like GOV.UK's force publish):
    flagged until an approver of its site has reviewed it."""

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="unreviewed_publications")
    reason = models.TextField(_("Lý do xuất bản không qua duyệt"))
    published_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    published_at = models.DateTimeField(auto_now_add=True)
    reviewed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    reviewed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-published_at"]
        verbose_name = _("Tin bài xuất bản không qua duyệt")
        verbose_name_plural = _("Tin bài xuất bản không qua duyệt")

    def __str__(self):
        return f"{self.page_id}: {self.reason}"


class WorkflowActionRefused(Exception):
    """A workflow action refused with a message for its user: editorial.middleware answers it with that message on the
    item's editor (Wagtail would turn a PermissionDenied into its generic "no permission")."""


class SelfReviewRefused(WorkflowActionRefused):
    pass


def refuse_self_review(task_state: TaskState, user) -> None:
    """Whoever submitted the item or wrote the revision under review can never approve or send it back
    (R-FLOW-1: "a different person checks"), whatever their role."""
    workflow_state = task_state.workflow_state
    authors = {workflow_state.requested_by_id, task_state.revision.user_id}
    latest = workflow_state.content_object.get_latest_revision()
    if latest is not None:
        authors.add(latest.user_id)
    if user.pk in authors:
        raise SelfReviewRefused(_("Bạn đã gửi hoặc sửa tin bài này nên không thể tự duyệt; người khác phải kiểm tra, duyệt."))


class RefusalForm(forms.Form):
    """Sending back or refusing needs one of the six reasons of Art 14 and a comment (R-FLOW-4)."""

    reason = forms.ChoiceField(label=_("Lý do (Điều 14)"), choices=[("", "---------"), *RefusalReason.choices])
    comment = forms.CharField(label=_("Nhận xét"), widget=forms.Textarea(attrs={"rows": 4}))


class EditorialTaskMixin:
    """What every step of our workflows shares: a due time in working days, the refusal form, and no self-review."""

    task_state_class = EditorialTaskState

    def deadline(self, page) -> datetime.timedelta:
        raise NotImplementedError

    def start_with_deadline(self, task_state: EditorialTaskState) -> EditorialTaskState:
        from editorial.calendar import WorkingCalendar

        page = task_state.workflow_state.content_object
        revision_page = task_state.revision.as_object() if task_state.revision_id else page
        task_state.due_at = WorkingCalendar.current().add(task_state.started_at, self.deadline(revision_page))
        task_state.save(update_fields=["due_at"])
        return task_state

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
        if (
            action_name == "approve"
            and Takedown.objects.filter(
                page_id=task_state.workflow_state.object_id, kind=Takedown.Kind.PERMANENT, restored_at__isnull=True
            ).exists()
        ):
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

    def deadline(self, page) -> datetime.timedelta:
        if hasattr(page, "publishing_deadline"):
            return page.publishing_deadline()
        return ONE_DAY

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
        authors = {workflow_state.requested_by_id, latest.user_id if latest else None}
        reviewers = page.expert_reviewers().exclude(pk__in=authors - {None}) if isinstance(page, ReviewableMixin) else None
        if not (reviewers is not None and page.requires_expert_review() and reviewers.exists()):
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

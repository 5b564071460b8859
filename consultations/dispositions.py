"""The drafting unit's disposition of each published comment after closing (issue 15, item 4): one Disposition per
Comment (`comment.disposition`), and one DispositionReview per draft (`page.disposition_review`) that carries the set
through "gửi duyệt" to a second person's approval or return, with the revised draft sent with it. Models only: the
actions are in consultations.disposing, the report in consultations.report and consultations.publishing."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from consultations.choices import DispositionKind, ReviewState
from defence.personal_data import private_storage


class Disposition(models.Model):
    Kind = DispositionKind

    comment = models.OneToOneField("consultations.Comment", on_delete=models.CASCADE, related_name="disposition")
    kind = models.CharField(_("Hình thức"), max_length=20, choices=DispositionKind.choices)
    summary = models.TextField(_("Tóm tắt ý kiến"), blank=True, help_text=_("Để trống: báo cáo dùng nguyên văn góp ý."), max_length=4000)
    explanation = models.TextField(_("Giải trình, tiếp thu"), max_length=8000)
    written_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    written_at = models.DateTimeField(_("Cập nhật lúc"))

    class Meta:
        verbose_name = _("Giải trình, tiếp thu góp ý")
        verbose_name_plural = _("Giải trình, tiếp thu góp ý")

    def __str__(self):
        return f"{self.comment} — {self.get_kind_display()}"


class DispositionReview(models.Model):
    State = ReviewState

    page = models.OneToOneField("consultations.DraftPage", on_delete=models.CASCADE, related_name="disposition_review")
    state = models.CharField(_("Trạng thái"), max_length=10, choices=ReviewState.choices, default=ReviewState.DRAFTING)
    submitted_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    submitted_at = models.DateTimeField(null=True, blank=True)
    # The revised draft, sent with the set so that the approver checks both; made public (a Wagtail document and a new
    # DraftVersion) when the report is published.
    revised_label = models.CharField(_("Tên phiên bản dự thảo đã chỉnh lý"), max_length=120, blank=True)
    revised_docx = models.FileField(upload_to="consultations/revised/%Y/%m", storage=private_storage, blank=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    decided_at = models.DateTimeField(null=True, blank=True)
    return_reason = models.TextField(_("Lý do trả lại"), blank=True)

    class Meta:
        verbose_name = _("Duyệt báo cáo tiếp thu, giải trình")

    def __str__(self):
        return f"{self.page} — {self.get_state_display()}"

    @property
    def editable(self) -> bool:
        return self.state in (ReviewState.DRAFTING, ReviewState.RETURNED)

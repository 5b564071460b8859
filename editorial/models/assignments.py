"""Who carries each item through the two steps (Art 12.1) and what the Board members have looked at in their fields
(Art 12.1, 15.1): assignments and field reviews."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Assignment(models.Model):
    """An item given to a named reporter or editor by the Standing Board or a site's approvers, with a due time in
    working days (Art 12.1). A reassignment closes the current assignment and opens a new one with its reason.

    The item is a page today; `target` is there for the items that are not pages (an intake entry, a legal question):
    their register sets it instead of `page` and says who may assign and when the work is done."""

    class State(models.TextChoices):
        ASSIGNED = "assigned", _("Đã giao")
        SUBMITTED = "submitted", _("Đã gửi duyệt")
        PUBLISHED = "published", _("Đã xuất bản")
        REASSIGNED = "reassigned", _("Đã giao lại")

    page = models.ForeignKey("wagtailcore.Page", null=True, blank=True, on_delete=models.CASCADE, related_name="assignments")
    target_type = models.ForeignKey(ContentType, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    target_id = models.CharField(max_length=255, blank=True)
    target = GenericForeignKey("target_type", "target_id")
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="assignments", verbose_name=_("Người được giao")
    )
    assigned_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="assignments_given")
    note = models.TextField(_("Ghi chú"), blank=True)
    reason = models.TextField(_("Lý do giao lại"), blank=True)
    working_days = models.DecimalField(_("Thời hạn (ngày làm việc)"), max_digits=4, decimal_places=1)
    assigned_at = models.DateTimeField(default=timezone.now)
    due_at = models.DateTimeField(_("Hạn hoàn thành"), db_index=True)
    replaced_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["due_at"]
        verbose_name = _("Việc được giao")
        verbose_name_plural = _("Việc được giao")

    def __str__(self):
        return f"{self.page_id or self.target_id} → {self.assignee}"

    @property
    def is_current(self) -> bool:
        return self.replaced_at is None


class FieldReview(models.Model):
    """A Board member's look at a published item of their fields (Art 15.1): reviewed, or needs another look with a
    comment for the site's approvers. Covers the item as published at `published_at`."""

    class Verdict(models.TextChoices):
        REVIEWED = "reviewed", _("Đã rà soát")
        NEEDS_ANOTHER_LOOK = "needs-look", _("Cần xem lại")

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="field_reviews")
    reviewer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="field_reviews")
    verdict = models.CharField(max_length=20, choices=Verdict.choices)

    class Proposal(models.TextChoices):
        CORRECTION = "correction", _("Đính chính")
        TAKEDOWN = "takedown", _("Gỡ tin bài")

    comment = models.TextField(_("Nhận xét"), blank=True)
    # What "needs another look" proposes to the site's approvers: a correction (a draft is opened) or a takedown (the
    # Standing Board decides, Art 15.3).
    proposal = models.CharField(_("Đề xuất xử lý"), max_length=20, choices=Proposal.choices, blank=True)
    correction_revision = models.ForeignKey("wagtailcore.Revision", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    published_at = models.DateTimeField(null=True)
    reviewed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-reviewed_at"]
        verbose_name = _("Rà soát lĩnh vực")
        verbose_name_plural = _("Rà soát lĩnh vực")

    def __str__(self):
        return f"{self.page_id}: {self.get_verdict_display()}"

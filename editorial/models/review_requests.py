"""The Standing Board's requests to units to review what is on the portal (Art 15.4)."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ReviewRequest(models.Model):
    """Published items of one site sent to a unit's focal point, to confirm or correct by a due date. `focal_point` is
    the person the request was addressed to (the unit's first focal point when it was made)."""

    portal_site = models.ForeignKey("subsites.PortalSite", on_delete=models.CASCADE, related_name="+", verbose_name=_("Trang"))
    # The unit asked; its focal points (the register of focal points, R-IN-5) answer. Empty on the first requests,
    # made to a person before units were chosen.
    unit = models.ForeignKey("subsites.Unit", null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("Đơn vị"))
    focal_point = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="review_requests", verbose_name=_("Đầu mối")
    )
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    due_date = models.DateField(_("Hạn trả lời"))
    note = models.TextField(_("Ghi chú"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["due_date"]
        verbose_name = _("Đề nghị rà soát")
        verbose_name_plural = _("Đề nghị rà soát")

    def __str__(self):
        return f"{self.portal_site} → {self.focal_point} ({self.due_date:%d/%m/%Y})"


class ReviewRequestItem(models.Model):
    class Answer(models.TextChoices):
        ACCURATE = "accurate", _("Vẫn chính xác")
        NEEDS_CORRECTION = "correction", _("Cần đính chính")

    request = models.ForeignKey(ReviewRequest, on_delete=models.CASCADE, related_name="items")
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="review_request_items")
    answer = models.CharField(_("Trả lời"), max_length=20, choices=Answer.choices, blank=True)
    comment = models.TextField(_("Nhận xét"), blank=True)
    answered_at = models.DateTimeField(null=True, blank=True)
    # The draft made for the correction: the site's editors take it through the two steps.
    correction_revision = models.ForeignKey("wagtailcore.Revision", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["pk"]
        constraints = [models.UniqueConstraint(fields=["request", "page"], name="one_item_per_page_per_request")]

    def __str__(self):
        return f"{self.request_id}: {self.page_id}"

    @property
    def is_overdue(self) -> bool:
        return not self.answer and self.request.due_date < timezone.localdate()

"""What happens to items after publishing, outside the two steps (R-FLOW-1 override, R-FLOW-5, Art 15)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


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

    @classmethod
    def is_removed_for_good(cls, page_id) -> bool:
        """A permanently removed item is never published again (R-FLOW-5)."""
        return cls.objects.filter(page_id=page_id, kind=cls.Kind.PERMANENT, restored_at__isnull=True).exists()


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

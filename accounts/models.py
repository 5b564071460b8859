from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class AccountLock(models.Model):
    """A lock put on an account (R-OPS-6, Art 7): by whom, why, and — for the emergency lock of a whole
    component site — which site, so that undoing it reopens exactly the accounts it closed."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="account_locks")
    reason = models.TextField(_("Lý do"))
    locked_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    locked_at = models.DateTimeField(auto_now_add=True)
    portal_site = models.ForeignKey("subsites.PortalSite", on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    released_at = models.DateTimeField(null=True, blank=True)
    released_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    release_reason = models.TextField(_("Lý do mở khoá"), blank=True)

    class Meta:
        ordering = ["-locked_at"]
        verbose_name = _("Khoá tài khoản")
        verbose_name_plural = _("Khoá tài khoản")
        constraints = [
            models.UniqueConstraint(fields=["user"], condition=models.Q(released_at__isnull=True), name="one_open_lock_per_user"),
        ]

    def __str__(self):
        return f"{self.user} ({self.locked_at:%d/%m/%Y})"

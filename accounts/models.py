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


class InactivityExemption(models.Model):
    """An account kept active although unused for 45 days (issue 12): a duty account, a long leave; with its reason and
    an end, after which the rule applies again. Kept by the IT Department's administrators (accounts/inactivity.py)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="inactivity_exemptions", verbose_name=_("Tài khoản")
    )
    reason = models.TextField(_("Lý do"))
    expires_on = models.DateField(_("Hết hạn ngày"), help_text=_("Sau ngày này, tài khoản lại bị tạm ngừng khi không sử dụng quá 45 ngày."))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+", editable=False
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-expires_on"]
        verbose_name = _("Miễn tạm ngừng tài khoản")
        verbose_name_plural = _("Miễn tạm ngừng tài khoản")

    def __str__(self):
        return f"{self.user} (đến {self.expires_on:%d/%m/%Y})"

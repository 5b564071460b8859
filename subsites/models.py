from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _


class PortalSite(models.Model):
    """One site of the platform (R-SITE-1): the main portal or a unit's component site, with what
    provisioning made for it, so that it can be found again and re-provisioned idempotently."""

    slug = models.SlugField(_("Mã"), unique=True, help_text=_("Tên miền con: <mã>.moj.gov.vn"))
    name = models.CharField(_("Tên đơn vị"), max_length=255)
    name_en = models.CharField(_("Tên tiếng Anh"), max_length=255, blank=True)
    is_main_portal = models.BooleanField(_("Cổng chính"), default=False)
    site = models.OneToOneField("wagtailcore.Site", on_delete=models.PROTECT, related_name="portal_site")
    collection = models.OneToOneField("wagtailcore.Collection", on_delete=models.PROTECT, related_name="+")
    editors_group = models.OneToOneField(Group, on_delete=models.PROTECT, related_name="+", verbose_name=_("Nhóm biên tập viên"))
    approvers_group = models.OneToOneField(Group, on_delete=models.PROTECT, related_name="+", verbose_name=_("Nhóm duyệt"))

    class Meta:
        ordering = ["-is_main_portal", "name"]
        verbose_name = _("Trang của cổng")
        verbose_name_plural = _("Các trang của cổng")

    def __str__(self):
        return self.name

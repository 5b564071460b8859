import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from subsites.checklist import missing_for_launch
from subsites.models import PortalSite

RESERVED_SLUGS = {"www", "admin", "api", "mail", "static", "media", "en", "moj"}


def validate_site_slug(slug: str) -> None:
    """A site's slug is its sub-domain: lowercase letters, digits and hyphens."""
    if not re.fullmatch(r"[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?", slug):
        raise ValidationError(_("Mã chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, tối đa 40 ký tự (ví dụ: thads)."))
    if slug in RESERVED_SLUGS:
        raise ValidationError(_("Mã “%(slug)s” đã được dành riêng."), params={"slug": slug})


class NewSiteForm(forms.ModelForm):
    """What an IT administrator types to create a component site; the rest is provisioned."""

    slug = forms.CharField(
        label=_("Mã"), max_length=40, validators=[validate_site_slug], help_text=_("Tên miền con: <mã>.moj.gov.vn, ví dụ: thads")
    )

    class Meta:
        model = PortalSite
        fields = ["slug", "name", "name_en"]


class EditSiteForm(forms.ModelForm):
    class Meta:
        model = PortalSite
        fields = ["name", "name_en", "is_active"]

    def clean_is_active(self):
        if self.instance.is_main_portal and not self.cleaned_data["is_active"]:
            raise ValidationError(_("Không thể tắt Cổng chính."))
        if self.cleaned_data["is_active"] and self.instance.launched_at is None and (missing := missing_for_launch(self.instance)):
            raise ValidationError(_("Chưa thể bật trang, còn thiếu: %(missing)s.") % {"missing": "; ".join(missing)})
        return self.cleaned_data["is_active"]

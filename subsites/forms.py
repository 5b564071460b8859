import re

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

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
        return self.cleaned_data["is_active"]


class ServiceFilterForm(forms.Form):
    q = forms.CharField(label=_("Tên dịch vụ"), required=False, max_length=100)
    don_vi = forms.ModelChoiceField(label=_("Đơn vị"), required=False, queryset=None, to_field_name="slug", empty_label=_("Tất cả"))
    muc_do = forms.ChoiceField(label=_("Mức độ"), required=False)

    def __init__(self, *args, **kwargs):
        from subsites.models import OnlineService, Unit

        super().__init__(*args, **kwargs)
        self.fields["don_vi"].queryset = Unit.objects.filter(services__isnull=False).distinct()
        self.fields["muc_do"].choices = [("", _("Tất cả")), *OnlineService.Level.choices]

    def apply(self, services):
        if not self.is_bound or not self.is_valid():
            return services
        data = self.cleaned_data
        if data["q"]:
            services = services.filter(Q(name__unaccent__icontains=data["q"]) | Q(code__icontains=data["q"]))
        if data["don_vi"]:
            services = services.filter(unit=data["don_vi"])
        if data["muc_do"]:
            services = services.filter(level=data["muc_do"])
        return services

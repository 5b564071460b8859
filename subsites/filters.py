"""The filters of the public catalogue of online services (R-SITE-4)."""

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class ServiceFilterForm(forms.Form):
    q = forms.CharField(label=_("Tên dịch vụ"), required=False, max_length=100)
    don_vi = forms.ModelChoiceField(label=_("Đơn vị"), required=False, queryset=None, to_field_name="slug", empty_label=_("Tất cả"))
    muc_do = forms.ChoiceField(label=_("Mức độ"), required=False)

    def __init__(self, *args, units, levels, **kwargs):
        """`units`: the units that offer services; `levels`: the service levels to choose from."""
        super().__init__(*args, **kwargs)
        self.fields["don_vi"].queryset = units
        self.fields["muc_do"].choices = [("", _("Tất cả")), *levels]

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

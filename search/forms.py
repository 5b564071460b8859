from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from home.dates import EARLIEST_DATE, LATEST_DATE, PlausibleDateField
from home.localization import localized
from search.query import KINDS
from vietnamese.text import MAX_QUERY_LENGTH, clean_query

WHOLE_PORTAL = "tat-ca"


class SearchDateField(PlausibleDateField):
    """A date filter within the portal's range (home/dates.py): `den_ngay=9999-12-31` overflowed when the day after
    it was computed."""

    widget = forms.DateInput(attrs={"type": "date", "min": EARLIEST_DATE.isoformat(), "max": LATEST_DATE.isoformat()})


class SearchForm(forms.Form):
    """The query and filters of the public search (R-SRCH-1). A value that does not fit is ignored, never an error page."""

    q = forms.CharField(label=pgettext_lazy("ô tìm kiếm", "Từ khoá"), required=False, max_length=10_000)  # not the tags' "Từ khoá"
    pham_vi = forms.ChoiceField(label=_("Tìm trong"), required=False)
    loai = forms.ChoiceField(label=_("Loại nội dung"), required=False)
    linh_vuc = forms.ChoiceField(label=_("Lĩnh vực"), required=False)
    tu_ngay = SearchDateField(label=_("Từ ngày"), required=False)
    den_ngay = SearchDateField(label=_("Đến ngày"), required=False)
    sap_xep = forms.ChoiceField(label=_("Sắp xếp"), required=False, choices=[("", _("Phù hợp nhất")), ("moi-nhat", _("Mới nhất"))])

    def __init__(self, *args, sites, areas, language, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["pham_vi"].choices = [(WHOLE_PORTAL, _("Toàn cổng"))] + [
            (portal_site.slug, localized(portal_site, "name", language)) for portal_site in sites
        ]
        self.fields["loai"].choices = [("", _("Tất cả"))] + [(slug, kind.label) for slug, kind in KINDS.items()]
        self.fields["linh_vuc"].choices = [("", _("Tất cả"))] + [(area.slug, localized(area, "name", language)) for area in areas]

    def clean_q(self):
        return clean_query(self.cleaned_data["q"])[:MAX_QUERY_LENGTH]

    def clean(self):
        data = super().clean()
        if data.get("tu_ngay") and data.get("den_ngay") and data["tu_ngay"] > data["den_ngay"]:
            data["tu_ngay"], data["den_ngay"] = data["den_ngay"], data["tu_ngay"]
        return data

    def value(self, name, default=None):
        """The cleaned value of a field, or `default` when it was missing or did not fit."""
        if not self.is_bound:
            return default
        self.is_valid()
        return self.cleaned_data.get(name) or default

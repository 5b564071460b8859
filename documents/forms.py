from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

SORTS = {
    "moi-nhat": ("-issue_date", "-pk"),
    "cu-nhat": ("issue_date", "pk"),
    "so-ky-hieu": ("number", "pk"),
}


class LegalDocumentFilterForm(forms.Form):
    """The filters of the document listing (R-CONT-2): keywords, type, issuing body, year, field, validity; sorting."""

    tu_khoa = forms.CharField(label=pgettext_lazy("ô tìm kiếm", "Từ khoá"), required=False, max_length=200)  # not the tags
    loai = forms.ChoiceField(label=_("Loại văn bản"), required=False)
    co_quan = forms.ChoiceField(label=_("Cơ quan ban hành"), required=False)
    nam = forms.TypedChoiceField(label=_("Năm ban hành"), required=False, coerce=int, empty_value=None)
    linh_vuc = forms.ChoiceField(label=_("Lĩnh vực"), required=False)
    hieu_luc = forms.ChoiceField(label=_("Tình trạng hiệu lực"), required=False)
    sap_xep = forms.ChoiceField(
        label=_("Sắp xếp"),
        required=False,
        choices=[("moi-nhat", _("Mới ban hành trước")), ("cu-nhat", _("Cũ trước")), ("so-ky-hieu", _("Theo số ký hiệu"))],
    )

    def __init__(self, *args, documents, areas, **kwargs):
        """`documents`: the listed documents, whose types, bodies, years and fields (`areas`) are offered."""
        super().__init__(*args, **kwargs)
        everything = [("", _("Tất cả"))]
        self.fields["loai"].choices = everything + list(documents.model.DocumentType.choices)
        self.fields["hieu_luc"].choices = everything + list(documents.model.Validity.choices)
        bodies = documents.order_by().values_list("issuing_body", flat=True).distinct()
        self.fields["co_quan"].choices = everything + [(body, body) for body in sorted(bodies)]
        years = documents.order_by().dates("issue_date", "year", order="DESC")
        self.fields["nam"].choices = everything + [(year.year, year.year) for year in years]
        self.fields["linh_vuc"].choices = everything + [(area.slug, area.name) for area in areas]

    def apply(self, documents):
        if not self.is_bound or not self.is_valid():
            return documents
        data = self.cleaned_data
        for word in data["tu_khoa"].split():
            documents = documents.filter(Q(title__icontains=word) | Q(number__icontains=word) | Q(summary__icontains=word))
        if data["loai"]:
            documents = documents.filter(document_type=data["loai"])
        if data["co_quan"]:
            documents = documents.filter(issuing_body=data["co_quan"])
        if data["nam"]:
            documents = documents.filter(issue_date__year=data["nam"])
        if data["linh_vuc"]:
            documents = documents.filter(subject_areas__slug=data["linh_vuc"])
        if data["hieu_luc"]:
            documents = documents.filter(validity=data["hieu_luc"])
        return documents.order_by(*SORTS.get(data["sap_xep"] or "moi-nhat"))

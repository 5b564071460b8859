"""The forms of a review request to a unit (Art 15.4): choosing the items, and the unit's answer per item."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from editorial.focal_points import focal_points_of
from home.models import SubjectArea
from subsites.models import PortalSite, Unit


class ItemFilterForm(forms.Form):
    """Which published items to show: by site, section, field and age."""

    site = forms.ModelChoiceField(label=_("Trang"), queryset=PortalSite.objects.all())
    section = forms.IntegerField(label=_("Chuyên mục (mã trang)"), required=False, min_value=1)
    field = forms.ModelChoiceField(label=_("Lĩnh vực"), queryset=SubjectArea.objects.all(), required=False)
    older_than = forms.IntegerField(label=_("Đăng trước ít nhất (ngày)"), required=False, min_value=0, max_value=36500)


class ReviewRequestForm(forms.Form):
    """The unit asked is chosen; the request goes to its focal points, as the register of focal points names them."""

    unit = forms.ModelChoiceField(
        label=_("Đơn vị được đề nghị"),
        queryset=Unit.objects.all(),
        help_text=_("Đề nghị được gửi tới đầu mối cung cấp thông tin của đơn vị."),
    )
    due_date = forms.DateField(label=_("Hạn trả lời"), widget=forms.DateInput(attrs={"type": "date"}))
    note = forms.CharField(label=_("Ghi chú"), required=False, widget=forms.Textarea(attrs={"rows": 3}))
    items = forms.TypedMultipleChoiceField(label=_("Tin bài"), coerce=int, choices=[], widget=forms.CheckboxSelectMultiple)

    def __init__(self, *args, item_choices=(), portal_site=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["items"].choices = list(item_choices)
        if portal_site is not None:
            self.fields["unit"].initial = Unit.objects.filter(portal_site=portal_site).values_list("pk", flat=True).first()

    def clean_unit(self):
        unit = self.cleaned_data["unit"]
        self.focal_points = focal_points_of(unit)
        if not self.focal_points:
            raise forms.ValidationError(_("Đơn vị này chưa có đầu mối cung cấp thông tin; Trưởng Ban Biên tập chỉ định đầu mối trước."))
        return unit

    def clean_due_date(self):
        due_date = self.cleaned_data["due_date"]
        if due_date < timezone.localdate():
            raise forms.ValidationError(_("Hạn trả lời không được ở trong quá khứ."))
        return due_date


class AnswerForm(forms.Form):
    item = forms.IntegerField(widget=forms.HiddenInput)
    answer = forms.ChoiceField(choices=[("accurate", _("Vẫn chính xác")), ("correction", _("Cần đính chính"))])
    comment = forms.CharField(label=_("Nhận xét"), required=False, widget=forms.Textarea(attrs={"rows": 2}))

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("answer") == "correction" and not (cleaned.get("comment") or "").strip():
            self.add_error("comment", _("Ghi rõ nội dung cần đính chính."))
        return cleaned

"""The forms of a review request to a unit (Art 15.4): choosing the items, and the unit's answer per item."""

from django import forms
from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.roles import FOCAL_POINTS
from home.models import SubjectArea
from subsites.models import PortalSite


class ItemFilterForm(forms.Form):
    """Which published items to show: by site, section, field and age."""

    site = forms.ModelChoiceField(label=_("Trang"), queryset=PortalSite.objects.all())
    section = forms.IntegerField(label=_("Chuyên mục (mã trang)"), required=False, min_value=1)
    field = forms.ModelChoiceField(label=_("Lĩnh vực"), queryset=SubjectArea.objects.all(), required=False)
    older_than = forms.IntegerField(label=_("Đăng trước ít nhất (ngày)"), required=False, min_value=0, max_value=36500)


class ReviewRequestForm(forms.Form):
    focal_point = forms.ModelChoiceField(
        label=_("Đầu mối cung cấp thông tin"), queryset=get_user_model().objects.filter(groups__name=FOCAL_POINTS, is_active=True)
    )
    due_date = forms.DateField(label=_("Hạn trả lời"), widget=forms.DateInput(attrs={"type": "date"}))
    note = forms.CharField(label=_("Ghi chú"), required=False, widget=forms.Textarea(attrs={"rows": 3}))
    items = forms.TypedMultipleChoiceField(label=_("Tin bài"), coerce=int, choices=[], widget=forms.CheckboxSelectMultiple)

    def __init__(self, *args, item_choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["items"].choices = list(item_choices)
        self.fields["focal_point"].label_from_instance = lambda user: user.get_full_name() or user.get_username()

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

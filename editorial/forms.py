"""The forms of reasoned decisions (R-FLOW-4, R-FLOW-5): a refusal with its reason of Art 14, an action with its reason."""

from django import forms
from django.utils.translation import gettext_lazy as _

from editorial.rules import RefusalReason


class RefusalForm(forms.Form):
    """Sending back or refusing needs one of the six reasons of Art 14 and a comment (R-FLOW-4)."""

    reason = forms.ChoiceField(label=_("Lý do (Điều 14)"), choices=[("", "---------"), *RefusalReason.choices])
    comment = forms.CharField(label=_("Nhận xét"), widget=forms.Textarea(attrs={"rows": 4}))


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label=_("Lý do"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Bắt buộc; lý do được lưu vào nhật ký hệ thống."),
    )

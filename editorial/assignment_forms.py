"""The forms of assigning an item and of a Board member's look at a published item (Art 12.1, 15.1)."""

from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _


class AssignmentForm(forms.Form):
    """Assign an item to someone who may edit it; a reassignment needs its reason."""

    assignee = forms.ModelChoiceField(label=_("Người được giao"), queryset=None)
    working_days = forms.DecimalField(
        label=_("Thời hạn (ngày làm việc)"), min_value=Decimal("0.5"), max_value=Decimal("60"), decimal_places=1, initial=1
    )
    note = forms.CharField(label=_("Ghi chú"), required=False, widget=forms.Textarea(attrs={"rows": 3}))
    reason = forms.CharField(label=_("Lý do giao lại"), required=False, widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args, candidates, reassigning=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = candidates
        self.fields["assignee"].label_from_instance = lambda user: user.get_full_name() or user.get_username()
        self.reassigning = reassigning
        if not reassigning:
            del self.fields["reason"]
        else:
            self.fields["reason"].required = True
            self.fields["reason"].help_text = _("Bắt buộc khi giao lại; lý do được lưu vào nhật ký hệ thống.")


class FieldReviewForm(forms.Form):
    """One click on an item of one's fields: reviewed, or needs another look with a comment."""

    page = forms.IntegerField(widget=forms.HiddenInput)
    verdict = forms.ChoiceField(choices=[("reviewed", _("Đã rà soát")), ("needs-look", _("Cần xem lại"))])
    comment = forms.CharField(label=_("Nhận xét"), required=False, widget=forms.Textarea(attrs={"rows": 2}))
    # What "needs another look" proposes: a correction (a draft is opened) or a takedown (Art 15.2, 15.3).
    proposal = forms.ChoiceField(
        label=_("Đề xuất xử lý"),
        choices=[("correction", _("Đính chính")), ("takedown", _("Gỡ tin bài"))],
        required=False,
        initial="correction",
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("verdict") == "needs-look":
            if not (cleaned.get("comment") or "").strip():
                self.add_error("comment", _("Ghi nhận xét để người duyệt của trang biết cần xem lại điều gì."))
            cleaned["proposal"] = cleaned.get("proposal") or "correction"
        else:
            cleaned["proposal"] = ""
        return cleaned

"""The forms of the admin screens of consultations (issue 15): moderating a comment, disposing of it, sending the set
for approval, deciding on it."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from consultations.choices import DispositionKind


class Action(models.TextChoices):
    PUBLISH = "publish", _("Đăng góp ý")
    HIDE = "hide", _("Không đăng (nêu lý do)")
    DUPLICATE = "duplicate", _("Đánh dấu trùng lặp với góp ý khác")


class ModerationForm(forms.Form):
    action = forms.ChoiceField(label=_("Xử lý"), choices=Action.choices, widget=forms.RadioSelect)
    reason = forms.CharField(label=_("Lý do không đăng"), required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 3}))
    duplicate_of = forms.ModelChoiceField(label=_("Trùng với góp ý"), queryset=None, required=False)

    def __init__(self, *args, comment, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["duplicate_of"].queryset = comment.page.comments.exclude(pk=comment.pk).order_by("submitted_at")

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("action") == Action.HIDE and not cleaned.get("reason", "").strip():
            self.add_error("reason", ValidationError(_("Hãy nêu lý do không đăng."), code="required"))
        if cleaned.get("action") == Action.DUPLICATE and not cleaned.get("duplicate_of"):
            self.add_error("duplicate_of", ValidationError(_("Hãy chọn góp ý gốc."), code="required"))
        return cleaned


class DispositionForm(forms.Form):
    """One comment's disposition; the prefix (`y-kien-<id>`) keeps each comment's fields apart on the screen."""

    kind = forms.ChoiceField(label=_("Hình thức"), choices=DispositionKind.choices, widget=forms.RadioSelect)
    summary = forms.CharField(
        label=_("Tóm tắt ý kiến"),
        required=False,
        max_length=4000,
        help_text=_("Để trống: báo cáo dùng nguyên văn góp ý."),
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    explanation = forms.CharField(label=_("Giải trình, tiếp thu"), max_length=8000, widget=forms.Textarea(attrs={"rows": 3}))


class SubmitForm(forms.Form):
    revised_label = forms.CharField(
        label=_("Tên phiên bản dự thảo đã chỉnh lý"), max_length=120, initial=_("Dự thảo sau tiếp thu, giải trình")
    )
    revised_docx = forms.FileField(
        label=_("Dự thảo đã chỉnh lý (.docx)"), help_text=_("Công bố cùng báo cáo khi được duyệt, là phiên bản mới của dự thảo.")
    )

    def clean_revised_docx(self):
        upload = self.cleaned_data["revised_docx"]
        if not upload.name.lower().endswith(".docx") or upload.size > 20 * 1024 * 1024:
            raise ValidationError(_("Hãy chọn tệp Word .docx (tối đa 20 MB)."), code="invalid")
        return upload


class Decision(models.TextChoices):
    APPROVE = "approve", _("Duyệt và công bố báo cáo cùng dự thảo đã chỉnh lý")
    RETURN = "return", _("Trả lại (nêu lý do)")


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(label=_("Quyết định"), choices=Decision.choices, widget=forms.RadioSelect)
    reason = forms.CharField(label=_("Lý do trả lại"), required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 3}))

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("decision") == Decision.RETURN and not cleaned.get("reason", "").strip():
            self.add_error("reason", ValidationError(_("Hãy nêu lý do trả lại."), code="required"))
        return cleaned

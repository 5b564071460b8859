"""The moderation form of a comment (issue 15)."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _


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

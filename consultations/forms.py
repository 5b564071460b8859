"""The public comment form of a draft (issue 15). Spam defence is defence.spam's (as for questions and intake), the
attachment check intake.attachments' (itself on defence.uploads), the name, e-mail and consent intake.personal_fields'."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from consultations.choices import AuthorKind
from defence.spam import SpamDefenceMixin
from intake.attachments import check_file, optional_attachment_field
from intake.personal_fields import PersonalDataFields
from vietnamese.text import without_control_characters_in

WHOLE_DRAFT = ""


def required(message):
    return {"required": message}


class CommentForm(SpamDefenceMixin, PersonalDataFields):
    email_help = _("Bạn sẽ nhận thư có đường dẫn xác nhận; góp ý chỉ được xem xét đăng sau khi xác nhận.")
    consent_label = _(
        "Tôi đồng ý để Bộ Tư pháp xử lý dữ liệu cá nhân trên để tiếp nhận, tổng hợp và giải trình ý kiến góp ý dự thảo "
        "(Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15). Họ tên, thư điện tử, tổ chức được mã hoá; chỉ đơn vị soạn thảo "
        "và Ban Biên tập được xem; tên chỉ được công bố nếu tôi chọn ở trên."
    )
    consent_refused = _("Cần có sự đồng ý xử lý dữ liệu cá nhân để tiếp nhận góp ý.")

    anchor = forms.ChoiceField(
        label=_("Góp ý cho"),
        required=False,
        error_messages={"invalid_choice": _("Vị trí góp ý không có trong dự thảo này. Hãy chọn lại.")},
    )
    text = forms.CharField(
        label=_("Nội dung góp ý"),
        max_length=20_000,
        widget=forms.Textarea(attrs={"rows": 10}),
        error_messages=required(_("Hãy nhập nội dung góp ý.")),
    )
    attachment = optional_attachment_field()
    author_kind = forms.ChoiceField(
        label=_("Người góp ý là"),
        choices=AuthorKind.choices,
        initial=AuthorKind.INDIVIDUAL,
        widget=forms.RadioSelect,
        error_messages={"required": _("Hãy chọn cá nhân hoặc tổ chức."), "invalid_choice": _("Lựa chọn không hợp lệ.")},
    )
    organisation = forms.CharField(
        label=_("Cơ quan, tổ chức"), max_length=300, required=False, help_text=_("Bắt buộc khi góp ý thay mặt tổ chức.")
    )
    show_name = forms.BooleanField(label=_("Hiện tên tôi (hoặc tên tổ chức) khi góp ý được đăng"), required=False)

    field_order = ["anchor", "text", "attachment", "author_kind", "full_name", "organisation", "email", "show_name", "consent"]

    def __init__(self, *args, anchors: dict[str, str] | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["anchor"].choices = [(WHOLE_DRAFT, _("Cả dự thảo (góp ý chung)")), *(anchors or {}).items()]

    def clean_attachment(self):
        upload = self.cleaned_data.get("attachment")
        if upload:
            check_file(upload)
        return upload

    def clean(self):
        cleaned = without_control_characters_in(super().clean())  # they would break the report's DOCX and XLSX
        if cleaned.get("author_kind") == AuthorKind.ORGANISATION and not cleaned.get("organisation", "").strip():
            self.add_error("organisation", ValidationError(_("Hãy nhập tên cơ quan, tổ chức."), code="required"))
        return cleaned

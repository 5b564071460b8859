"""The public forms of citizens' questions (R-CONT-5): asking, finding a question by its code, clarifying it.
Spam defence is defence.spam's, attachment checks intake.attachments' (itself on defence.uploads), the name, e-mail
and consent intake.personal_fields', phone numbers vietnamese.identifiers'."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from defence.spam import SpamDefenceMixin
from home.models import SubjectArea
from intake.attachments import check_file, optional_attachment_field
from intake.personal_fields import PersonalDataFields
from questions.models import CODE_LENGTH, PublishAs
from vietnamese.identifiers import validate_phone
from vietnamese.text import without_control_characters_in


def required(message):
    return {"required": message}


class QuestionForm(SpamDefenceMixin, PersonalDataFields):
    email_help = _("Mã tra cứu và câu trả lời được gửi về địa chỉ này.")
    consent_label = _(
        "Tôi đồng ý để Bộ Tư pháp xử lý dữ liệu cá nhân trên để trả lời câu hỏi (Luật Bảo vệ dữ liệu cá nhân số "
        "91/2025/QH15). Dữ liệu được mã hoá, không công bố; chỉ đơn vị trả lời và Ban Biên tập được xem."
    )
    consent_refused = _("Cần có sự đồng ý xử lý dữ liệu cá nhân để tiếp nhận câu hỏi.")

    phone = forms.CharField(label=_("Điện thoại"), max_length=30, required=False)
    province = forms.CharField(
        label=_("Tỉnh, thành phố"), max_length=100, error_messages=required(_("Hãy nhập tỉnh, thành phố nơi bạn ở."))
    )
    subject_area = forms.ModelChoiceField(
        label=_("Lĩnh vực"),
        queryset=SubjectArea.objects.order_by("name"),
        required=False,
        empty_label=_("Không rõ lĩnh vực"),
        error_messages={"invalid_choice": _("Lĩnh vực không hợp lệ.")},
    )
    title = forms.CharField(label=_("Tiêu đề câu hỏi"), max_length=255, error_messages=required(_("Hãy nhập tiêu đề câu hỏi.")))
    text = forms.CharField(
        label=_("Nội dung câu hỏi"),
        max_length=20_000,
        widget=forms.Textarea(attrs={"rows": 10}),
        error_messages=required(_("Hãy nhập nội dung câu hỏi.")),
    )
    attachment = optional_attachment_field()
    publish_as = forms.ChoiceField(
        label=_("Khi đăng câu hỏi trên Cổng, ghi tên người hỏi là"),
        choices=PublishAs.choices,
        initial=PublishAs.INITIALS,
        widget=forms.RadioSelect,
        error_messages={"required": _("Hãy chọn cách ghi tên khi đăng."), "invalid_choice": _("Cách ghi tên không hợp lệ.")},
    )
    pseudonym = forms.CharField(label=_("Bút danh"), max_length=60, required=False)

    field_order = [
        "full_name",
        "email",
        "phone",
        "province",
        "subject_area",
        "title",
        "text",
        "attachment",
        "publish_as",
        "pseudonym",
        "consent",
    ]

    def clean_phone(self):
        value = self.cleaned_data["phone"].strip()
        return validate_phone(value) if value else ""

    def clean_attachment(self):
        upload = self.cleaned_data.get("attachment")
        if upload:
            check_file(upload)
        return upload

    def clean(self):
        cleaned = without_control_characters_in(super().clean())  # they would break the published page's feeds
        if cleaned.get("publish_as") == PublishAs.PSEUDONYM and not cleaned.get("pseudonym", "").strip():
            self.add_error("pseudonym", ValidationError(_("Hãy nhập bút danh, hoặc chọn ghi chữ cái đầu của họ tên."), code="required"))
        return cleaned


class TrackingForm(forms.Form):
    code = forms.CharField(
        label=_("Mã tra cứu"),
        max_length=16,
        help_text=_("%(length)s ký tự, trong thư xác nhận đã nhận câu hỏi.") % {"length": CODE_LENGTH},
        error_messages=required(_("Hãy nhập mã tra cứu.")),
    )

    def clean_code(self):
        return "".join(self.cleaned_data["code"].split()).upper()


class ClarificationForm(SpamDefenceMixin, TrackingForm):
    """On the tracking page beside the lookup form: its own ids (the code field is named alike in both)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "lam_ro_%s")
        super().__init__(*args, **kwargs)

    email = forms.EmailField(
        label=_("Thư điện tử đã dùng khi gửi câu hỏi"),
        max_length=254,
        error_messages={**required(_("Hãy nhập địa chỉ thư điện tử.")), "invalid": _("Địa chỉ thư điện tử không đúng.")},
    )
    clarification = forms.CharField(
        label=_("Nội dung làm rõ"),
        max_length=20_000,
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages=required(_("Hãy nhập nội dung làm rõ.")),
    )

    def clean(self):
        return without_control_characters_in(super().clean())  # the clarification joins the question's text

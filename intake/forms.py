"""The public form of Art 9 (R-IN-1…R-IN-3): what is sent, and who sends it, each field with its own Vietnamese
message; the spam defence is defence.spam's, the sender's name, e-mail and consent intake.personal_fields'."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from defence.spam import SpamDefenceMixin
from intake.attachments import AttachmentsField
from intake.models import Kind
from intake.personal_fields import consent_field, email_field, full_name_field
from vietnamese.identifiers import validate_citizen_id, validate_phone, validate_tax_code

DATE_FORMATS = ["%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y"]
EARLIEST_DATE = datetime.date(1945, 9, 2)


def required(message):
    return {"required": message}


class SenderFields(forms.Form):
    """The sender block of Art 9.3, shared by the web form and letters registered by hand."""

    organisation = forms.CharField(label=_("Cơ quan, tổ chức"), max_length=255, required=False)
    full_name = full_name_field()
    position = forms.CharField(label=_("Chức vụ"), max_length=200, required=False)
    tax_code = forms.CharField(
        label=_("Mã số thuế"), max_length=20, required=False, help_text=_("Của cơ quan, tổ chức hoặc cá nhân: 10 hoặc 13 chữ số.")
    )
    citizen_id = forms.CharField(
        label=_("Số định danh cá nhân (căn cước)"),
        max_length=20,
        error_messages=required(_("Hãy nhập số định danh cá nhân.")),
        help_text=_("12 chữ số."),
    )
    phone = forms.CharField(label=_("Điện thoại"), max_length=30, error_messages=required(_("Hãy nhập số điện thoại.")))
    address = forms.CharField(label=_("Địa chỉ"), max_length=500, error_messages=required(_("Hãy nhập địa chỉ.")))
    email = email_field(invalid=_("Địa chỉ thư điện tử không đúng (ví dụ: ten@coquan.gov.vn)."))

    def clean_tax_code(self):
        value = self.cleaned_data["tax_code"].strip()
        return validate_tax_code(value) if value else ""

    def clean_citizen_id(self):
        return validate_citizen_id(self.cleaned_data["citizen_id"])

    def clean_phone(self):
        return validate_phone(self.cleaned_data["phone"])


class InformationFields(forms.Form):
    kind = forms.ChoiceField(
        label=_("Loại thông tin"),
        choices=Kind.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Hãy chọn loại thông tin."), "invalid_choice": _("Loại thông tin không hợp lệ.")},
    )
    title = forms.CharField(label=_("Tiêu đề"), max_length=500, error_messages=required(_("Hãy nhập tiêu đề.")))
    content = forms.CharField(
        label=_("Nội dung"), max_length=50_000, widget=forms.Textarea(attrs={"rows": 10}), error_messages=required(_("Hãy nhập nội dung."))
    )
    signed_on = forms.DateField(
        label=_("Ngày ký ban hành (văn bản) hoặc ngày diễn ra sự kiện"),
        required=False,
        input_formats=DATE_FORMATS,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("Bắt buộc với văn bản chỉ đạo, điều hành (thời hạn gửi tính từ ngày ký, Điều 10)."),
        error_messages={"invalid": _("Ngày không đúng: nhập theo dạng ngày/tháng/năm, ví dụ 25/11/2026.")},
    )
    names_portal = forms.BooleanField(
        label=_("Nơi nhận của văn bản có ghi “Cổng Thông tin điện tử Bộ Tư pháp để đăng tải”"),
        required=False,
        help_text=_("Bắt buộc với văn bản chỉ đạo, điều hành (Điều 9.2)."),
    )
    attachments = AttachmentsField(label=_("Tệp đính kèm"))

    def clean_signed_on(self):
        day = self.cleaned_data.get("signed_on")
        if day and not EARLIEST_DATE <= day <= timezone.localdate():
            raise ValidationError(_("Ngày ký không thể ở tương lai hoặc trước năm 1945."), code="date_range")
        return day

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("kind") == Kind.ADMINISTRATIVE:
            if not cleaned.get("signed_on") and "signed_on" not in self.errors:
                self.add_error("signed_on", ValidationError(_("Văn bản chỉ đạo, điều hành phải có ngày ký ban hành."), code="required"))
            if not cleaned.get("names_portal"):
                self.add_error(
                    "names_portal",
                    ValidationError(
                        _("Văn bản gửi đăng tải phải ghi Cổng Thông tin điện tử Bộ Tư pháp trong nơi nhận (Điều 9.2)."), code="names_portal"
                    ),
                )
        return cleaned


class SubmissionForm(SpamDefenceMixin, InformationFields, SenderFields):
    consent = consent_field(
        _(
            "Tôi đồng ý để Ban Biên tập Cổng Thông tin điện tử Bộ Tư pháp xử lý dữ liệu cá nhân trên để tiếp nhận, "
            "xử lý thông tin này (Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15). Dữ liệu được mã hoá, không công bố "
            "và chỉ Thường trực Ban Biên tập được xem."
        ),
        _("Cần có sự đồng ý xử lý dữ liệu cá nhân để tiếp nhận thông tin."),
    )

    field_order = [*InformationFields.base_fields, *SenderFields.base_fields, "consent"]

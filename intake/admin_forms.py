"""The register's admin forms: the Standing Board's decision on an entry (R-IN-5, R-IN-6, Art 14), a letter
registered by hand (R-IN-1) and the listing's filters (R-IN-6, register views)."""

from django import forms
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from editorial.rules import RefusalReason
from intake.attachments import AttachmentsField
from intake.forms import EARLIEST_DATE, InformationFields, SenderFields
from intake.models import Channel, Kind, State
from intake.triage import main_portal_sections
from subsites.models import PortalSite, Unit


class Decision(models.TextChoices):
    PUBLISH = "publish", _("Đăng trên Cổng chính (tạo tin bài nháp)")
    FORWARD = "forward", _("Chuyển trang thông tin thành phần")
    ROUTE = "route", _("Chuyển đơn vị chuyên môn trả lời (không đăng)")
    ASK = "ask", _("Đề nghị người gửi bổ sung")
    REFUSE = "refuse", _("Từ chối đăng tải")


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(label=_("Quyết định"), choices=Decision.choices, widget=forms.RadioSelect)
    section = forms.ModelChoiceField(label=_("Chuyên mục trên Cổng chính"), queryset=None, required=False)
    portal_site = forms.ModelChoiceField(
        label=_("Trang thông tin thành phần"), queryset=PortalSite.objects.filter(is_main_portal=False), required=False
    )
    unit = forms.ModelChoiceField(label=_("Đơn vị"), queryset=Unit.objects.all(), required=False)
    reason = forms.ChoiceField(label=_("Lý do từ chối (Điều 14)"), choices=[("", "—"), *RefusalReason.choices], required=False)
    comment = forms.CharField(
        label=_("Ý kiến (gửi cho người gửi khi từ chối; nội dung cần bổ sung khi đề nghị bổ sung)"),
        widget=forms.Textarea(attrs={"rows": 4}),
        required=False,
        max_length=5000,
    )

    NEEDS = {
        Decision.PUBLISH: ("section", _("Chọn chuyên mục để tạo tin bài.")),
        Decision.FORWARD: ("portal_site", _("Chọn trang thông tin thành phần.")),
        Decision.ROUTE: ("unit", _("Chọn đơn vị.")),
        Decision.REFUSE: ("reason", _("Chọn lý do từ chối theo Điều 14.")),
        Decision.ASK: ("comment", _("Ghi nội dung cần bổ sung.")),
    }

    def __init__(self, *args, entry=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["section"].queryset = main_portal_sections()
        if entry is not None and entry.is_late:
            # Art 14.6: offered first for an entry that came after its deadline.
            self.fields["reason"].initial = RefusalReason.TOO_LATE

    def clean(self):
        cleaned = super().clean()
        decision = cleaned.get("decision")
        if decision in self.NEEDS:
            field, message = self.NEEDS[decision]
            if not cleaned.get(field):
                self.add_error(field, message)
        if decision == Decision.REFUSE and not cleaned.get("comment"):
            self.add_error("comment", _("Ghi ý kiến gửi người gửi."))
        return cleaned


class LetterForm(InformationFields, SenderFields):
    """A letter registered by hand (R-IN-1): its number, the day it arrived and its scan."""

    reference_number = forms.CharField(
        label=_("Số, ký hiệu văn bản đến"), max_length=100, error_messages={"required": _("Hãy nhập số, ký hiệu.")}
    )
    received_on = forms.DateField(
        label=_("Ngày nhận"),
        input_formats=["%d/%m/%Y", "%Y-%m-%d"],
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"required": _("Hãy nhập ngày nhận."), "invalid": _("Ngày không đúng: nhập theo dạng ngày/tháng/năm.")},
    )
    scan = AttachmentsField(label=_("Bản quét văn bản"), max_files=3, required=True)

    field_order = ["reference_number", "received_on", "scan", *InformationFields.base_fields, *SenderFields.base_fields]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["scan"].error_messages["required"] = _("Hãy tải lên bản quét của văn bản.")
        for name in ("citizen_id", "phone", "address", "email", "content"):
            self.fields[name].required = False  # a letter gives what it gives

    def clean_citizen_id(self):
        return super().clean_citizen_id() if self.cleaned_data.get("citizen_id") else ""

    def clean_phone(self):
        return super().clean_phone() if self.cleaned_data.get("phone") else ""

    def clean_received_on(self):
        day = self.cleaned_data["received_on"]
        if not EARLIEST_DATE <= day <= timezone.localdate():
            raise forms.ValidationError(_("Ngày nhận không thể ở tương lai."))
        return day


class FilterForm(forms.Form):
    kenh = forms.ChoiceField(label=_("Kênh"), choices=[("", _("Tất cả")), *Channel.choices], required=False)
    trang_thai = forms.ChoiceField(label=_("Trạng thái"), choices=[("", _("Tất cả")), *State.choices], required=False)
    loai = forms.ChoiceField(label=_("Loại thông tin"), choices=[("", _("Tất cả")), *Kind.choices], required=False)
    qua_han = forms.ChoiceField(
        label=_("Thời hạn gửi"), choices=[("", _("Tất cả")), ("1", _("Gửi quá hạn")), ("0", _("Đúng hạn"))], required=False
    )
    trang = forms.ModelChoiceField(label=_("Trang thành phần"), queryset=PortalSite.objects.filter(is_main_portal=False), required=False)
    don_vi = forms.ModelChoiceField(label=_("Đơn vị"), queryset=Unit.objects.all(), required=False)

    def filter(self, entries):
        if not self.is_valid():
            return entries
        data = self.cleaned_data
        for field, lookup in (
            ("kenh", "channel"),
            ("trang_thai", "state"),
            ("loai", "kind"),
            ("trang", "target_site"),
            ("don_vi", "target_unit"),
        ):
            if data.get(field):
                entries = entries.filter(**{lookup: data[field]})
        if data.get("qua_han"):
            entries = entries.filter(is_late=data["qua_han"] == "1")
        return entries

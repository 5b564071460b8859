"""The register (R-IN-1): one entry per piece of information sent to the portal, whatever the channel, with its
attachments and its time line. The sender's personal data is encrypted (R-IN-2, defence.personal_data)."""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from defence.personal_data import EncryptedTextField, private_storage
from editorial.rules import RefusalReason

SENDER_FIELDS = ["full_name", "position", "tax_code", "citizen_id", "phone", "address", "email"]


class Channel(models.TextChoices):
    WEB = "web", _("Biểu mẫu trên Cổng")
    EMAIL = "email", _("Thư điện tử")
    LETTER = "letter", _("Văn bản giấy")


class Kind(models.TextChoices):
    """Art 10: what was sent decides the sending deadline."""

    ADMINISTRATIVE = "administrative", _("Văn bản, thông tin chỉ đạo, điều hành")
    NEWS = "news", _("Tin tức, sự kiện")
    OTHER = "other", _("Thông tin khác")


class State(models.TextChoices):
    RECEIVED = "received", _("Mới tiếp nhận")
    AWAITING_COMPLETION = "awaiting", _("Chờ bổ sung")
    COMPLETED = "completed", _("Đã bổ sung")
    PUBLISH = "publish", _("Đăng trên Cổng chính")
    FORWARDED = "forwarded", _("Chuyển trang thành phần")
    ROUTED = "routed", _("Chuyển đơn vị trả lời")
    REFUSED = "refused", _("Từ chối")


OPEN_STATES = [State.RECEIVED, State.AWAITING_COMPLETION, State.COMPLETED]


class Entry(models.Model):
    channel = models.CharField(_("Kênh"), max_length=10, choices=Channel.choices)
    kind = models.CharField(_("Loại thông tin"), max_length=20, choices=Kind.choices)
    state = models.CharField(_("Trạng thái"), max_length=12, choices=State.choices, default=State.RECEIVED, db_index=True)
    received_at = models.DateTimeField(_("Thời điểm tiếp nhận"), default=timezone.now, db_index=True)
    title = models.CharField(_("Tiêu đề"), max_length=500)
    content = models.TextField(_("Nội dung"), blank=True)
    signed_on = models.DateField(_("Ngày ký ban hành"), null=True, blank=True)
    names_portal = models.BooleanField(_("Nơi nhận có Cổng TTĐT Bộ Tư pháp"), default=False)
    sending_deadline = models.DateTimeField(_("Hạn gửi (Điều 10)"), null=True, blank=True)
    is_late = models.BooleanField(_("Gửi quá hạn"), default=False, db_index=True)
    # Letters (R-IN-1): the number on the letter and the day it arrived.
    reference_number = models.CharField(_("Số, ký hiệu văn bản đến"), max_length=100, blank=True)
    # E-mail: the message's identity, so that polling twice registers it once.
    message_id = models.CharField(max_length=998, unique=True, null=True, blank=True)
    # The sender (Art 9.3). The organisation is what a published item cites as its source; the rest is personal data.
    organisation = models.CharField(_("Cơ quan, tổ chức"), max_length=255, blank=True)
    full_name = EncryptedTextField(_("Họ và tên"), blank=True)
    position = EncryptedTextField(_("Chức vụ"), blank=True)
    tax_code = EncryptedTextField(_("Mã số thuế"), blank=True)
    citizen_id = EncryptedTextField(_("Số định danh cá nhân"), blank=True)
    phone = EncryptedTextField(_("Điện thoại"), blank=True)
    address = EncryptedTextField(_("Địa chỉ"), blank=True)
    email = EncryptedTextField(_("Thư điện tử"), blank=True)
    consented_at = models.DateTimeField(_("Đồng ý xử lý dữ liệu cá nhân lúc"), null=True, blank=True)
    personal_data_erased_at = models.DateTimeField(_("Đã xoá dữ liệu cá nhân lúc"), null=True, blank=True)
    # Triage (R-IN-5) and its outcome.
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("Tin bài"), null=True, blank=True, on_delete=models.SET_NULL, related_name="intake_entries"
    )
    target_site = models.ForeignKey(
        "subsites.PortalSite", verbose_name=_("Trang thành phần"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    target_unit = models.ForeignKey(
        "subsites.Unit", verbose_name=_("Đơn vị"), null=True, blank=True, on_delete=models.SET_NULL, related_name="intake_entries"
    )
    refusal_reason = models.CharField(_("Lý do từ chối"), max_length=20, choices=RefusalReason.choices, blank=True)
    decision_comment = models.TextField(_("Ý kiến xử lý"), blank=True)
    decided_at = models.DateTimeField(_("Thời điểm phân loại"), null=True, blank=True)
    # Completion (R-IN-6).
    completion_requested_at = models.DateTimeField(_("Yêu cầu bổ sung lúc"), null=True, blank=True)
    completion_due_at = models.DateTimeField(_("Hạn bổ sung"), null=True, blank=True)
    completion_request = models.TextField(_("Nội dung cần bổ sung"), blank=True)
    completion_nonce = models.CharField(max_length=32, blank=True)
    raw_message = models.FileField(_("Thư gốc"), upload_to="intake/raw/%Y/%m", storage=private_storage, blank=True)

    class Meta:
        ordering = ["-received_at", "-pk"]
        verbose_name = _("Thông tin gửi đến")
        verbose_name_plural = _("Sổ tiếp nhận thông tin")
        permissions = [("export_personal_data", "Xuất dữ liệu cá nhân của người gửi")]

    def __str__(self):
        return self.title

    @property
    def is_open(self) -> bool:
        return self.state in OPEN_STATES

    @property
    def completion_overdue(self) -> bool:
        return self.state == State.AWAITING_COMPLETION and self.completion_due_at is not None and timezone.now() > self.completion_due_at

    def new_completion_nonce(self) -> str:
        self.completion_nonce = secrets.token_hex(8)
        return self.completion_nonce


class Attachment(models.Model):
    entry = models.ForeignKey(Entry, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(_("Tệp"), upload_to="intake/%Y/%m", storage=private_storage)
    name = models.CharField(_("Tên tệp"), max_length=255)
    size = models.PositiveBigIntegerField(_("Dung lượng"), default=0)
    is_scan = models.BooleanField(_("Bản quét văn bản giấy"), default=False)
    added_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("Tệp đính kèm")

    def __str__(self):
        return self.name


class Event(models.Model):
    """The time line of an entry (received, classified, asked, completed, published or refused…)."""

    class Kind(models.TextChoices):
        RECEIVED = "received", _("Tiếp nhận")
        CLASSIFIED = "classified", _("Phân loại")
        ASKED = "asked", _("Yêu cầu bổ sung")
        COMPLETED = "completed", _("Người gửi đã bổ sung")
        FLAGGED = "flagged", _("Quá hạn bổ sung, chờ quyết định")
        DRAFTED = "drafted", _("Tạo tin bài nháp")
        PUBLISHED = "published", _("Đã đăng")
        FORWARDED = "forwarded", _("Chuyển trang thành phần")
        ROUTED = "routed", _("Chuyển đơn vị")
        REFUSED = "refused", _("Từ chối")
        ERASED = "erased", _("Xoá dữ liệu cá nhân")

    entry = models.ForeignKey(Entry, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(_("Sự kiện"), max_length=12, choices=Kind.choices)
    at = models.DateTimeField(_("Thời điểm"), default=timezone.now)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    note = models.TextField(_("Ghi chú"), blank=True)

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = _("Diễn biến")

    def __str__(self):
        return f"{self.get_kind_display()} {self.at:%d/%m/%Y %H:%M}"


class FocalPoint(models.Model):
    """Who answers for a unit (R-IN-5): information routed to the unit goes to its focal points."""

    unit = models.ForeignKey("subsites.Unit", verbose_name=_("Đơn vị"), on_delete=models.CASCADE, related_name="focal_points")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("Người làm đầu mối"), on_delete=models.CASCADE, related_name="+")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["unit", "user"], name="one_focal_point_per_unit_and_user")]
        verbose_name = _("Đầu mối cung cấp thông tin")
        verbose_name_plural = _("Đầu mối cung cấp thông tin")

    def __str__(self):
        return f"{self.unit}: {self.user}"

"""Citizens' legal questions (R-CONT-5, letter item 2): asked on the portal, routed by field to the responsible
unit's focal point, answered, then published as a Q&A page (qa) or sent privately. The asker's personal data is
encrypted (defence.personal_data) and never reaches a page: the page shows the display name only."""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.fields import RichTextField

from defence.personal_data import EncryptedTextField, private_storage

ASKER_FIELDS = ["full_name", "email", "phone"]
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud and typed back
CODE_LENGTH = 8


class State(models.TextChoices):
    NEW = "new", _("Mới tiếp nhận")
    ASSIGNED = "assigned", _("Đã giao đơn vị")
    CLARIFICATION = "clarification", _("Chờ người hỏi làm rõ")
    ANSWERED = "answered", _("Đã trả lời")
    PUBLISHED = "published", _("Đã đăng trên Cổng")
    NOT_OUR_COMPETENCE = "not_competent", _("Không thuộc thẩm quyền")
    DUPLICATE = "duplicate", _("Câu hỏi trùng")
    SPAM = "spam", _("Thư rác")


OPEN_STATES = [State.NEW, State.ASSIGNED, State.CLARIFICATION]


class PublishAs(models.TextChoices):
    INITIALS = "initials", _("Chữ cái đầu của họ tên (ví dụ: N.V.A.)")
    PSEUDONYM = "pseudonym", _("Bút danh do tôi chọn")


def new_tracking_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


class Route(models.Model):
    """Which unit answers the questions of a field; unmapped fields go to settings.QUESTIONS_DEFAULT_UNIT."""

    subject_area = models.OneToOneField(
        "home.SubjectArea", verbose_name=_("Lĩnh vực"), on_delete=models.CASCADE, related_name="question_route"
    )
    unit = models.ForeignKey("subsites.Unit", verbose_name=_("Đơn vị trả lời"), on_delete=models.CASCADE, related_name="+")
    answer_days = models.PositiveSmallIntegerField(
        _("Thời hạn trả lời (ngày làm việc)"), null=True, blank=True, help_text=_("Để trống: theo thời hạn chung.")
    )

    class Meta:
        ordering = ["subject_area__name"]
        verbose_name = _("Phân công trả lời theo lĩnh vực")
        verbose_name_plural = _("Phân công trả lời theo lĩnh vực")

    def __str__(self):
        return f"{self.subject_area} → {self.unit}"


class Question(models.Model):
    tracking_code = models.CharField(_("Mã tra cứu"), max_length=16, unique=True, default=new_tracking_code)
    state = models.CharField(_("Trạng thái"), max_length=14, choices=State.choices, default=State.NEW, db_index=True)
    asked_at = models.DateTimeField(_("Thời điểm gửi"), default=timezone.now, db_index=True)
    portal_site = models.ForeignKey(
        "subsites.PortalSite", verbose_name=_("Gửi từ trang"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # The asker (personal data, encrypted; never shown on the public side).
    full_name = EncryptedTextField(_("Họ và tên"))
    email = EncryptedTextField(_("Thư điện tử"))
    phone = EncryptedTextField(_("Điện thoại"), blank=True)
    email_digest = models.CharField(max_length=64, db_index=True, editable=False)  # duplicate detection without decrypting
    province = models.CharField(_("Tỉnh, thành phố"), max_length=100)
    publish_as = models.CharField(_("Đăng dưới tên"), max_length=10, choices=PublishAs.choices, default=PublishAs.INITIALS)
    pseudonym = models.CharField(_("Bút danh"), max_length=60, blank=True)
    consented_at = models.DateTimeField(_("Đồng ý xử lý dữ liệu cá nhân lúc"), null=True, blank=True)
    # The question.
    subject_area = models.ForeignKey(
        "home.SubjectArea", verbose_name=_("Lĩnh vực"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    title = models.CharField(_("Tiêu đề"), max_length=255)
    text = models.TextField(_("Nội dung câu hỏi"))
    attachment = models.FileField(_("Tệp đính kèm"), upload_to="questions/%Y/%m", storage=private_storage, blank=True)
    attachment_name = models.CharField(max_length=255, blank=True)
    # Handling.
    unit = models.ForeignKey(
        "subsites.Unit", verbose_name=_("Đơn vị trả lời"), null=True, blank=True, on_delete=models.SET_NULL, related_name="questions"
    )
    due_at = models.DateTimeField(_("Hạn trả lời"), null=True, blank=True)
    paused_at = models.DateTimeField(_("Tạm dừng tính hạn từ"), null=True, blank=True)
    clarification_request = models.TextField(_("Nội dung cần làm rõ"), blank=True)
    answer = RichTextField(_("Trả lời"), blank=True, features=["h3", "bold", "italic", "link", "ol", "ul", "document-link"])
    answered_at = models.DateTimeField(_("Thời điểm trả lời"), null=True, blank=True)
    private_reason = models.TextField(_("Lý do trả lời riêng, không đăng"), blank=True)
    competent_body = models.CharField(_("Cơ quan có thẩm quyền"), max_length=255, blank=True)
    duplicate_of = models.ForeignKey(
        "self", verbose_name=_("Trùng với câu hỏi"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("Trang hỏi đáp"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    closed_at = models.DateTimeField(_("Thời điểm kết thúc xử lý"), null=True, blank=True, db_index=True)
    # Reminders to the focal point (questions.reminders): sent once before the due time and once after it.
    reminded_due_soon_at = models.DateTimeField(null=True, blank=True, editable=False)
    reminded_overdue_at = models.DateTimeField(null=True, blank=True, editable=False)
    personal_data_erased_at = models.DateTimeField(_("Đã xoá dữ liệu cá nhân lúc"), null=True, blank=True)

    class Meta:
        ordering = ["-asked_at", "-pk"]
        verbose_name = _("Câu hỏi pháp luật")
        verbose_name_plural = _("Câu hỏi pháp luật")

    def __str__(self):
        return f"{self.tracking_code}: {self.title}"

    @property
    def is_open(self) -> bool:
        return self.state in OPEN_STATES

    @property
    def is_overdue(self) -> bool:
        return self.is_open and self.state != State.CLARIFICATION and self.due_at is not None and timezone.now() > self.due_at

    @property
    def display_name(self) -> str:
        """What a published page may show of the asker: a pseudonym or the initials, with the province."""
        if self.publish_as == PublishAs.PSEUDONYM and self.pseudonym.strip():
            name = self.pseudonym.strip()
        else:
            initials = [word[0].upper() for word in self.full_name.split()]
            name = ".".join(initials) + "." if initials else _("Bạn đọc")
        return f"{name}, {self.province}"


class Event(models.Model):
    """The time line of a question."""

    class Kind(models.TextChoices):
        ASKED = "asked", _("Tiếp nhận câu hỏi")
        ASSIGNED = "assigned", _("Giao đơn vị")
        REASSIGNED = "reassigned", _("Chuyển đơn vị khác")
        CLARIFICATION = "clarification", _("Đề nghị người hỏi làm rõ")
        CLARIFIED = "clarified", _("Người hỏi đã làm rõ")
        ANSWERED = "answered", _("Trả lời")
        SENT_PRIVATELY = "private", _("Gửi trả lời riêng, không đăng")
        DRAFTED = "drafted", _("Tạo trang hỏi đáp, gửi duyệt")
        NOT_OUR_COMPETENCE = "not_competent", _("Không thuộc thẩm quyền")
        DUPLICATE = "duplicate", _("Câu hỏi trùng")
        SPAM = "spam", _("Thư rác")
        REMINDED = "reminded", _("Nhắc hạn trả lời")
        ERASED = "erased", _("Xoá dữ liệu cá nhân của người hỏi")

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(_("Sự kiện"), max_length=14, choices=Kind.choices)
    at = models.DateTimeField(_("Thời điểm"), default=timezone.now)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    note = models.TextField(_("Ghi chú"), blank=True)
    public = models.BooleanField(default=False)  # shown on the tracking page (never personal data)

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = _("Diễn biến")

    def __str__(self):
        return f"{self.get_kind_display()} {self.at:%d/%m/%Y %H:%M}"

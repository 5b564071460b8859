"""The royalty ledger (R-ROY-1; Decree 18/2014/NĐ-CP): who is paid, the regime as dated data (no amount lives in code),
the lines proposed for each published item and the monthly periods that the Chief Editor approves and locks.

Amounts are Decimal đồng, whole numbers. A line keeps the amount computed from the values in force when its item was
published, so that a later change of the regime never changes a month already paid."""

import datetime
from decimal import ROUND_HALF_UP, Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable

from defence.personal_data import EncryptedTextField
from vietnamese.identifiers import validate_citizen_id, validate_tax_code

PAYMENT_FIELDS = ["tax_code", "citizen_id", "bank_account", "bank_name"]


def whole_dong(amount: Decimal) -> Decimal:
    return Decimal(amount).quantize(Decimal("1"), rounding=ROUND_HALF_UP)


class Contributor(models.Model):
    """A person who is paid: a member of staff (linked to an account) or an outside author. The payment details are
    personal data: encrypted, shown only to the Standing Board, the Chief Editor and the accountant, each view logged."""

    name = models.CharField(_("Họ và tên"), max_length=255)
    organisation = models.CharField(_("Đơn vị, cơ quan"), max_length=255, blank=True)
    is_staff_member = models.BooleanField(_("Cán bộ của Bộ"), default=False)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, verbose_name=_("Tài khoản"), null=True, blank=True, on_delete=models.SET_NULL, related_name="contributor"
    )
    tax_code = EncryptedTextField(_("Mã số thuế"), blank=True, validators=[validate_tax_code])
    citizen_id = EncryptedTextField(_("Số định danh cá nhân"), blank=True, validators=[validate_citizen_id])
    bank_account = EncryptedTextField(_("Số tài khoản"), blank=True)
    bank_name = EncryptedTextField(_("Ngân hàng"), blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("Người hưởng nhuận bút")
        verbose_name_plural = _("Người hưởng nhuận bút")

    def __str__(self):
        return self.name


class Genre(models.Model):
    """A kind of work (tin, bài, ảnh, phóng sự ảnh, video, dịch…) and the coefficients it may be given."""

    name = models.CharField(_("Thể loại"), max_length=100, unique=True)
    page_kind = models.CharField(
        _("Loại tin tương ứng"), max_length=20, blank=True, help_text=_("Loại tin của bài viết được đề xuất thể loại này.")
    )
    coefficient_min = models.DecimalField(_("Hệ số tối thiểu"), max_digits=6, decimal_places=2, validators=[MinValueValidator(0)])
    coefficient_max = models.DecimalField(_("Hệ số tối đa"), max_digits=6, decimal_places=2, validators=[MinValueValidator(0)])

    class Meta:
        ordering = ["name"]
        verbose_name = _("Thể loại nhuận bút")
        verbose_name_plural = _("Thể loại nhuận bút")

    def __str__(self):
        return self.name


class CoefficientValue(models.Model):
    """The value in đồng of one coefficient unit, from a date (giá trị một đơn vị hệ số)."""

    value = models.DecimalField(_("Giá trị một đơn vị hệ số (đồng)"), max_digits=12, decimal_places=0, validators=[MinValueValidator(0)])
    valid_from = models.DateField(_("Áp dụng từ ngày"), unique=True)
    source = models.CharField(_("Căn cứ"), max_length=255, blank=True)

    class Meta:
        ordering = ["-valid_from"]
        verbose_name = _("Giá trị đơn vị hệ số")
        verbose_name_plural = _("Giá trị đơn vị hệ số")

    def __str__(self):
        return f"{self.value} ({self.valid_from:%d/%m/%Y})"

    @classmethod
    def in_force(cls, day: datetime.date) -> Decimal:
        found = cls.objects.filter(valid_from__lte=day).order_by("-valid_from").first()
        return found.value if found else Decimal(0)


class FeeRole(models.TextChoices):
    EDITING = "editing", _("Biên tập")
    APPROVAL = "approval", _("Duyệt")
    TRANSLATION = "translation", _("Dịch")
    PHOTOGRAPHY = "photography", _("Chụp ảnh")


class FeeRate(models.Model):
    """A fee (thù lao) for a role in making an item: a fixed amount, or a coefficient of the unit value."""

    role = models.CharField(_("Công việc"), max_length=20, choices=FeeRole.choices)
    amount = models.DecimalField(_("Mức tiền (đồng)"), max_digits=12, decimal_places=0, null=True, blank=True)
    coefficient = models.DecimalField(_("Hệ số"), max_digits=6, decimal_places=2, null=True, blank=True)
    valid_from = models.DateField(_("Áp dụng từ ngày"))

    class Meta:
        ordering = ["role", "-valid_from"]
        unique_together = [("role", "valid_from")]
        verbose_name = _("Mức thù lao")
        verbose_name_plural = _("Mức thù lao")

    def __str__(self):
        return f"{self.get_role_display()} ({self.valid_from:%d/%m/%Y})"

    @classmethod
    def in_force(cls, role: str, day: datetime.date):
        return cls.objects.filter(role=role, valid_from__lte=day).order_by("-valid_from").first()


class ItemContributor(Orderable):
    """A person of the register named on an item, chosen in the page editor (R-ROY-1 item 1): its authors share the
    royalty; a translator or a photographer is paid the fee of that role. The free-text author stays for a source."""

    class Role(models.TextChoices):
        AUTHOR = "author", _("Tác giả")
        TRANSLATION = FeeRole.TRANSLATION.value, FeeRole.TRANSLATION.label
        PHOTOGRAPHY = FeeRole.PHOTOGRAPHY.value, FeeRole.PHOTOGRAPHY.label

    page = ParentalKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="royalty_contributors")
    contributor = models.ForeignKey(Contributor, verbose_name=_("Người hưởng"), on_delete=models.PROTECT, related_name="items")
    role = models.CharField(_("Vai trò"), max_length=20, choices=Role.choices, default=Role.AUTHOR)

    panels = [FieldPanel("contributor"), FieldPanel("role")]

    class Meta(Orderable.Meta):
        verbose_name = _("Người hưởng nhuận bút, thù lao của tin bài")
        verbose_name_plural = _("Người hưởng nhuận bút, thù lao của tin bài")


class Budget(models.Model):
    """The royalty fund (quỹ nhuận bút) of a unit for a year, entered by the Chief Editor: each month's use is shown
    against it, with a warning when the year's lines pass it (R-ROY-1 item 4)."""

    portal_site = models.ForeignKey(
        "subsites.PortalSite", verbose_name=_("Trang (đơn vị chi trả)"), on_delete=models.PROTECT, related_name="+"
    )
    year = models.PositiveSmallIntegerField(_("Năm"), validators=[MinValueValidator(2000), MaxValueValidator(2100)])
    amount = models.DecimalField(_("Quỹ nhuận bút (đồng)"), max_digits=14, decimal_places=0, validators=[MinValueValidator(0)])
    source = models.CharField(_("Căn cứ"), max_length=255, blank=True)

    class Meta:
        ordering = ["-year", "portal_site"]
        unique_together = [("portal_site", "year")]
        verbose_name = _("Quỹ nhuận bút")
        verbose_name_plural = _("Quỹ nhuận bút")

    def __str__(self):
        return f"{self.portal_site} — {self.year}"


class Period(models.Model):
    """A month of one site's ledger: its unit pays (R-ROY-1 item 5). Approval locks it; reopening needs a reason."""

    class State(models.TextChoices):
        OPEN = "open", _("Đang lập")
        LOCKED = "locked", _("Đã duyệt, đã khoá")

    month = models.DateField(_("Tháng"), help_text=_("Ngày đầu tháng."))
    portal_site = models.ForeignKey("subsites.PortalSite", verbose_name=_("Trang"), on_delete=models.PROTECT, related_name="+")
    state = models.CharField(_("Trạng thái"), max_length=10, choices=State.choices, default=State.OPEN)
    approved_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    approved_at = models.DateTimeField(null=True, blank=True)
    reopen_reason = models.TextField(_("Lý do mở lại"), blank=True)

    class Meta:
        ordering = ["-month", "portal_site"]
        unique_together = [("month", "portal_site")]
        verbose_name = _("Kỳ nhuận bút")
        verbose_name_plural = _("Kỳ nhuận bút")

    def __str__(self):
        return f"{self.month:%m/%Y} — {self.portal_site}"

    @property
    def is_locked(self) -> bool:
        return self.state == self.State.LOCKED


class RoyaltyLine(models.Model):
    """One payment for one item: a royalty to an author or a fee to whoever edited, approved, translated."""

    class Kind(models.TextChoices):
        ROYALTY = "royalty", _("Nhuận bút")
        FEE = "fee", _("Thù lao")

    class State(models.TextChoices):
        PROPOSED = "proposed", _("Đề xuất")
        ADJUSTED = "adjusted", _("Đã điều chỉnh")
        APPROVED = "approved", _("Đã duyệt")

    period = models.ForeignKey(Period, on_delete=models.PROTECT, related_name="lines")
    page = models.ForeignKey("wagtailcore.Page", null=True, on_delete=models.SET_NULL, related_name="+")
    title = models.CharField(_("Tác phẩm"), max_length=255)
    published_at = models.DateTimeField(_("Xuất bản lúc"))
    contributor = models.ForeignKey(Contributor, verbose_name=_("Người hưởng"), on_delete=models.PROTECT, related_name="lines")
    kind = models.CharField(_("Loại"), max_length=10, choices=Kind.choices)
    genre = models.ForeignKey(Genre, verbose_name=_("Thể loại"), null=True, blank=True, on_delete=models.PROTECT)
    fee_role = models.CharField(_("Công việc"), max_length=20, choices=FeeRole.choices, blank=True)
    coefficient = models.DecimalField(_("Hệ số"), max_digits=6, decimal_places=2, default=0)
    share = models.DecimalField(
        _("Tỷ lệ hưởng"), max_digits=4, decimal_places=3, default=1, validators=[MinValueValidator(0), MaxValueValidator(1)]
    )
    unit_value = models.DecimalField(_("Giá trị đơn vị hệ số"), max_digits=12, decimal_places=0, default=0)
    amount = models.DecimalField(_("Thành tiền (đồng)"), max_digits=14, decimal_places=0, default=0)
    state = models.CharField(_("Trạng thái"), max_length=10, choices=State.choices, default=State.PROPOSED)
    adjusted_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    item_removed = models.BooleanField(_("Tin bài đã bị gỡ"), default=False)

    class Meta:
        ordering = ["published_at", "pk"]
        verbose_name = _("Dòng nhuận bút")
        verbose_name_plural = _("Dòng nhuận bút")

    def __str__(self):
        return f"{self.title} — {self.contributor}"

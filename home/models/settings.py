from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="site")
class SiteIdentity(BaseSiteSetting):
    """Who publishes this site: shown in the header and footer, as a Vietnamese government portal must
    (agency, address, phone, e-mail, person responsible — Decree 42/2022 Art 4)."""

    agency_name = models.CharField(_("Tên cơ quan"), max_length=255, default="Bộ Tư pháp")
    site_title = models.CharField(_("Tên trang"), max_length=255, default="Cổng thông tin điện tử Bộ Tư pháp")
    site_title_en = models.CharField(_("Tên trang (tiếng Anh)"), max_length=255, blank=True)
    parent_agency = models.CharField(_("Cơ quan chủ quản"), max_length=255, blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("Logo"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    address = models.CharField(_("Địa chỉ"), max_length=255, blank=True)
    phone = models.CharField(_("Điện thoại"), max_length=100, blank=True)
    fax = models.CharField(_("Fax"), max_length=100, blank=True)
    email = models.EmailField(_("Thư điện tử"), blank=True)
    responsible_person = models.CharField(
        _("Người chịu trách nhiệm"), max_length=255, blank=True, help_text=_("Họ tên và chức vụ, ví dụ: Ông Nguyễn Văn A — Cục trưởng.")
    )
    licence = models.CharField(_("Giấy phép"), max_length=255, blank=True)

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("agency_name"),
                FieldPanel("parent_agency"),
                FieldPanel("site_title"),
                FieldPanel("site_title_en"),
                FieldPanel("logo"),
            ],
            heading=_("Nhận diện"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldPanel("phone"),
                FieldPanel("fax"),
                FieldPanel("email"),
                FieldPanel("responsible_person"),
                FieldPanel("licence"),
            ],
            heading=_("Liên hệ"),
        ),
    ]

    class Meta:
        verbose_name = _("Nhận diện trang")

"""Per-site settings (R-SITE-3, R-SHARE-2), edited by the Chief Editor and by that site's approvers only
(granted per site with Wagtail's GroupSitePermission by provisioning)."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField

from defence.models import allowed_tracking_hosts
from defence.tracking import TrackingScript, parse_tracking_code
from home.blocks import LinkBlock
from home.cached_settings import CachedSiteSetting


@register_setting(icon="site")
class SiteIdentity(CachedSiteSetting, BaseSiteSetting):
    """Who publishes this site: shown in the header and footer, as a Vietnamese government portal must
    (agency, address, phone, e-mail, person responsible — Decree 42/2022 Art 4)."""

    agency_name = models.CharField(_("Tên cơ quan"), max_length=255, default="Bộ Tư pháp")
    site_title = models.CharField(_("Tên trang"), max_length=255, default="Cổng thông tin điện tử Bộ Tư pháp")
    site_title_en = models.CharField(_("Tên trang (tiếng Anh)"), max_length=255, blank=True)
    parent_agency = models.CharField(_("Cơ quan chủ quản"), max_length=255, blank=True)
    # English beside the Vietnamese, shown under /en/ (home.localization.localized; issue 18).
    agency_name_en = models.CharField(_("Tên cơ quan (tiếng Anh)"), max_length=255, blank=True)
    parent_agency_en = models.CharField(_("Cơ quan chủ quản (tiếng Anh)"), max_length=255, blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("Logo"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    address = models.CharField(_("Địa chỉ"), max_length=255, blank=True)
    phone = models.CharField(_("Điện thoại"), max_length=100, blank=True)
    fax = models.CharField(_("Fax"), max_length=100, blank=True)
    email = models.EmailField(_("Thư điện tử"), blank=True)
    responsible_person = models.CharField(
        _("Người chịu trách nhiệm"),
        max_length=255,
        blank=True,
        help_text=_("Họ tên và chức vụ, ví dụ: Ông Nguyễn Văn A — Cục trưởng."),
    )
    licence = models.CharField(_("Giấy phép"), max_length=255, blank=True)
    address_en = models.CharField(_("Địa chỉ (tiếng Anh)"), max_length=255, blank=True)
    responsible_person_en = models.CharField(_("Người chịu trách nhiệm (tiếng Anh)"), max_length=255, blank=True)
    licence_en = models.CharField(_("Giấy phép (tiếng Anh)"), max_length=255, blank=True)

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("agency_name"),
                FieldPanel("agency_name_en"),
                FieldPanel("parent_agency"),
                FieldPanel("parent_agency_en"),
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
                FieldPanel("address_en"),
                FieldPanel("responsible_person_en"),
                FieldPanel("licence_en"),
            ],
            heading=_("Liên hệ"),
        ),
    ]

    class Meta:
        verbose_name = _("Nhận diện trang")


@register_setting(icon="list-ul")
class SiteNavigation(CachedSiteSetting, BaseSiteSetting):
    """The main menu and footer links of a site (R-SITE-3). An empty menu shows the home page's
    children marked "show in menus", so a new site has a working menu from its first section."""

    main_menu = StreamField([("link", LinkBlock())], blank=True, verbose_name=_("Menu chính"))
    footer_links = StreamField([("link", LinkBlock())], blank=True, verbose_name=_("Liên kết chân trang"))

    panels = [FieldPanel("main_menu"), FieldPanel("footer_links")]

    class Meta:
        verbose_name = _("Menu và liên kết")

    def shown_when_empty(self) -> dict:
        """What readers see in place of an empty field, as stored stream data: the default menu written out as links
        to its pages. The settings screen starts from it and proposals compare with it (issue 18): a menu compared
        as "(trống)" while readers saw the sections once let one added item replace all of them."""
        return {
            "main_menu": [
                {"type": "link", "value": {"title": page.title, "page": page.pk, "url": ""}} for page in menu_pages(self.site.root_page)
            ]
        }


def menu_pages(home):
    """The pages an empty main menu shows: the home page's children marked "show in menus", live and public."""
    return home.get_children().live().public().in_menu() if home else []


@register_setting(icon="warning")
class SiteNotice(CachedSiteSetting, BaseSiteSetting):
    """A notice shown at the top of every page of the site: maintenance, an urgent announcement."""

    class Level(models.TextChoices):
        INFO = "info", _("Thông tin")
        WARNING = "warning", _("Cảnh báo")

    is_active = models.BooleanField(_("Đang hiển thị"), default=False)
    text = models.CharField(_("Nội dung thông báo"), max_length=300, blank=True)
    level = models.CharField(_("Mức độ"), max_length=10, choices=Level.choices, default=Level.INFO)
    link = models.URLField(_("Liên kết xem thêm"), blank=True)

    panels = [FieldPanel("is_active"), FieldPanel("text"), FieldPanel("level"), FieldPanel("link")]

    class Meta:
        verbose_name = _("Thông báo đầu trang")

    def clean(self):
        if self.is_active and not self.text:
            raise ValidationError({"text": _("Nhập nội dung trước khi bật thông báo.")})


def validate_tracking_code(value: str) -> None:
    """Only `<script src="https://…">` from a host IT administrators allowed (defence.tracking, issue 12)."""
    parse_tracking_code(value, allowed_tracking_hosts())


@register_setting(icon="code")
class SiteTracking(CachedSiteSetting, BaseSiteSetting):
    """The tracking code of the digital-government measurement system (R-SHARE-2, Art 19.3), rendered only on this
    site's public pages — never in previews or the admin (home.templatetags.tracking_tags)."""

    tracking_code = models.TextField(
        _("Mã theo dõi"),
        blank=True,
        validators=[validate_tracking_code],
        help_text=_('Chỉ các thẻ <script src="https://…"></script> từ máy chủ được Cục Công nghệ thông tin cho phép.'),
    )
    # EMC hands out an inline snippet; the portal runs the same steps from a file (home/static/home/emc-tracking.js),
    # so that no inline script is needed and the Content-Security-Policy stays strict.
    emc_site_id = models.PositiveIntegerField(
        _("Mã trang trên Hệ thống đo lường Chính phủ số (EMC)"),
        null=True,
        blank=True,
        help_text=_("Số siteId trong đoạn mã EMC cấp cho trang này, ví dụ 227 trong _govaq.push(['setSiteId', '227'])."),
    )

    panels = [FieldPanel("emc_site_id"), FieldPanel("tracking_code")]

    class Meta:
        verbose_name = _("Mã đo lường Chính phủ số")

    def scripts(self, allowed_hosts: list[str]) -> list[TrackingScript]:
        """The scripts to load, checked again against today's allow-list (a host may have been removed since)."""
        try:
            return parse_tracking_code(self.tracking_code, allowed_hosts)
        except ValidationError:
            return []

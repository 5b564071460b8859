from django.conf import settings
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Site
from wagtail.search import index

from home.models import BasePage
from home.page_cache.generation import remembered
from home.trees import site_roots
from subsites.filters import ServiceFilterForm


class PortalSite(models.Model):
    """One site of the platform (R-SITE-1): the main portal or a unit's component site, with what
    provisioning made for it, so that it can be found again and re-provisioned idempotently."""

    slug = models.SlugField(_("Mã"), unique=True, help_text=_("Tên miền con: <mã>.moj.gov.vn"))
    name = models.CharField(_("Tên đơn vị"), max_length=255)
    name_en = models.CharField(_("Tên tiếng Anh"), max_length=255, blank=True)
    is_main_portal = models.BooleanField(_("Cổng chính"), default=False)
    is_active = models.BooleanField(
        _("Đang hoạt động"), default=True, help_text=_("Tắt để ngừng phục vụ trang ở tên miền của nó; nội dung được giữ nguyên.")
    )
    # When the site was first switched on; until then switching it on needs the checklist (subsites/checklist.py).
    launched_at = models.DateTimeField(_("Bật lần đầu lúc"), null=True, blank=True, editable=False)
    site = models.OneToOneField("wagtailcore.Site", on_delete=models.PROTECT, related_name="portal_site")
    collection = models.OneToOneField("wagtailcore.Collection", on_delete=models.PROTECT, related_name="+")
    editors_group = models.OneToOneField(Group, on_delete=models.PROTECT, related_name="+", verbose_name=_("Nhóm biên tập viên"))
    approvers_group = models.OneToOneField(Group, on_delete=models.PROTECT, related_name="+", verbose_name=_("Nhóm duyệt"))

    class Meta:
        ordering = ["-is_main_portal", "name"]
        verbose_name = _("Trang của cổng")
        verbose_name_plural = _("Các trang của cổng")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if self.is_active and self.launched_at is None:
            self.launched_at = timezone.now()
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = {*kwargs["update_fields"], "launched_at"}
        super().save(*args, **kwargs)

    @property
    def hostname(self):
        return self.site.hostname

    @classmethod
    def switched_off_site_ids(cls) -> set[int]:
        """Sites that are switched off, cached: asked on every public page view."""
        ids = cache.get(SWITCHED_OFF_CACHE_KEY)
        if ids is None:
            ids = set(cls.objects.filter(is_active=False).values_list("site_id", flat=True))
            # Saving a PortalSite clears this key, but only in the cache of the process that saved it when
            # the cache is local memory (no REDIS_URL): a minute bounds how long other workers may lag.
            cache.set(SWITCHED_OFF_CACHE_KEY, ids, 60)
        return ids

    @classmethod
    def every_site(cls) -> list["PortalSite"]:
        """Every site of the platform with its Wagtail site, main portal first, kept until the next change (issue 16):
        the footer, search and its filters read them on every request."""
        return remembered("portal-sites", lambda: list(cls.objects.select_related("site")))

    @classmethod
    def active_sites(cls) -> list["PortalSite"]:
        return [portal_site for portal_site in cls.every_site() if portal_site.is_active]

    @classmethod
    def switched_off_root_paths(cls) -> list[str]:
        """Tree paths of the home pages of switched-off sites, in every language they have: what is under them is not served."""
        ids = cls.switched_off_site_ids()
        if not ids:
            return []
        return [root.path for site in Site.objects.filter(pk__in=ids).select_related("root_page") for root in site_roots(site)]


SWITCHED_OFF_CACHE_KEY = "subsites:switched-off-site-ids"


@receiver(post_save, sender=PortalSite)
def forget_switched_off_sites(**kwargs):
    cache.delete(SWITCHED_OFF_CACHE_KEY)


class Unit(index.Indexed, ClusterableModel):
    """A unit of the Ministry in the organisation chart, with what it must publish and review yearly (R-SITE-5, Art 21.1)."""

    name = models.CharField(_("Tên đơn vị"), max_length=255)
    name_en = models.CharField(_("Tên tiếng Anh"), max_length=255, blank=True)
    slug = models.SlugField(_("Đường dẫn"), unique=True, max_length=100)
    parent = models.ForeignKey(
        "self", verbose_name=_("Đơn vị cấp trên"), null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    sort_order = models.PositiveIntegerField(_("Thứ tự"), default=0)
    functions = RichTextField(_("Chức năng, nhiệm vụ"), blank=True, features=["bold", "italic", "ol", "ul", "link"])
    functions_en = RichTextField(_("Chức năng, nhiệm vụ (tiếng Anh)"), blank=True, features=["bold", "italic", "ol", "ul", "link"])
    address = models.CharField(_("Địa chỉ"), max_length=255, blank=True)
    phone = models.CharField(_("Điện thoại"), max_length=100, blank=True)
    email = models.EmailField(_("Thư điện tử"), blank=True)
    portal_site = models.ForeignKey(
        PortalSite, verbose_name=_("Trang thông tin thành phần"), null=True, blank=True, on_delete=models.SET_NULL, related_name="units"
    )
    last_reviewed = models.DateField(
        _("Ngày rà soát gần nhất"),
        null=True,
        blank=True,
        help_text=_("Đơn vị rà soát thông tin tổ chức, lãnh đạo, danh bạ cán bộ, liên hệ hằng năm."),
    )

    panels = [
        MultiFieldPanel([FieldPanel("name"), FieldPanel("name_en"), FieldPanel("slug"), FieldPanel("parent"), FieldPanel("sort_order")]),
        FieldPanel("functions"),
        FieldPanel("functions_en"),
        MultiFieldPanel([FieldPanel("address"), FieldPanel("phone"), FieldPanel("email"), FieldPanel("portal_site")], heading=_("Liên hệ")),
        InlinePanel("leaders", label=_("Lãnh đạo")),
        InlinePanel("staff", label=_("Danh bạ cán bộ")),
        FieldPanel("last_reviewed"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("name_en"),
        index.SearchField("functions"),
        index.AutocompleteField("name"),
        index.FilterField("portal_site"),
    ]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("Đơn vị")
        verbose_name_plural = _("Cơ cấu tổ chức")

    def __str__(self):
        return self.name

    def clean(self):
        ancestor = self.parent
        while ancestor is not None:
            if ancestor.pk == self.pk:
                raise ValidationError({"parent": _("Đơn vị không thể trực thuộc chính nó hoặc đơn vị cấp dưới của nó.")})
            ancestor = ancestor.parent


class UnitLeader(Orderable):
    unit = ParentalKey(Unit, on_delete=models.CASCADE, related_name="leaders")
    name = models.CharField(_("Họ và tên"), max_length=255)
    title = models.CharField(_("Chức vụ"), max_length=255)
    title_en = models.CharField(_("Chức vụ (tiếng Anh)"), max_length=255, blank=True)
    photo = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("Ảnh"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    responsibilities = models.TextField(_("Lĩnh vực phụ trách"), blank=True)
    responsibilities_en = models.TextField(_("Lĩnh vực phụ trách (tiếng Anh)"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("title"),
        FieldPanel("title_en"),
        FieldPanel("photo"),
        FieldPanel("responsibilities"),
        FieldPanel("responsibilities_en"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("Lãnh đạo đơn vị")


class UnitStaffMember(Orderable):
    """One line of a unit's staff directory (R-SITE-5, Art 21.1): an official's name, position and work contacts, which
    the unit publishes and reviews yearly with the rest of its information (its `last_reviewed`). Public data of
    officials at work, not a citizen's personal data: shown as entered, never a private address or number."""

    unit = ParentalKey(Unit, on_delete=models.CASCADE, related_name="staff")
    name = models.CharField(_("Họ và tên"), max_length=255)
    title = models.CharField(_("Chức vụ, vị trí"), max_length=255)
    title_en = models.CharField(_("Chức vụ, vị trí (tiếng Anh)"), max_length=255, blank=True)
    phone = models.CharField(_("Điện thoại cơ quan"), max_length=100, blank=True)
    email = models.EmailField(_("Thư điện tử công vụ"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("title"), FieldPanel("title_en"), FieldPanel("phone"), FieldPanel("email")]

    class Meta(Orderable.Meta):
        verbose_name = _("Cán bộ")
        verbose_name_plural = _("Danh bạ cán bộ")


class UnitDirectoryPage(RoutablePageMixin, BasePage):
    """The public organisation chart and a page for each unit (R-SITE-5): /co-cau-to-chuc/ and /co-cau-to-chuc/<unit>/."""

    intro = RichTextField(_("Giới thiệu"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "pages/unit_directory_page.html"

    class Meta:
        verbose_name = _("Cơ cấu tổ chức")

    @path("")
    def chart(self, request):
        units = list(Unit.objects.only("name", "name_en", "slug", "parent_id"))
        children = {}
        for unit in units:
            children.setdefault(unit.parent_id, []).append(unit)
        return self.render(request, context_overrides={"chart": _tree(children, None)})

    @path("<slug:unit_slug>/")
    def unit(self, request, unit_slug):
        unit = get_object_or_404(Unit.objects.select_related("parent", "portal_site__site"), slug=unit_slug)
        leaders = unit.leaders.select_related("photo")
        return self.render(
            request,
            template="pages/unit_page.html",
            context_overrides={
                "unit": unit,
                "unit_parents": _parents(unit),
                "leaders": leaders,
                "staff": unit.staff.all(),
                "subunits": unit.children.all(),
            },
        )


def _parents(unit: "Unit") -> list["Unit"]:
    """The unit's parents, from the top of the chart down, for its breadcrumb."""
    parents, parent = [], unit.parent
    while parent is not None and parent not in parents:
        parents.insert(0, parent)
        parent = parent.parent
    return parents


def _tree(children: dict, parent_id) -> list[tuple["Unit", list]]:
    return [(unit, _tree(children, unit.pk)) for unit in children.get(parent_id, [])]


class OnlineService(index.Indexed, models.Model):
    """An online public service or administrative procedure of a unit (R-SITE-4, Art 20.3): the main portal is
    the single entry point to all of them."""

    class Level(models.TextChoices):
        FULL = "full", _("Trực tuyến toàn trình")
        PARTIAL = "partial", _("Trực tuyến một phần")
        INFORMATION = "information", _("Cung cấp thông tin")

    name = models.CharField(_("Tên dịch vụ, thủ tục"), max_length=500)
    name_en = models.CharField(_("Tên tiếng Anh"), max_length=500, blank=True)
    code = models.CharField(
        _("Mã thủ tục"), max_length=50, blank=True, help_text=_("Mã trên Cơ sở dữ liệu quốc gia về thủ tục hành chính.")
    )
    level = models.CharField(_("Mức độ"), max_length=20, choices=Level.choices, default=Level.FULL)
    unit = models.ForeignKey(Unit, verbose_name=_("Đơn vị chịu trách nhiệm"), on_delete=models.PROTECT, related_name="services")
    subject_area = models.ForeignKey(
        "home.SubjectArea", verbose_name=_("Lĩnh vực"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    url = models.URLField(_("Địa chỉ thực hiện"), max_length=500)
    description = models.TextField(_("Mô tả ngắn"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("name_en"),
        FieldPanel("code"),
        FieldPanel("level"),
        FieldPanel("unit"),
        FieldPanel("subject_area"),
        FieldPanel("url"),
        FieldPanel("description"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("name_en"),
        index.SearchField("code"),
        index.SearchField("description"),
        index.FilterField("level"),
        index.FilterField("unit"),
        index.AutocompleteField("name"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("Dịch vụ công trực tuyến")
        verbose_name_plural = _("Dịch vụ công trực tuyến")

    def __str__(self):
        return self.name


class ServiceCatalogPage(BasePage):
    """The catalogue of every unit's online public services, filterable, on the main portal (R-SITE-4)."""

    intro = RichTextField(_("Giới thiệu"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "pages/service_catalog_page.html"

    class Meta:
        verbose_name = _("Danh mục dịch vụ công")

    def featured_services(self, count):
        return OnlineService.objects.filter(level=OnlineService.Level.FULL).select_related("unit")[:count]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        services = OnlineService.objects.select_related("unit", "subject_area")
        units = Unit.objects.filter(services__isnull=False).distinct()
        filters = ServiceFilterForm(request.GET or None, units=units, levels=OnlineService.Level.choices)
        context["filters"] = filters
        context["services"] = Paginator(filters.apply(services), 30).get_page(request.GET.get("trang"))
        return context


class SettingsProposal(models.Model):
    """A change of a site's menus proposed by one of its approvers, waiting for a second person (issue 18; the rule of
    pages, Art 8): kept with the setting's values before and after, applied only when another approver of the site or
    the Chief Editor approves it (subsites/settings_proposals.py)."""

    class State(models.TextChoices):
        PENDING = "pending", _("Chờ duyệt")
        APPLIED = "applied", _("Đã duyệt, đang hiển thị")
        SENT_BACK = "sent_back", _("Đã trả lại")

    site = models.ForeignKey("wagtailcore.Site", on_delete=models.CASCADE, related_name="+")
    setting = models.CharField(_("Cài đặt"), max_length=100, help_text="app_label.model_name")
    changed = models.JSONField(_("Mục thay đổi"), default=list)
    before = models.JSONField(_("Trước"), default=dict)
    after = models.JSONField(_("Sau"), default=dict)
    reason = models.TextField(_("Lý do đề xuất"))
    proposed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("Người đề xuất"))
    proposed_at = models.DateTimeField(_("Đề xuất lúc"), auto_now_add=True)
    state = models.CharField(_("Trạng thái"), max_length=10, choices=State.choices, default=State.PENDING)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+", verbose_name=_("Người duyệt")
    )
    decided_at = models.DateTimeField(_("Duyệt lúc"), null=True, blank=True)
    decision_note = models.TextField(_("Ghi chú khi duyệt hoặc trả lại"), blank=True)

    class Meta:
        verbose_name = _("Đề xuất thay đổi cài đặt")
        ordering = ["-proposed_at", "-pk"]

    def __str__(self):
        return f"{self.setting} · {self.site.hostname} · {self.get_state_display()}"

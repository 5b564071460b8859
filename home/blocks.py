"""Blocks the Chief Editor arranges on a home page (R-SITE-3). Each renders with its own template."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Page

NOT_PUBLIC = _(
    "Chỉ chọn trang đang được đăng công khai: trang nháp, trang riêng tư hay trang của trang khác chưa đăng không hiện lên được."
)


def is_public(page) -> bool:
    """Live and without a view restriction on it or an ancestor."""
    return page.live and not page.get_view_restrictions().exists()


class PublicPageChooserBlock(blocks.PageChooserBlock):
    """A page shown to readers from a home page, a menu or a link: it must be live and public when chosen (issue 12:
    an editor posting the id of another site's draft or private page must not get it rendered or previewed), and
    what is no longer live or public by the time it is shown is left out (`public_pages`)."""

    def clean(self, value):
        value = super().clean(value)
        if value is not None and not is_public(value):
            raise ValidationError(NOT_PUBLIC)
        return value


def public_pages(pages) -> list:
    """The chosen pages still live and public, in their order, in one query."""
    pages = [page for page in pages if page is not None]
    shown = set(Page.objects.live().public().filter(pk__in=[page.pk for page in pages]).values_list("pk", flat=True))
    return [page for page in pages if page.pk in shown]


class LatestItemsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Tiêu đề khối"), required=False, help_text=_("Để trống để dùng tên chuyên mục."))
    section = PublicPageChooserBlock(label=_("Chuyên mục"), page_type=["home.SectionPage", "documents.LegalDocumentIndexPage"])
    count = blocks.IntegerBlock(label=_("Số tin"), default=5, min_value=1, max_value=20)
    layout = blocks.ChoiceBlock(
        label=_("Cách trình bày"),
        choices=[("cards", _("Thẻ có ảnh")), ("list", _("Danh sách"))],
        default="cards",
    )

    class Meta:
        icon = "list-ul"
        template = "components/blocks/latest_items.html"
        label = _("Tin mới của một chuyên mục")
        description = _("Các tin mới nhất của chuyên mục được chọn, kèm liên kết xem tất cả.")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        section = value["section"].specific if value["section"] else None
        context["section"] = section
        context["items"] = section.listed_items()[: value["count"]] if section else []
        return context


class FeaturedItemsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Tiêu đề khối"), default=_("Tin nổi bật"))
    items = blocks.ListBlock(PublicPageChooserBlock(label=_("Bài")), label=_("Các bài nổi bật"))

    class Meta:
        icon = "pick"
        template = "components/blocks/featured_items.html"
        label = _("Tin nổi bật")
        description = _("Những bài được chọn tay, hiện lớn ở đầu trang.")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["items"] = public_pages(value["items"])
        return context


class LinkBlock(blocks.StructBlock):
    """A link to a page of the portal or to an address outside it: menus, footer links, quick links."""

    title = blocks.CharBlock(label=_("Tên"))
    page = PublicPageChooserBlock(label=_("Trang trong cổng"), required=False)
    url = blocks.URLBlock(label=_("Hoặc địa chỉ ngoài"), required=False)

    class Meta:
        icon = "link"
        label = _("Liên kết")

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise blocks.StructBlockValidationError({"url": ValidationError(_("Chọn một trang hoặc nhập một địa chỉ."))})
        return value


class QuickLinksBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Tiêu đề khối"), default=_("Liên kết nhanh"))
    links = blocks.ListBlock(LinkBlock(), label=_("Liên kết"))

    class Meta:
        icon = "link-external"
        template = "components/blocks/quick_links.html"
        label = _("Liên kết nhanh")
        description = _("Danh sách liên kết tới dịch vụ công, văn bản, trang đơn vị.")
        preview_value = {
            "heading": "Liên kết nhanh",
            "links": [{"title": "Cổng Dịch vụ công quốc gia", "url": "https://dichvucong.gov.vn"}],
        }


class BannerBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Ảnh"))
    title = blocks.CharBlock(label=_("Tiêu đề"))
    text = blocks.TextBlock(label=_("Mô tả"), required=False)
    page = PublicPageChooserBlock(label=_("Trang trong cổng"), required=False)
    url = blocks.URLBlock(label=_("Hoặc địa chỉ ngoài"), required=False)

    class Meta:
        icon = "image"
        template = "components/blocks/banner.html"
        label = _("Băng-rôn")
        description = _("Một ảnh lớn có tiêu đề và liên kết: sự kiện lớn, chiến dịch tuyên truyền.")


class ServicesBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Tiêu đề khối"), default=_("Dịch vụ công trực tuyến"))
    catalogue = blocks.PageChooserBlock(label=_("Trang danh mục dịch vụ"), page_type="subsites.ServiceCatalogPage")
    count = blocks.IntegerBlock(label=_("Số dịch vụ"), default=6, min_value=1, max_value=20)

    class Meta:
        icon = "link-external"
        template = "components/blocks/services.html"
        label = _("Dịch vụ công trực tuyến")
        description = _("Các dịch vụ công trực tuyến toàn trình, dẫn tới danh mục đầy đủ.")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        catalogue = value["catalogue"].specific if value["catalogue"] else None
        context["catalogue"] = catalogue
        context["services"] = catalogue.featured_services(value["count"]) if catalogue else []
        return context


class HomePageBody(blocks.StreamBlock):
    latest_items = LatestItemsBlock()
    featured_items = FeaturedItemsBlock()
    banner = BannerBlock()
    services = ServicesBlock()
    quick_links = QuickLinksBlock()
    text = blocks.RichTextBlock(
        label=_("Đoạn văn"),
        features=["h2", "h3", "bold", "italic", "link", "ol", "ul"],
        icon="pilcrow",
        template="components/blocks/text.html",
        description=_("Một đoạn văn bản tự do."),
        preview_value="<p>Cổng thông tin điện tử Bộ Tư pháp.</p>",
    )

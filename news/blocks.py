from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.typed_table_block.blocks import TypedTableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Trích dẫn"))
    attribution = blocks.CharBlock(label=_("Người nói"), required=False)

    class Meta:
        icon = "openquote"
        template = "components/blocks/quote.html"
        label = _("Trích dẫn")
        description = _("Lời phát biểu, trích dẫn nổi bật.")
        preview_value = {"text": "Pháp luật phải được thực thi nghiêm minh.", "attribution": "Bộ trưởng Bộ Tư pháp"}


class GalleryBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Tên bộ ảnh"), required=False)
    images = blocks.ListBlock(ImageBlock(), label=_("Ảnh"), min_num=2)

    class Meta:
        icon = "image"
        template = "components/blocks/gallery.html"
        label = _("Bộ ảnh")
        description = _("Nhiều ảnh của một sự kiện, mỗi ảnh có văn bản thay thế.")


class FileBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Tệp"))
    title = blocks.CharBlock(label=_("Tên hiển thị"), required=False)

    class Meta:
        icon = "doc-full"
        template = "components/blocks/file.html"
        label = _("Tệp đính kèm")
        description = _("Một tệp để tải về, kèm kích thước và mã SHA-256.")


class ArticleBody(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        label=_("Đoạn văn"),
        features=["h2", "h3", "bold", "italic", "link", "ol", "ul", "document-link"],
        icon="pilcrow",
        template="components/blocks/text.html",
        description=_("Văn bản của bài."),
        preview_value="<p>Sáng nay, tại Hà Nội, Bộ Tư pháp tổ chức hội nghị.</p>",
    )
    image = ImageBlock(label=_("Ảnh"), template="components/blocks/image.html", description=_("Ảnh có chú thích và văn bản thay thế."))
    gallery = GalleryBlock()
    video = EmbedBlock(
        label=_("Video"), icon="media", template="components/blocks/embed.html", description=_("Video từ YouTube hoặc nguồn nhúng khác.")
    )
    quote = QuoteBlock()
    table = TypedTableBlock(
        [
            ("text", blocks.CharBlock(label=_("Chữ"))),
            ("number", blocks.DecimalBlock(label=_("Số"))),
            ("rich_text", blocks.RichTextBlock(label=_("Chữ định dạng"), features=["bold", "italic", "link"])),
        ],
        label=_("Bảng"),
        icon="table",
        template="components/blocks/table.html",
        description=_("Bảng số liệu có tiêu đề cột."),
    )
    file = FileBlock()

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
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
    quote = QuoteBlock()
    video = EmbedBlock(
        label=_("Video"), icon="media", template="components/blocks/embed.html", description=_("Video từ YouTube hoặc nguồn nhúng khác.")
    )

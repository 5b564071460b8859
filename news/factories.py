import factory
import wagtail_factories

from news.models import ArticlePage


class ArticlePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Bộ Tư pháp tổ chức hội nghị số {n}")
    lead = "Sáng nay, tại Hà Nội, Bộ Tư pháp tổ chức hội nghị tổng kết công tác tư pháp."
    author = "Minh Anh"
    source = "Cổng thông tin điện tử Bộ Tư pháp"
    body = factory.LazyFunction(lambda: [("paragraph", "<p>Tham dự có đại diện Lãnh đạo Bộ Tư pháp.</p>")])

    class Meta:
        model = ArticlePage

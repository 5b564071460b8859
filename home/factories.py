import factory
import wagtail_factories

from home.models import HomePage, SectionPage, StandardPage, SubjectArea


class SubjectAreaFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Lĩnh vực {n}")
    slug = factory.Sequence(lambda n: f"linh-vuc-{n}")

    class Meta:
        model = SubjectArea
        django_get_or_create = ["slug"]


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Trang chủ"

    class Meta:
        model = HomePage


class SectionPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Chuyên mục {n}")
    show_in_menus = True

    class Meta:
        model = SectionPage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = "Giới thiệu"
    body = "<p>Giới thiệu về đơn vị.</p>"

    class Meta:
        model = StandardPage

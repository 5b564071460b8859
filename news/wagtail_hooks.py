from wagtail import hooks

from news.models import ArticlePage, file_into_archive


@hooks.register("after_create_page")
def file_new_article(request, page):
    """Articles are kept in year/month folders of their section; editors add them to the section itself."""
    if isinstance(page, ArticlePage):
        file_into_archive(page)

from django.contrib import messages
from django.utils.translation import gettext as _
from wagtail import hooks

from news.models import ArticlePage, file_into_archive


@hooks.register("after_create_page")
def file_new_article(request, page):
    """Articles are kept in year/month folders of their section; editors add them to the section itself."""
    if not isinstance(page, ArticlePage):
        return
    given_up = file_into_archive(page)
    if given_up:
        page.refresh_from_db()
        messages.warning(
            request,
            _("Địa chỉ “%(taken)s” đã có bài khác trong cùng tháng, nên địa chỉ của bài “%(title)s” đã được đổi thành “%(slug)s”.")
            % {"taken": given_up, "title": page.title, "slug": page.slug},
        )

from django.contrib import messages
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.viewsets.pages import PageViewSet

from home.explorer import FOLDER_COLUMNS, FolderIndexView
from news.models import ArchiveFolderPage, ArticlePage, file_into_archive


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


class ArchivedArticlesViewSet(PageViewSet):
    """The explorer of an archive folder (issue 16): a month holds about 1,000 articles (home.explorer)."""

    model = ArticlePage
    index_view_class = FolderIndexView
    columns = FOLDER_COLUMNS
    parent_models = [ArchiveFolderPage]


@hooks.register("register_admin_viewset")
def register_archive_explorer():
    return ArchivedArticlesViewSet("archived_articles")

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.widgets import Button

from home.models import SectionPage
from news.models import ArticlePage, file_into_archive


def section_items_url(section) -> str:
    """The explorer of a section filtered to its articles: Wagtail then lists them from every year and month folder
    below it, with its filters (date, owner, edited by) and sorting — the editor's listing of a section (issue 18)."""
    query = {"content_type": ContentType.objects.get_for_model(ArticlePage).pk, "ordering": "-latest_revision_created_at"}
    return f"{reverse('wagtailadmin_explore', args=[section.pk])}?{urlencode(query)}"


@hooks.register("register_page_header_buttons")
def section_items_button(page, user, view_name, next_url=None):
    if page.specific_class is SectionPage:
        yield Button(_("Tin bài của chuyên mục (mới nhất trước)"), url=section_items_url(page), icon_name="list-ul", priority=5)


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

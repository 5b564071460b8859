"""Chooser fields shown to readers take only live, public pages (issue 12): an editor posting the id of another site's
draft or a private page gets a clear refusal, and what stops being live or public is left out when shown."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.models import PageViewRestriction

from home.blocks import NOT_PUBLIC, FeaturedItemsBlock, LinkBlock, PublicPageChooserBlock
from home.factories import SectionPageFactory
from news.factories import ArticlePageFactory
from news.models import ArticlePage, ArticleRelatedLink, archive_folder


@pytest.fixture
def pages(main_site, thads_site):
    folder = archive_folder(SectionPageFactory(parent=thads_site.site.root_page, title="Tin", slug="tin"), timezone.now())
    live = ArticlePageFactory(parent=folder, title="Tin đã đăng", slug="da-dang")
    live.save_revision().publish()
    draft = ArticlePageFactory(parent=folder, title="Bản nháp của THADS", slug="nhap", live=False)
    private = ArticlePageFactory(parent=folder, title="Tin nội bộ", slug="noi-bo")
    private.save_revision().publish()
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    return {"live": ArticlePage.objects.get(pk=live.pk), "draft": draft, "private": ArticlePage.objects.get(pk=private.pk)}


@pytest.mark.parametrize("which", ["draft", "private"])
def test_a_draft_or_private_page_cannot_be_chosen(pages, which):
    page = pages[which]
    with pytest.raises(ValidationError, match="đang được đăng công khai"):
        PublicPageChooserBlock().clean(page)
    with pytest.raises(ValidationError):
        FeaturedItemsBlock().clean({"heading": "Nổi bật", "items": [page]})
    with pytest.raises(ValidationError):
        LinkBlock().clean({"title": "Xem", "page": page, "url": ""})
    link = ArticleRelatedLink(article=pages["live"], page=page)
    with pytest.raises(ValidationError) as refused:
        link.clean()
    assert str(NOT_PUBLIC) in str(refused.value)
    ArticleRelatedLink(article=pages["live"], page=pages["live"]).clean()  # a live public page is fine


def test_what_stops_being_public_is_left_out_when_shown(pages):
    block = FeaturedItemsBlock()
    value = block.to_python({"heading": "Nổi bật", "items": [pages["live"].pk, pages["private"].pk, pages["draft"].pk]})
    html = block.render(value)
    assert "Tin đã đăng" in html and "Tin nội bộ" not in html and "Bản nháp" not in html
    article = pages["live"]
    article.related_links.add(ArticleRelatedLink(page=pages["private"]), ArticleRelatedLink(page=pages["draft"]))
    article.save()
    assert all(item.title not in ("Tin nội bộ", "Bản nháp của THADS") for item in ArticlePage.objects.get(pk=article.pk).related_items())

"""A component site's editor sees only their own tree and is refused on another site's pages (R-SITE-2)."""

import re

from django.db import connections
from playwright.sync_api import expect

from news.models import ArticlePage
from subsites.models import PortalSite
from tests.e2e.signing_in import log_in_with_the_form


def article_of(slug: str) -> ArticlePage:
    article = ArticlePage.objects.descendant_of(PortalSite.objects.get(slug=slug).site.root_page).first()
    connections.close_all()
    return article


def test_subsite_editor_sees_only_their_tree_and_is_refused_elsewhere(page, portal_server):
    thads_admin = portal_server.replace("localhost", "thads.localhost", 1)
    cntt_article = article_of("cntt")
    log_in_with_the_form(page, thads_admin, "thads_editor")

    page.goto(thads_admin + "/admin/pages/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Cục Thi hành án dân sự")
    listing = page.locator("main")
    expect(listing.get_by_role("link", name="Tin hoạt động", exact=True)).to_be_visible()
    expect(listing).not_to_contain_text("Chuyển đổi số")  # a section of cntt
    expect(listing).not_to_contain_text("Tin tức – Sự kiện")  # a section of the main portal

    page.goto(f"{thads_admin}/admin/pages/{cntt_article.pk}/edit/")
    expect(page).not_to_have_url(re.compile(rf"/pages/{cntt_article.pk}/edit/"))
    expect(page.locator(".messages")).to_contain_text(re.compile("không có quyền|do not have permission"))
    expect(page.locator("body")).not_to_contain_text(cntt_article.title)

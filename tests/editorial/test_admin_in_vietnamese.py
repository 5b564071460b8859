"""The admin a Vietnamese-language editor and approver meet every day has no English left (issue 18): the main
screens are rendered for each and compared with the English source strings of the catalogues the admin is built
from (tests/editorial/admin_english.py). The Vietnamese comes from locale/admin (glossary: locale/GLOSSARY.md)."""

import json
import re
from pathlib import Path

import polib
import pytest
import wagtail
from django.conf import settings
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone, translation
from wagtail.documents import get_document_model
from wagtail.models import Page
from wagtail_factories import ImageFactory

from accounts.factories import UserFactory
from home.factories import SectionPageFactory
from news.factories import ArticlePageFactory
from news.models import archive_folder
from subsites.models import PortalSite
from tests import platforms
from tests.editorial.admin_english import PLACEHOLDER, english_on
from tests.home.test_slugs import article_form


@pytest.fixture(scope="module")
def newsroom_world(django_db_setup, django_db_blocker):
    """The newsroom the screens show, built once on the main portal in a transaction rolled back at the module's end;
    each test runs in its own transaction inside it, so what one test changes (a submitted article) never reaches the
    next. Every test of this module is on the main portal: the connection cannot change database inside it."""
    with django_db_blocker.unblock():
        platforms.use("main")
    # In the portal's language, with an empty cache, as a test's own fixtures would be (tests/conftest.py).
    with django_db_blocker.unblock(), transaction.atomic(), translation.override(settings.LANGUAGE_CODE):
        cache.clear()
        main_site = PortalSite.objects.select_related("site").get(slug="moj")
        section = SectionPageFactory(parent=main_site.site.root_page, title="Tin tức", slug="tin-tuc")
        article = ArticlePageFactory(parent=archive_folder(section, timezone.now()), title="Hội nghị tập huấn", live=False)
        reporter = UserFactory(username="phong_vien", groups=[main_site.editors_group])
        article.save_revision(user=reporter)
        submitted = ArticlePageFactory(parent=article.get_parent(), title="Thông báo tuyển dụng", live=False)
        submitted.save_revision(user=reporter)
        submitted.get_workflow().start(submitted, reporter)  # "in moderation" on the dashboards and in the explorer
        ArticlePageFactory(parent=article.get_parent(), title="Tin đã đăng")  # "live"
        ImageFactory(title="Ảnh hội nghị")
        get_document_model().objects.create(title="Báo cáo tổng kết", file=ContentFile(b"%PDF-1.4 tong ket", name="bao-cao.pdf"))
        yield {"section": section.pk, "article": article.pk}
        transaction.set_rollback(True)
    cache.clear()  # Wagtail's cached site root paths name the rolled-back pages


@pytest.fixture
def newsroom(newsroom_world, main_site):
    """Fresh copies of the world's pages for each test: what a test changes in memory stays in that test."""
    return {
        "section": Page.objects.get(pk=newsroom_world["section"]).specific,
        "article": Page.objects.get(pk=newsroom_world["article"]).specific,
        "site": main_site,
    }


SCREENS = {
    "dashboard": lambda n: "/admin/",
    "explorer": lambda n: f"/admin/pages/{n['section'].pk}/",
    "page edit": lambda n: f"/admin/pages/{n['article'].pk}/edit/",
    "page create": lambda n: f"/admin/pages/add/home/standardpage/{n['section'].pk}/",
    "add subpage": lambda n: f"/admin/pages/{n['section'].pk}/add_subpage/",
    "page history": lambda n: f"/admin/pages/{n['article'].pk}/history/",
    "reports": lambda n: "/admin/reports/workflow/",
    "site history": lambda n: "/admin/reports/site-history/",
    "locked pages": lambda n: "/admin/reports/locked/",
    "images": lambda n: "/admin/images/",
    "documents": lambda n: "/admin/documents/",
    "account": lambda n: "/admin/account/",
    "section items": lambda n: f"/admin/editorial/sections/{n['section'].pk}/items/",
    "page search": lambda n: "/admin/pages/search/?q=h%E1%BB%99i",
    "page chooser": lambda n: f"/admin/choose-page/{n['section'].pk}/",
    "image chooser": lambda n: "/admin/images/chooser/",
    "document chooser": lambda n: "/admin/documents/chooser/",
    "workflow history": lambda n: f"/admin/pages/{n['article'].pk}/workflow_history/",
    "revisions": lambda n: f"/admin/pages/{n['article'].pk}/history/",
}


@pytest.mark.parametrize("role", ["editor", "approver"])
@pytest.mark.parametrize("screen", list(SCREENS))
def test_an_admin_screen_shows_no_english(client, newsroom, role, screen):
    site = newsroom["site"]
    group = site.editors_group if role == "editor" else site.approvers_group
    client.force_login(UserFactory(username=f"nguoi_{role}", groups=[group]))
    response = client.get(SCREENS[screen](newsroom), follow=True)
    assert response.status_code == 200
    # A chooser answers with its modal's HTML inside JSON.
    html = response.json()["html"] if response["Content-Type"].startswith("application/json") else response.text
    english = english_on(html)
    assert not english, f"{len(english)} English strings: {english}"


def test_submitting_for_approval_is_told_in_vietnamese(client, newsroom):
    editor = UserFactory(username="bien_tap", groups=[newsroom["site"].editors_group])
    client.force_login(editor)
    article = newsroom["article"]
    form = article_form(article.title, article.slug, date=timezone.localtime(article.date).strftime("%Y-%m-%d %H:%M"))
    response = client.post(f"/admin/pages/{article.pk}/edit/", {**form, "action-submit": "1"}, follow=True)
    told = " ".join(str(message) for message in response.context["messages"])
    assert "đã được gửi duyệt" in told, told
    english = english_on(response.text)
    assert not english, f"{len(english)} English strings: {english}"


def test_the_admin_is_the_portal_s_and_asks_nothing_of_gravatar(client, main_site):
    client.force_login(UserFactory(username="bien_tap", email="bt@moj.gov.vn", groups=[main_site.editors_group]))
    for url in ["/admin/", "/admin/account/"]:
        html = client.get(url).text
        assert "gravatar" not in html.lower()
        assert "<title>" in html and "Cổng TTĐT Bộ Tư pháp</title>" in html
        assert "img/emblem.svg" in html


def js_catalogue(client) -> dict:
    """The strings the admin's JavaScript translates (/admin/jsi18n/, Django's JavaScriptCatalog for wagtail.admin)."""
    source = client.get("/admin/jsi18n/").text
    return json.loads(re.search(r"const newcatalog = (\{.*?\});\n", source, re.S).group(1))


def test_the_admin_javascript_speaks_vietnamese(client, main_site):
    """Autosave ("Autosave in progress…", "Changes have been autosaved."), "Saving…", comments, choosers, the
    sidebar and StreamField are drawn by JavaScript from the djangojs catalogue: every string of Wagtail's has
    Vietnamese (admin_translations/locale/vi/LC_MESSAGES/djangojs.po)."""
    client.force_login(UserFactory(username="bien_tap", groups=[main_site.editors_group]))
    catalogue = js_catalogue(client)
    english = Path(wagtail.__file__).parent / "admin" / "locale" / "en" / "LC_MESSAGES" / "djangojs.po"
    untranslated = []
    for entry in polib.pofile(str(english)):
        if not re.search(r"[A-Za-z]{2,}", PLACEHOLDER.sub("", entry.msgid)):
            continue  # only placeholders: nothing to translate
        value = catalogue.get(entry.msgid)
        shown = value[0] if isinstance(value, list) else value
        if not shown or shown == entry.msgid:
            untranslated.append(entry.msgid)
    assert untranslated == [], f"{len(untranslated)} JavaScript strings in English: {untranslated}"
    assert catalogue["Autosave in progress…"] == "Đang tự động lưu…"
    assert catalogue["Changes have been autosaved."] == "Các thay đổi đã được tự động lưu."
    assert catalogue["Add a comment"] == "Thêm góp ý"  # the glossary's term, not Wagtail's "bình luận"

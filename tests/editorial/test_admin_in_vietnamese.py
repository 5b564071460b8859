"""The admin the portal's staff meet has no English left (issue 18): the main screens of an editor and an approver of
one newsroom, the editor's hidden tabs, the admin's JavaScript strings and its branding, rendered in Vietnamese and
compared with the English source strings of the catalogues the admin is built from (tests/editorial/admin_english.py).
Every staff role's own screens: tests/editorial/test_admin_roles_in_vietnamese.py. The Vietnamese comes from
admin_translations/locale (glossary: locale/GLOSSARY.md)."""

import json
import re
from pathlib import Path

import polib
import pytest
import wagtail
import wagtail_localize
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Page
from wagtail_factories import ImageFactory

from accounts.factories import UserFactory
from home.factories import SectionPageFactory
from news.factories import ArticlePageFactory
from news.models import archive_folder
from tests import platforms
from tests.editorial.admin_english import PLACEHOLDER, english_on, texts_of
from tests.home.test_slugs import article_form

# Reads response.context: Django records the templates' contexts for this module (tests/conftest.py).
pytestmark = pytest.mark.usefixtures("template_contexts")


@pytest.fixture(scope="module")
def newsroom_world(main_portal, django_db_blocker):
    """The newsroom the screens show, built once on the main portal (tests/platforms.py: built_once); each test runs
    in its own transaction inside it, so what one test changes (a submitted article) never reaches the next."""
    with platforms.built_once("main", django_db_blocker):
        main_site = platforms.portal_site("moj")
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


def js_catalogue(client, url="/admin/jsi18n/") -> dict:
    """The strings the admin's JavaScript translates (Django's JavaScriptCatalog: /admin/jsi18n/ for wagtail.admin,
    wagtail_localize:javascript_catalog for wagtail-localize's translation editor)."""
    source = client.get(url).text
    return json.loads(re.search(r"const newcatalog = (\{.*?\});\n", source, re.S).group(1))


# Each JavaScript catalogue of the admin and the English source of its strings.
JS_CATALOGUES = {
    "wagtail": ("/admin/jsi18n/", Path(wagtail.__file__).parent / "admin"),
    "wagtail-localize": ("wagtail_localize:javascript_catalog", Path(wagtail_localize.__file__).parent),
}


@pytest.mark.parametrize("package", list(JS_CATALOGUES))
def test_the_admin_javascript_speaks_vietnamese(client, main_site, package):
    """Autosave ("Autosave in progress…", "Changes have been autosaved."), "Saving…", comments, choosers, the
    sidebar, StreamField and wagtail-localize's translation editor are drawn by JavaScript from the djangojs
    catalogues: every string has Vietnamese (admin_translations/locale/vi/LC_MESSAGES/djangojs.po)."""
    client.force_login(UserFactory(username="bien_tap", groups=[main_site.editors_group]))
    url, source = JS_CATALOGUES[package]
    catalogue = js_catalogue(client, url if url.startswith("/") else reverse(url))
    english = source / "locale" / "en" / "LC_MESSAGES" / "djangojs.po"
    untranslated = []
    for entry in polib.pofile(str(english)):
        if not re.search(r"[A-Za-z]{2,}", PLACEHOLDER.sub("", entry.msgid)):
            continue  # only placeholders: nothing to translate
        value = catalogue.get(entry.msgid)
        shown = value[0] if isinstance(value, list) else value
        if not shown or shown == entry.msgid:
            untranslated.append(entry.msgid)
    assert untranslated == [], f"{len(untranslated)} JavaScript strings in English: {untranslated}"
    if package == "wagtail":
        assert catalogue["Autosave in progress…"] == "Đang tự động lưu…"
        assert catalogue["Changes have been autosaved."] == "Các thay đổi đã được tự động lưu."
        assert catalogue["Add a comment"] == "Thêm góp ý"  # the glossary's term, not Wagtail's "bình luận"


def test_the_editor_s_hidden_tabs_and_dialogs_are_read(client, newsroom):
    """The Promote tab is hidden until clicked, the schedule dialog is teleported into the page by a script: their
    fields (title tag, meta description, show in menus, go-live and expiry) are read all the same; a <template> a
    script copies in only on demand is not."""
    client.force_login(UserFactory(username="duyet", groups=[newsroom["site"].approvers_group]))
    texts = [text.casefold() for text in texts_of(client.get(f"/admin/pages/{newsroom['article'].pk}/edit/").text)]
    for label in ["thẻ tiêu đề", "mô tả meta", "hiện trong menu", "ngày giờ xuất bản", "ngày giờ hết hạn"]:
        assert any(label in text for text in texts), label
    assert english_on('<section role="tabpanel" hidden><label>Title tag</label></section>') == ["Title tag"]
    assert english_on('<template data-controller="w-teleport"><label>Expiry date/time</label></template>') == ["Expiry date/time"]
    assert english_on("<template><p>Title tag</p></template><p hidden>Show in menus</p>") == []
    assert english_on("<p>SLUG</p>") == ["SLUG"]

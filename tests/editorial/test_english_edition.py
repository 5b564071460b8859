"""The English edition's two steps (R-EN-1, R-FLOW-6): the Standing Board chooses an item for English, a translator
translates and submits it, only an English approver makes it live."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from accounts import roles
from accounts.factories import UserFactory
from home.factories import SectionPageFactory
from news.factories import ArticlePageFactory
from news.models import archive_folder
from subsites.provisioning import provision_english_edition


@pytest.fixture
def edition(main_site):
    english = Locale.objects.get(language_code="en")
    vi_home = main_site.site.root_page.specific
    en_home = vi_home.copy_for_translation(english)
    en_home.title = "Ministry of Justice"
    en_home.save_revision().publish()
    provision_english_edition(main_site, en_home)
    section = SectionPageFactory(parent=vi_home, title="Tin tức", slug="tin-tuc")
    when = timezone.now() - datetime.timedelta(hours=2)
    article = ArticlePageFactory(
        parent=archive_folder(section, when), title="Bộ Tư pháp tiếp Đại sứ Nhật Bản", slug="tiep-dai-su", date=when
    )

    return {
        "article": article,
        "english": english,
        "editor": UserFactory(username="standing_editor", groups=[main_site.editors_group]),
        "translator": UserFactory(username="translator", groups=[roles.EN_TRANSLATORS]),
        "approver": UserFactory(username="en_approver", groups=[roles.EN_APPROVERS]),
    }


def translate_every_string(translation, text="Ministry of Justice receives the Ambassador of Japan"):
    for segment in StringSegment.objects.filter(source=translation.source).select_related("string", "context"):
        StringTranslation.objects.create(
            translation_of=segment.string, context=segment.context, locale=translation.target_locale, data=text, translation_type="manual"
        )


def test_english_item_goes_live_only_by_an_english_approvers_action(client, edition):
    article, english = edition["article"], edition["english"]

    # 1. The Standing Board chooses the item for English: a draft appears in the English tree, not live.
    client.force_login(edition["editor"])
    assert client.post(f"/admin/localize/submit/page/{article.pk}/", {"locales": [english.pk]}).status_code == 302
    en_article = Page.objects.get(translation_key=article.translation_key, locale=english).specific
    assert not en_article.live
    translation = Translation.objects.get(source__object_id=article.translation_key, target_locale=english)

    # 2. The translator cannot publish from wagtail-localize's editor, and cannot submit an unfinished translation.
    client.force_login(edition["translator"])
    assert client.get(f"/admin/pages/{en_article.pk}/edit/").status_code == 200  # the translation editor
    assert client.post(f"/admin/pages/{en_article.pk}/edit/", {"action": "publish"}).status_code in (302, 403)
    client.post(f"/admin/translations/{en_article.pk}/submit/")
    en_article.refresh_from_db()
    assert not en_article.live and not en_article.workflow_in_progress

    # 3. Translated, submitted: waiting for approval, still not live.
    translate_every_string(translation)
    assert client.post(f"/admin/translations/{en_article.pk}/submit/").status_code == 302
    en_article.refresh_from_db()
    assert en_article.workflow_in_progress and not en_article.live
    assert client.get(en_article.get_url(), HTTP_HOST="localhost").status_code == 404

    # 4. The English approver approves: it is live, in English, linked both ways.
    client.force_login(edition["approver"])
    task_state = en_article.current_workflow_task_state
    response = client.post(f"/admin/pages/workflow/action/{en_article.pk}/approve/{task_state.pk}/", {"comment": ""})
    assert response.status_code in (200, 302)
    en_article.refresh_from_db()
    assert en_article.live
    english_html = client.get(en_article.url, HTTP_HOST="localhost").text
    assert "Ministry of Justice receives the Ambassador of Japan" in english_html
    assert '<html lang="en">' in english_html
    vietnamese_html = client.get(article.url, HTTP_HOST="localhost").text
    assert f'hreflang="en" href="http://localhost{en_article.url}"' in vietnamese_html


def test_translators_cannot_choose_vietnamese_items_for_translation(client, edition):
    client.force_login(edition["translator"])
    response = client.post(f"/admin/localize/submit/page/{edition['article'].pk}/", {"locales": [edition["english"].pk]})
    assert response.status_code in (302, 403)
    assert not Page.objects.filter(translation_key=edition["article"].translation_key, locale=edition["english"]).exists()


def test_an_administrator_gives_a_component_site_an_english_edition(client, thads_site):
    import io

    from django.core.management import call_command

    call_command("add_english_edition", "thads", stdout=io.StringIO())
    call_command("add_english_edition", "thads", stdout=io.StringIO())  # once only
    english_roots = Page.objects.filter(depth=2, locale__language_code="en", translation_key=thads_site.site.root_page.translation_key)
    assert english_roots.count() == 1
    assert english_roots.get().title == "Department of Civil Judgment Enforcement"
    response = client.get("/en/", HTTP_HOST="thads.localhost")
    assert response.status_code == 200 and '<html lang="en">' in response.text
    assert english_roots.get().get_workflow().name == "Cục Thi hành án dân sự: bản tiếng Anh: hai bước"

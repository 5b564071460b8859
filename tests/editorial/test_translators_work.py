"""A translator's own work (issue 18): the dashboard lists the items chosen for English, those waiting for approval
and those sent back; the translation editor itself sends a translation for approval; a refusal for untranslated text
says which segments (the hidden slug was one)."""

import warnings

from django.contrib.messages import get_messages
from django.core.paginator import UnorderedObjectListWarning
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from accounts.factories import UserFactory
from news.factories import ArticlePageFactory
from tests.editorial.test_english_edition import translate_every_string
from tests.editorial.test_english_leaks import english_of


def my_translations(client):
    html = client.get("/admin/").text
    assert 'id="my-translations' in html or "my-translations" in html
    return html.split("my-translations", 1)[1].split("</section>", 1)[0]


def test_the_translator_s_list_follows_an_item_from_chosen_to_waiting_to_sent_back(client, chosen_once):
    en_article = english_of(chosen_once["article"], chosen_once["english"])
    translation = Translation.objects.get(source__object_id=en_article.translation_key, target_locale=chosen_once["english"])
    total = StringSegment.objects.filter(source=translation.source).count()
    client.force_login(chosen_once["translator"])
    panel = my_translations(client)
    assert f"/admin/pages/{en_article.pk}/edit/" in panel
    assert "Được chọn để dịch, chưa gửi duyệt" in panel and f"0/{total} đoạn" in panel

    translate_every_string(translation)
    client.post(f"/admin/translations/{en_article.pk}/submit/")
    panel = my_translations(client)
    assert "Đang chờ duyệt" in panel and f"{total}/{total} đoạn" in panel

    client.force_login(chosen_once["approver"])
    en_article.refresh_from_db()
    task_state = en_article.current_workflow_task_state
    client.post(f"/admin/pages/workflow/action/{en_article.pk}/reject/{task_state.pk}/", {"reason": "quality", "comment": "Sửa tên."})
    en_article.refresh_from_db()
    assert en_article.current_workflow_state.status == "needs_changes"
    client.force_login(chosen_once["translator"])
    assert "Bị trả lại, cần sửa" in my_translations(client)


def test_the_approvers_and_the_chooser_have_no_translator_s_list(client, chosen_once):
    client.force_login(chosen_once["approver"])
    assert "my-translations" not in client.get("/admin/").text


def test_the_translation_editor_sends_the_translation_for_approval(client, chosen_once):
    en_article = english_of(chosen_once["article"], chosen_once["english"])
    client.force_login(chosen_once["translator"])
    editor = client.get(f"/admin/pages/{en_article.pk}/edit/").text
    assert "js-translation-editor" in editor  # wagtail-localize's editor, with the bar above it
    bar = editor.split("data-translation-submission", 1)[1].split("js-translation-editor", 1)[0]
    assert f'action="/admin/translations/{en_article.pk}/submit/"' in bar and "Gửi duyệt bản dịch" in bar

    translate_every_string(Translation.objects.get(source__object_id=en_article.translation_key, target_locale=chosen_once["english"]))
    response = client.post(f"/admin/translations/{en_article.pk}/submit/", follow=True)
    assert response.redirect_chain[-1][0] == f"/admin/pages/{en_article.pk}/edit/"
    en_article.refresh_from_db()
    assert en_article.workflow_in_progress and not en_article.live
    assert "Gửi duyệt bản dịch</button>" not in response.text  # sent once


def test_a_refusal_for_untranslated_text_names_the_segments(client, chosen_once):
    en_article = english_of(chosen_once["article"], chosen_once["english"])
    translation = Translation.objects.get(source__object_id=en_article.translation_key, target_locale=chosen_once["english"])
    for segment in StringSegment.objects.filter(source=translation.source).select_related("string", "context"):
        if segment.context.path not in ("slug", "title"):
            StringTranslation.objects.create(
                translation_of=segment.string,
                context=segment.context,
                locale=chosen_once["english"],
                data="Done",
                translation_type="manual",
            )
    client.force_login(chosen_once["translator"])
    response = client.post(f"/admin/translations/{en_article.pk}/submit/", follow=True)
    text = " ".join(str(message) for message in get_messages(response.wsgi_request))
    assert "Còn 2 trên" in text
    assert "địa chỉ trang (slug" in text and "tiêu đề" in text
    en_article.refresh_from_db()
    assert not en_article.workflow_in_progress


def test_the_report_of_translations_lists_them_newest_first(client, chosen_once):
    """wagtail-localize's own report had no order: its pages could repeat or skip an item (editorial/translations.py)."""
    later = ArticlePageFactory(parent=chosen_once["article"].get_parent(), title="Hội thảo pháp luật quốc tế", slug="hoi-thao")
    client.post(f"/admin/localize/submit/page/{later.pk}/", {"locales": [chosen_once["english"].pk]})  # the editor, signed in
    assert Translation.objects.count() == 2
    client.force_login(chosen_once["translator"])
    with warnings.catch_warnings():
        warnings.simplefilter("error", UnorderedObjectListWarning)
        report = client.get("/admin/localize/reports/translations/").text
    assert report.index("Hội thảo pháp luật quốc tế") < report.index("Bộ Tư pháp tiếp Đại sứ")


def test_the_report_of_translations_is_for_the_admin_s_users_only(client, chosen_once):
    for path in ("/admin/localize/reports/translations/", "/admin/localize/reports/translations/results/"):
        client.logout()
        response = client.get(path)
        assert response.status_code == 302 and response["Location"].startswith("/admin/login/")
        client.force_login(UserFactory(username=f"citizen_{len(path)}"))  # an account without the admin
        assert client.get(path).status_code in (302, 403)
        client.force_login(chosen_once["translator"])
        assert client.get(path).status_code == 200

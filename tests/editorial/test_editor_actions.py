"""Actions taken from the page editor and the admin API that failed for the people allowed to take them (issue 12):
approving from the editor's action menu, moving a page through the admin API, the machine translation's door."""

import json

from django.test import override_settings
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from accounts import roles
from accounts.factories import UserFactory
from home.factories import SectionPageFactory
from news.models import ArticlePage
from subsites.provisioning import provision_english_edition
from tests.subsites.action_world import as_saved_by_the_editor, body_form, form_data

DUMMY_TRANSLATOR = {"CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"}


def submitted(newsroom):
    """An item its reporter wrote in the admin's editor and sent for approval."""
    article = newsroom["draft"]()
    article.body = [("paragraph", as_saved_by_the_editor("<p>Nội dung đã biên tập.</p>"))]
    article.save_revision(user=newsroom["reporter"])
    newsroom["submit"](article)
    return ArticlePage.objects.get(pk=article.pk)


def approve_in_editor(client, user, article):
    """What the approver's browser sends from the editor's action menu: the form unchanged, and "approve"."""
    client.force_login(user)
    data = {**form_data(client.get(f"/admin/pages/{article.pk}/edit/").text), **body_form(article.get_latest_revision_as_object())}
    data.update({"action-workflow-action": ["1"], "workflow-action-name": ["approve"]})
    return client.post(f"/admin/pages/{article.pk}/edit/", data, follow=True)


def test_the_approver_approves_from_the_editor_and_the_item_goes_live(client, newsroom):
    article = submitted(newsroom)
    approve_in_editor(client, newsroom["approver"], article)
    article = ArticlePage.objects.get(pk=article.pk)
    assert article.live
    # Approving an unchanged item adds no revision: the approver did not become one of its authors.
    assert {revision.user for revision in article.revisions.all()} == {newsroom["reporter"]}


def test_an_approver_who_wrote_the_item_is_still_refused_from_the_editor(client, newsroom):
    article = submitted(newsroom)
    ArticlePage.objects.get(pk=article.pk).get_latest_revision_as_object().save_revision(user=newsroom["approver"])
    response = approve_in_editor(client, newsroom["approver"], article)
    assert "không thể tự duyệt" in response.content.decode()
    assert not ArticlePage.objects.get(pk=article.pk).live


def test_an_editor_moves_a_draft_through_the_admin_api(client, newsroom):
    article = newsroom["draft"]()
    destination = SectionPageFactory(parent=newsroom["section"].get_parent(), title="Chỉ đạo điều hành", slug="chi-dao")
    client.force_login(newsroom["reporter"])
    response = client.post(
        f"/admin/api/main/pages/{article.pk}/action/move/",
        json.dumps({"destination_page_id": destination.pk, "position": "last-child"}),
        content_type="application/json",
    )
    assert response.status_code == 200
    assert ArticlePage.objects.get(pk=article.pk).get_parent().pk == destination.pk


def test_machine_translation_only_for_those_who_may_edit_the_translation(client, newsroom, main_site, thads_site):
    english = Locale.objects.get(language_code="en")
    english_root = main_site.site.root_page.specific.copy_for_translation(english)
    english_root.save_revision().publish()
    provision_english_edition(main_site, english_root)
    article = newsroom["draft"]()
    source, _ = TranslationSource.get_or_create_from_instance(article)
    translation = Translation.objects.create(source=source, target_locale=english)
    translation.save_target(publish=False)
    url = f"/admin/localize/translate/{translation.pk}/machine_translate/"

    with override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=DUMMY_TRANSLATOR):
        client.force_login(UserFactory(username="thads_editor", groups=[thads_site.editors_group]))
        assert client.post(url).status_code in (302, 403)  # Wagtail's admin answers a refusal with a redirect and a message
        assert not StringTranslation.objects.filter(locale=english).exists()
        client.force_login(UserFactory(username="translator", groups=[roles.EN_TRANSLATORS]))
        assert client.post(url).status_code == 302
        assert StringTranslation.objects.filter(locale=english, translation_type="machine").exists()

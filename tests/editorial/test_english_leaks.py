"""Nothing goes live in English that an English approver did not approve (R-EN-1, issue 18): choosing one article for
English makes wagtail-localize copy its untranslated parents (section, year and month folders) into the English tree;
they stay hidden — not served, not in the English menu or breadcrumb — until they have an approved translation. The
one who chose the article is brought back to their own page, not to a permission error."""

from django.contrib.messages import get_messages
from wagtail.models import Page
from wagtail_localize.models import Translation

from accounts.factories import UserFactory
from tests.editorial.test_english_edition import translate_every_string


def english_of(page, english):
    return Page.objects.get(translation_key=page.translation_key, locale=english).specific


def approve(client, approver, page):
    client.force_login(approver)
    task_state = page.current_workflow_task_state
    client.post(f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/", {"comment": ""})
    page.refresh_from_db()


def translate_and_approve(client, chosen_once, page, text):
    client.force_login(chosen_once["translator"])
    translate_every_string(Translation.objects.get(source__object_id=page.translation_key, target_locale=chosen_once["english"]), text)
    assert client.post(f"/admin/translations/{page.pk}/submit/").status_code == 302
    page.refresh_from_db()
    assert page.workflow_in_progress
    approve(client, chosen_once["approver"], page)
    assert page.live


def test_the_chooser_returns_to_their_page_with_one_message_and_no_permission_error(chosen_once):
    response = chosen_once["response"]
    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == f"/admin/pages/{chosen_once['article'].pk}/edit/"
    texts = [str(message) for message in get_messages(response.wsgi_request)]
    # One message of the chooser; the editor also states Art 13's deadline rule (issue 18), which is not about it.
    about_translation = [text for text in texts if "Điều 13" not in text]
    assert len(about_translation) == 1 and not any("permission" in text.lower() or "quyền" in text for text in texts)


def test_the_parents_made_for_the_structure_are_not_live_served_or_in_the_english_menu(client, chosen_once):
    english = chosen_once["english"]
    en_section = english_of(chosen_once["section"], english)
    folders = [english_of(folder, english) for folder in chosen_once["article"].get_ancestors().filter(depth__gt=en_section.depth)]
    assert len(folders) == 2  # the year and the month
    for placeholder in [en_section, *folders]:
        assert not placeholder.live
        assert client.get(placeholder.get_url(), HTTP_HOST="localhost").status_code == 404
    client.logout()
    english_home = client.get("/en/", HTTP_HOST="localhost").text
    assert "Tin tức" not in english_home and en_section.get_url() not in english_home
    english_root = english_of(chosen_once["section"].get_site().root_page, english)
    assert not Page.objects.filter(locale=english, live=True).exclude(pk=english_root.pk).exists()

    # Publishing the Vietnamese section again (Wagtail then republishes its aliases) does not bring it out in English.
    chosen_once["section"].save_revision().publish()
    en_section.refresh_from_db()
    assert not en_section.live
    assert client.get(en_section.get_url(), HTTP_HOST="localhost").status_code == 404


def test_an_approved_article_is_live_under_hidden_parents_and_its_breadcrumb_skips_them(client, chosen_once):
    english = chosen_once["english"]
    en_article = english_of(chosen_once["article"], english)
    translate_and_approve(client, chosen_once, en_article, "The Ministry receives the Ambassador")
    client.logout()
    response = client.get(en_article.get_url(), HTTP_HOST="localhost")
    assert response.status_code == 200
    breadcrumb = response.text.split('class="breadcrumb', 1)[1].split("</nav>", 1)[0]
    assert "Tin tức" not in breadcrumb and english_of(chosen_once["section"], english).get_url() not in breadcrumb
    assert not english_of(chosen_once["section"], english).live


def test_the_section_comes_out_in_english_once_its_translation_is_approved(client, chosen_once, main_site):
    english = chosen_once["english"]
    # The Standing Board chooses the section too: its placeholder becomes an English draft for the translator.
    client.force_login(UserFactory(username="standing_editor_2", groups=[main_site.editors_group]))
    client.post(f"/admin/localize/submit/page/{chosen_once['section'].pk}/", {"locales": [english.pk]})
    en_section = english_of(chosen_once["section"], english)
    assert en_section.alias_of_id is None and not en_section.live
    translate_and_approve(client, chosen_once, en_section, "News and events")
    client.logout()
    english_home = client.get("/en/", HTTP_HOST="localhost").text
    assert "News and events" in english_home.split('class="main-nav', 1)[1].split("</nav>", 1)[0]
    assert client.get(en_section.get_url(), HTTP_HOST="localhost").status_code == 200


def test_an_english_page_shows_no_vietnamese_fields_tags_breadcrumb_or_footer(client, chosen_once, main_site):
    from home.factories import SubjectAreaFactory
    from home.models import SiteIdentity

    identity = SiteIdentity.for_site(main_site.site)
    identity.address, identity.address_en = "Số 60 Trần Phú, Ba Đình, Hà Nội", "60 Tran Phu Street, Hanoi"
    identity.responsible_person, identity.responsible_person_en = "Trưởng Ban Biên tập", "Head of the Editorial Board"
    identity.licence, identity.licence_en = "Giấy phép số 32/GP-TTĐT", "Licence No. 32/GP-TTĐT"
    identity.save()
    article = chosen_once["article"]
    article.subject_areas.add(SubjectAreaFactory(name="Hộ tịch", name_en="Civil status", slug="ho-tich"))
    article.tags.add("đại sứ")
    article.save_revision().publish()
    en_article = english_of(article, chosen_once["english"])
    translate_and_approve(client, chosen_once, en_article, "The Ministry receives the Ambassador")
    client.logout()
    html = client.get(en_article.get_url(), HTTP_HOST="localhost").text
    for vietnamese in ("Hộ tịch", "đại sứ", "Trần Phú, Ba Đình", "Trưởng Ban Biên tập", "Giấy phép số", "Trang chủ", "Tin tức"):
        assert vietnamese not in html, vietnamese
    footer = html.split("site-footer", 1)[1]
    assert "60 Tran Phu Street, Hanoi" in footer and "Head of the Editorial Board" in footer and "Licence No. 32/GP-TTĐT" in footer
    vietnamese_html = client.get(article.get_url(), HTTP_HOST="localhost").text
    assert "Hộ tịch" in vietnamese_html and "đại sứ" in vietnamese_html and "Trần Phú" in vietnamese_html

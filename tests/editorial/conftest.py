"""An item chosen for English (issue 18): the main portal with its English edition, a section with an article, the
Standing Board's choice posted, a translator and an English approver.

A newsroom on the main portal: a section, two fields, a reporter, two approvers, two Board members, the Chief
Editor, and helpers to write and submit items."""

import datetime

import pytest
from django.test import Client
from django.utils import timezone
from wagtail.models import Locale

from accounts import roles
from accounts.factories import UserFactory
from editorial.models import BoardMember
from home.factories import SectionPageFactory, SubjectAreaFactory
from news.factories import ArticlePageFactory
from news.models import ArticlePage, archive_folder
from subsites.provisioning import provision_english_edition
from tests import platforms


@pytest.fixture
def newsroom(main_site):
    return build_newsroom(main_site)


def build_newsroom(main_site):
    """The newsroom fixture's world; a plain function so that a module-scoped fixture can build it once too."""
    home = main_site.site.root_page.specific
    section = SectionPageFactory(parent=home, title="Tin tức", slug="tin-tuc")
    civil_status = SubjectAreaFactory(name="Hộ tịch", slug="ho-tich")
    legal_aid = SubjectAreaFactory(name="Trợ giúp pháp lý", slug="tro-giup-phap-ly")

    people = {
        "reporter": UserFactory(username="reporter", groups=[main_site.editors_group]),
        "approver": UserFactory(username="approver", groups=[main_site.approvers_group]),
        "approver2": UserFactory(username="approver2", groups=[main_site.approvers_group]),
        "expert": UserFactory(username="expert", groups=[roles.BOARD_MEMBERS]),
        "other_expert": UserFactory(username="other_expert", groups=[roles.BOARD_MEMBERS]),
        "chief": UserFactory(username="chief", groups=[roles.CHIEF_EDITOR]),
    }
    BoardMember.objects.create(user=people["expert"]).subject_areas.add(civil_status)
    BoardMember.objects.create(user=people["other_expert"]).subject_areas.add(legal_aid)

    def draft(title="Cải cách thủ tục hộ tịch", complex_=False, areas=(civil_status,), kind=ArticlePage.Kind.NEWS, live=False):
        when = timezone.now()
        article = ArticlePageFactory(
            parent=archive_folder(section, when), title=title, date=when, live=live, needs_expert_review=complex_, kind=kind
        )
        article.subject_areas.set(areas)
        revision = article.save_revision(user=people["reporter"])
        if live:
            revision.publish()
        return article

    def submit(article, user=None):
        article = ArticlePage.objects.get(pk=article.pk)
        return article.get_workflow().start(article, user or people["reporter"])

    return {"section": section, "civil_status": civil_status, "legal_aid": legal_aid, "draft": draft, "submit": submit, **people}


@pytest.fixture
def chosen(client, main_site):
    return build_chosen(main_site, client)


@pytest.fixture(scope="module")
def chosen_world(main_portal, django_db_blocker):
    """`chosen` built once for a module whose tests all start from it (on the main portal alone, as `chosen`)."""
    with platforms.built_once("main", django_db_blocker):
        yield build_chosen(platforms.portal_site("moj"), Client())


@pytest.fixture
def chosen_once(chosen_world, client, db):
    """`chosen` read afresh from the world built once for the module, the test's client signed in as its chooser."""
    world = platforms.fresh_copies(chosen_world)
    client.force_login(world["editor"])
    return world


def build_chosen(main_site, client):
    """The chooser (an editor of the main portal) has chosen an article for English, signed in with `client`."""
    english = Locale.objects.get(language_code="en")
    vi_home = main_site.site.root_page.specific
    en_home = vi_home.copy_for_translation(english)
    en_home.title = "Ministry of Justice"
    en_home.save_revision().publish()
    provision_english_edition(main_site, en_home)
    section = SectionPageFactory(parent=vi_home, title="Tin tức – Sự kiện", slug="tin-tuc-su-kien", show_in_menus=True)
    when = timezone.now() - datetime.timedelta(hours=2)
    article = ArticlePageFactory(parent=archive_folder(section, when), title="Bộ Tư pháp tiếp Đại sứ", slug="tiep-dai-su", date=when)
    editor = UserFactory(username="standing_editor", groups=[main_site.editors_group])
    client.force_login(editor)
    response = client.post(f"/admin/localize/submit/page/{article.pk}/", {"locales": [english.pk]}, follow=True)
    return {
        "response": response,
        "editor": editor,
        "article": article,
        "section": section,
        "english": english,
        "translator": UserFactory(username="translator", groups=[roles.EN_TRANSLATORS]),
        "approver": UserFactory(username="en_approver", groups=[roles.EN_APPROVERS]),
    }

"""A newsroom on the main portal: a section, two fields, a reporter, two approvers, two Board members, the Chief
Editor, and helpers to write and submit items."""

import pytest
from django.utils import timezone

from accounts import roles
from accounts.factories import UserFactory
from editorial.models import BoardMember
from home.factories import SectionPageFactory, SubjectAreaFactory
from news.factories import ArticlePageFactory
from news.models import ArticlePage, archive_folder


@pytest.fixture
def newsroom(main_site):
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

"""A newsroom on the main portal: a section, two fields, a reporter, two approvers, two Board members, the Chief
Editor, and helpers to write and submit items."""

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone

from accounts import roles
from editorial.models import BoardMember
from home.factories import SectionPageFactory, SubjectAreaFactory
from news.factories import ArticlePageFactory
from news.models import ArticlePage, archive_folder


@pytest.fixture
def newsroom(main_site, django_user_model):
    home = main_site.site.root_page.specific
    section = SectionPageFactory(parent=home, title="Tin tức", slug="tin-tuc")
    civil_status = SubjectAreaFactory(name="Hộ tịch", slug="ho-tich")
    legal_aid = SubjectAreaFactory(name="Trợ giúp pháp lý", slug="tro-giup-phap-ly")

    def person(username, *groups):
        user = django_user_model.objects.create_user(username, password="x", email=f"{username}@moj.gov.vn")
        user.groups.add(*groups)
        return user

    board = Group.objects.get(name=roles.BOARD_MEMBERS)
    people = {
        "reporter": person("reporter", main_site.editors_group),
        "approver": person("approver", main_site.approvers_group),
        "approver2": person("approver2", main_site.approvers_group),
        "expert": person("expert", board),
        "other_expert": person("other_expert", board),
        "chief": person("chief", Group.objects.get(name=roles.CHIEF_EDITOR)),
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

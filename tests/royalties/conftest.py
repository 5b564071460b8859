"""The royalty ledger's tests: the newsroom of tests/editorial (a reporter, two approvers, the Chief Editor), an example
regime, the people of the permission matrix and a helper that publishes an item through the real workflow.

`month_world` builds the regime, the people and the month once per module, for modules whose tests only read and
change that month (tests/royalties/one_month/): publishing three items through the workflow takes seconds."""

import datetime
from decimal import Decimal

import pytest
from django.test import Client

from accounts import roles
from accounts.factories import UserFactory
from news.factories import ArticlePageFactory
from news.models import ArticlePage
from royalties.models import CoefficientValue, FeeRate, FeeRole, Genre, ItemContributor, Period
from tests import platforms
from tests.editorial.conftest import build_newsroom, newsroom  # noqa: F401 (the fixture is shared)


@pytest.fixture
def regime(db):
    return build_regime()


# The builders are plain functions so that a module-scoped fixture (month_world) can build once.
def build_regime():
    return {
        "news": Genre.objects.create(name="Tin", page_kind="news", coefficient_min=Decimal(1), coefficient_max=Decimal(3)),
        "research": Genre.objects.create(
            name="Bài nghiên cứu", page_kind="research", coefficient_min=Decimal(4), coefficient_max=Decimal(10)
        ),
        "value": CoefficientValue.objects.create(value=Decimal(100_000), valid_from=datetime.date(2020, 1, 1)),
        "editing": FeeRate.objects.create(role=FeeRole.EDITING, amount=Decimal(50_000), valid_from=datetime.date(2020, 1, 1)),
        "approval": FeeRate.objects.create(role=FeeRole.APPROVAL, coefficient=Decimal("0.3"), valid_from=datetime.date(2020, 1, 1)),
        "translation": FeeRate.objects.create(role=FeeRole.TRANSLATION, coefficient=Decimal("1.5"), valid_from=datetime.date(2020, 1, 1)),
        "photography": FeeRate.objects.create(role=FeeRole.PHOTOGRAPHY, amount=Decimal(80_000), valid_from=datetime.date(2020, 1, 1)),
    }


@pytest.fixture
def people(newsroom, main_site, thads_site):  # noqa: F811
    return build_people(newsroom, thads_site)


def build_people(newsroom, thads_site):  # noqa: F811
    return {
        "chief": newsroom["chief"],
        "standing_editor": newsroom["reporter"],
        "standing_approver": newsroom["approver"],
        "standing_approver2": newsroom["approver2"],
        "accountant": UserFactory(username="accountant", groups=[roles.ACCOUNTANTS]),
        "thads_approver": UserFactory(username="thads_approver", groups=[thads_site.approvers_group]),
        "thads_editor": UserFactory(username="thads_editor", groups=[thads_site.editors_group]),
    }


@pytest.fixture
def publish(newsroom, client):  # noqa: F811
    return publisher(newsroom, client)


def publisher(newsroom, client):  # noqa: F811
    """Write, submit and approve an item the way the newsroom does: the reporter submits, an approver approves."""

    def publish(title="Cải cách thủ tục hộ tịch", kind=ArticlePage.Kind.NEWS, approver=None, named=()):
        article = newsroom["draft"](title=title, kind=kind)
        if named:  # the payees chosen in the page editor: (contributor, role)
            article = ArticlePage.objects.get(pk=article.pk)
            article.royalty_contributors = [ItemContributor(contributor=who, role=role) for who, role in named]
            article.save_revision(user=newsroom["reporter"])
        newsroom["submit"](article)
        client.force_login(approver or newsroom["approver"])
        task_state = ArticlePage.objects.get(pk=article.pk).current_workflow_task_state
        client.post(f"/admin/pages/workflow/action/{article.pk}/approve/{task_state.pk}/", {"comment": ""}, follow=True)
        client.logout()
        article = ArticlePage.objects.get(pk=article.pk)
        assert article.live
        return article

    return publish


@pytest.fixture
def month(regime, people, publish):
    return publish_month(people, publish)


def publish_month(people, publish):
    """Three items published on the main portal: two news items, one research article (two lines each for fees)."""
    publish("Tin thứ nhất")
    publish("Tin thứ hai", approver=people["standing_approver2"])
    publish("Nghiên cứu về hộ tịch", kind="research")
    return Period.objects.get(portal_site__is_main_portal=True)


@pytest.fixture
def thads_month(regime, people, thads_site):
    article = ArticlePageFactory(parent=thads_site.site.root_page, title="Tin thi hành án", owner=people["thads_editor"])
    article.save_revision(user=people["thads_editor"]).publish()
    return Period.objects.get(portal_site=thads_site)


@pytest.fixture(scope="module")
def month_world(common_sites, django_db_blocker):
    """`regime`, `people` and `month` built once, in a transaction rolled back at the module's end; each test runs in
    its own transaction inside it (pytest-django's savepoint), so a test's changes never reach the next one.
    Returns the objects as built: a test reads fresh copies of them (tests/royalties/one_month/conftest.py)."""
    with platforms.built_once("sites", django_db_blocker):
        main_site, thads_site = map(platforms.portal_site, ("moj", "thads"))
        newsroom = build_newsroom(main_site)
        regime = build_regime()
        people = build_people(newsroom, thads_site)
        month = publish_month(people, publisher(newsroom, Client()))
        yield {"regime": regime, "people": people, "month": month}

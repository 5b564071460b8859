"""The admin at scale (issue 16): a month folder's explorer and the dashboards read the same number of SQL queries
with 20 items as with 200 (no query per row), within the issue's 40. Rows are written in bulk (tests/editorial/waiting.py);
counts, not times, are asserted (the times are bench/scale.py's)."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.admin.views.pages.listing import PageFilterSet
from wagtail.models import Page, PageLogEntry, PagePermissionTester
from wagtail_localize import wagtail_hooks as localize_hooks

from accounts.factories import UserFactory
from home import explorer
from news.models import archive_folder
from tests.editorial import waiting

CEILING = 40  # issue 16: the explorer of a month folder, an approver's dashboard with 200 items waiting


def queries(client, url) -> tuple[int, str]:
    client.get(url)  # warms what any earlier screen would have (site root paths, cached sites and settings)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), response.content.decode()


def test_a_month_folder_lists_in_the_same_queries_with_20_or_200_articles(client, newsroom):
    for months_ago, user in enumerate((newsroom["reporter"], UserFactory(superuser=True))):
        folder = archive_folder(newsroom["section"], timezone.now() - datetime.timedelta(days=31 * months_ago))
        url = f"/admin/pages/{folder.pk}/"
        waiting.articles(folder, 10)
        waiting.articles(folder, 10, live=False)
        client.force_login(user)
        with_20, page = queries(client, url)
        assert page.count('class="bulk-action-checkbox-cell"') == 20
        waiting.articles(folder, 180)
        with_200, page = queries(client, url)
        assert page.count('class="bulk-action-checkbox-cell"') == 50  # Wagtail's page of the listing
        assert with_20 == with_200 <= CEILING, (user, with_20, with_200)


def test_the_explorers_answers_are_wagtails(newsroom):
    """What the rows' buttons read from the explorer's query is what Wagtail and wagtail-localize would ask."""
    folder = archive_folder(newsroom["section"], timezone.now())
    waiting.articles(folder, 2)
    waiting.articles(folder, 2, live=False)
    pages = [*explorer.annotate(Page.objects.filter(pk__in=[folder.pk, newsroom["section"].pk])), *explorer.annotate(folder.get_children())]
    for user in (newsroom["reporter"], newsroom["approver"], UserFactory(superuser=True)):
        for page in pages:
            ours, wagtails = page.specific_deferred.permissions_for_user(user), PagePermissionTester(user, Page.objects.get(pk=page.pk))
            assert (ours.can_delete(), ours.can_move()) == (wagtails.can_delete(), wagtails.can_move()), (user, page)
            buttons = [(button.label, button.url) for button in explorer.translation_buttons(page, user, next_url="/x/")]
            theirs = localize_hooks.page_listing_more_buttons(Page.objects.get(pk=page.pk), user, next_url="/x/")
            assert buttons == [(button.label, button.url) for button in theirs]


def test_a_translated_items_buttons_are_wagtail_localizes(chosen):
    """An item chosen for English has a translation source: "Sync translated pages" as wagtail-localize offers it."""
    article = Page.objects.get(pk=chosen["article"].pk)
    annotated = explorer.annotate(Page.objects.filter(pk=article.pk)).get()
    editor = chosen["response"].wsgi_request.user
    ours = [(button.label, button.url) for button in explorer.translation_buttons(annotated, editor)]
    assert ours == [(button.label, button.url) for button in localize_hooks.page_listing_more_buttons(article, editor)]
    assert any("update" in url for _, url in ours)


def test_an_approvers_dashboard_reads_the_same_queries_with_20_or_200_items_waiting(client, newsroom):
    folder = archive_folder(newsroom["section"], timezone.now())
    submitted = newsroom["draft"]("Tin gửi duyệt qua quy trình")
    newsroom["submit"](submitted)  # one through Wagtail's workflow, beside the bulk ones
    waiting.waiting_for_approval(folder, 20, newsroom["reporter"])
    client.force_login(newsroom["approver"])
    with_20, page = queries(client, "/admin/")
    assert page.count("Tin hoạt động số") == 20 and "Tin gửi duyệt qua quy trình" in page
    waiting.waiting_for_approval(folder, 180, newsroom["reporter"])
    with_200, page = queries(client, "/admin/")
    assert page.count("Duyệt và xuất bản") >= 201  # every item waiting, with its approval action
    assert with_20 == with_200 <= CEILING, (with_20, with_200)


def test_an_editors_dashboard_reads_the_same_queries_with_20_or_200_items_submitted(client, newsroom):
    folder = archive_folder(newsroom["section"], timezone.now())
    waiting.waiting_for_approval(folder, 20, newsroom["reporter"])
    client.force_login(newsroom["reporter"])
    with_20, page = queries(client, "/admin/")
    assert "Tin hoạt động số" in page
    waiting.waiting_for_approval(folder, 180, newsroom["reporter"])
    with_200, _ = queries(client, "/admin/")
    assert with_20 == with_200 <= CEILING, (with_20, with_200)


def test_a_folders_filters_offer_wagtails_owners_and_editors(newsroom):
    """The same choices as Wagtail's, read per user instead of from every page and every log entry."""
    section, reporter, approver = newsroom["section"], newsroom["reporter"], newsroom["approver"]
    Page.objects.filter(pk=section.pk).update(owner=reporter)
    PageLogEntry.objects.log_action(section, "wagtail.edit", user=approver)
    PageLogEntry.objects.log_action(section, "wagtail.publish", user=reporter)  # not an edit
    for name, users in (("owner", {reporter}), ("edited_by", {approver})):
        ours, wagtails = explorer.FolderFilterSet.base_filters[name], PageFilterSet.base_filters[name]
        assert set(ours.queryset(None)) == set(wagtails.queryset(None)) == users, name


def test_an_address_is_worked_out_once_per_request_and_again_after_a_move(rf, newsroom):
    article, request = newsroom["section"], rf.get("/")
    first = article.get_url(request)
    assert article.get_url(request) == first and len(request._page_url_parts) == 1
    article.slug, article.url_path = "da-doi", article.url_path.replace(article.slug, "da-doi")
    assert article.get_url(request).endswith("/da-doi/") and article.get_url(request) != first

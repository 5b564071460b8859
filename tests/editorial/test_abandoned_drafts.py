"""Abandoned drafts (issue 18): an editor lists and deletes their own never-published pages left for
ABANDONED_DRAFT_DAYS days; nobody else's, never a page that was published or is in a workflow, each deletion logged.
New pages are not autosaved: a page exists once its editor saves it."""

import datetime

from django.utils import timezone
from wagtail.models import Page, PageLogEntry

from accounts.factories import UserFactory
from editorial.abandoned_drafts import ABANDONED_REASON
from news.factories import ArticlePageFactory
from news.models import archive_folder

URL = "/admin/editorial/abandoned-drafts/"


def left(page, days=30):
    """As if nobody had saved the page for `days` days."""
    Page.objects.filter(pk=page.pk).update(latest_revision_created_at=timezone.now() - datetime.timedelta(days=days))
    return page


def started(newsroom, title, owner, days=30, live=False):
    page = ArticlePageFactory(parent=archive_folder(newsroom["section"], timezone.now()), title=title, live=False, owner=owner)
    revision = page.save_revision(user=owner)
    if live:
        revision.publish()
    return left(page, days)


def test_the_owner_sees_and_deletes_their_abandoned_drafts(client, newsroom):
    reporter = newsroom["reporter"]
    ux2, ux3 = started(newsroom, "UX2", reporter), started(newsroom, "UX3", reporter)
    recent = started(newsroom, "Đang viết dở", reporter, days=2)
    client.force_login(reporter)

    dashboard = client.get("/admin/").text
    assert "Bản nháp bị bỏ dở" in dashboard and URL in dashboard
    listing = client.get(URL).text
    assert "UX2" in listing and "UX3" in listing and "Đang viết dở" not in listing

    response = client.post(URL, {"page": [ux2.pk, ux3.pk, recent.pk]}, follow=True)
    assert "Đã xoá 2 bản nháp." in response.text and "1 mục không xoá được" in response.text
    assert not Page.objects.filter(pk__in=[ux2.pk, ux3.pk]).exists() and Page.objects.filter(pk=recent.pk).exists()
    entry = PageLogEntry.objects.get(page_id=ux2.pk, action="wagtail.delete")
    assert entry.user == reporter and entry.data["reason"] == ABANDONED_REASON
    assert "Bản nháp bị bỏ dở" not in client.get("/admin/").text  # none left: no panel


def test_nobody_else_deletes_them_whatever_their_site(client, newsroom, thads_site):
    draft = started(newsroom, "UX2", newsroom["reporter"])
    colleague = UserFactory(username="phong_vien_2", groups=[newsroom["reporter"].groups.first()])
    for user in (
        colleague,
        newsroom["approver"],
        newsroom["chief"],
        UserFactory(username="thads_editor", groups=[thads_site.editors_group]),
    ):
        client.force_login(user)
        assert "UX2" not in client.get(URL).text
        response = client.post(URL, {"page": [draft.pk]})
        assert response.status_code == 302 and Page.objects.filter(pk=draft.pk).exists(), user.username
    assert not PageLogEntry.objects.filter(page_id=draft.pk, action="wagtail.delete").exists()


def test_a_page_ever_published_or_in_a_workflow_is_never_deleted(client, newsroom):
    reporter = newsroom["reporter"]
    published = started(newsroom, "Đã từng đăng", reporter, live=True)
    published.unpublish()
    left(published)
    submitted = started(newsroom, "Đang chờ duyệt", reporter)
    newsroom["submit"](submitted)
    left(submitted)
    client.force_login(reporter)
    listing = client.get(URL).text
    assert "Đã từng đăng" not in listing and "Đang chờ duyệt" not in listing
    client.post(URL, {"page": [published.pk, submitted.pk, "x", ""]})
    assert Page.objects.filter(pk__in=[published.pk, submitted.pk]).count() == 2


def test_a_new_page_exists_only_once_its_editor_saves_it(client, newsroom):
    client.force_login(newsroom["reporter"])
    section = newsroom["section"]
    url = f"/admin/pages/add/home/standardpage/{section.pk}/"
    form = client.get(url)
    assert form.status_code == 200 and "w-autosave-indicator" not in form.text and "data-w-autosave-interval-value" not in form.text
    data = {"title": "UX2", "slug": "ux2", "body-count": "0", "related_links-TOTAL_FORMS": "0"}
    autosave = client.post(url, data, headers={"Accept": "application/json"})
    assert autosave.status_code == 400 and autosave.json()["success"] is False
    assert not Page.objects.child_of(section).filter(slug="ux2").exists()
    saved = client.post(url, data)
    assert saved.status_code == 302 and Page.objects.child_of(section).filter(slug="ux2").exists()

"""Rows of the action matrix (tests/subsites/test_action_matrix.py) for issue 18's nets: deleting abandoned drafts
(only one's own never-published page, in a tree one may edit) and changing a site's menus without a reason (the
Chief Editor alone; the reasoned change is row site_menus)."""

import datetime

from django.utils import timezone
from wagtail.models import Page

from home.models import SiteNavigation
from news.factories import ArticlePageFactory
from news.models import archive_folder
from tests.subsites.action_table import Action, nobody, publishers, team
from tests.subsites.action_world import FOOTER_LINK

DRAFTS = "/admin/editorial/abandoned-drafts/"
LONG_AGO = datetime.timedelta(days=30)


def left_long_ago(page):
    Page.objects.filter(pk=page.pk).update(latest_revision_created_at=timezone.now() - LONG_AGO)


def delete_own_draft(c, w, s):
    """The acting account starts a page on the site and leaves it, then deletes it from its abandoned drafts."""
    user_id = c.session.get("_auth_user_id")
    owner = next((user for user in w.users.values() if str(user.pk) == str(user_id)), None)
    page = ArticlePageFactory(parent=archive_folder(s.section, timezone.now()), title="UX2", slug="ux2-bo-do", live=False, owner=owner)
    page.save_revision(user=owner)
    left_long_ago(page)
    return c.post(DRAFTS, {"page": [page.pk]})


def delete_others_draft(c, w, s):
    left_long_ago(s.draft)
    return c.post(DRAFTS, {"page": [s.draft.pk]})


def footer_titles(s):
    return [link.value["title"] for link in SiteNavigation.objects.get(site_id=s.portal_site.site_id).footer_links]


DRAFT_SETTINGS_ACTIONS = [
    Action(
        "abandoned_draft_delete_own",
        ("admin/editorial/abandoned-drafts/",),
        delete_own_draft,
        lambda w, s: not Page.objects.filter(slug="ux2-bo-do").exists(),
        team,
    ),
    Action(
        "abandoned_draft_delete_others",
        (),
        delete_others_draft,
        lambda w, s: not Page.objects.filter(pk=s.draft.pk).exists(),
        nobody,
    ),
    Action(
        "site_menus_without_reason",
        (),
        lambda c, w, s: c.post(f"/admin/settings/home/sitenavigation/{s.portal_site.site_id}/", {**s.forms["navigation"], **FOOTER_LINK}),
        lambda w, s: footer_titles(s) == ["Liên hệ"],
        lambda username, site: username == "chief" and publishers(username, site),
    ),
]

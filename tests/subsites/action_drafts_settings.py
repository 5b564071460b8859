"""Rows of the action matrix (tests/subsites/test_action_matrix.py) for issue 18's nets: deleting abandoned drafts
(only one's own never-published page, in a tree one may edit), changing a site's menus without a reason (nobody; the
Chief Editor's reasoned change is row site_menus), proposing a change of the menus (the site's approvers) and deciding
a proposal (another approver of the site or the Chief Editor, never its proposer), and restoring the menus from their
history as a new proposal (whoever may propose: the site's approvers and the Chief Editor)."""

import datetime

from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import Page

from accounts.factories import UserFactory
from home.models import SiteNavigation
from news.factories import ArticlePageFactory
from news.models import archive_folder
from subsites.models import SettingsProposal
from subsites.settings_proposals import SETTINGS_CHANGED, as_json, propose
from tests.subsites.action_table import Action, approvers, nobody, publishers, team
from tests.subsites.action_world import FOOTER_LINK

DRAFTS = "/admin/editorial/abandoned-drafts/"
LONG_AGO = datetime.timedelta(days=30)


def left_long_ago(page):
    Page.objects.filter(pk=page.pk).update(latest_revision_created_at=timezone.now() - LONG_AGO)


def acting_user(c, w):
    user_id = c.session.get("_auth_user_id")
    return next((user for user in w.users.values() if str(user.pk) == str(user_id)), None)


def delete_own_draft(c, w, s):
    """The acting account starts a page on the site and leaves it, then deletes it from its abandoned drafts."""
    owner = acting_user(c, w)
    page = ArticlePageFactory(parent=archive_folder(s.section, timezone.now()), title="UX2", slug="ux2-bo-do", live=False, owner=owner)
    page.save_revision(user=owner)
    left_long_ago(page)
    return c.post(DRAFTS, {"page": [page.pk]})


def delete_others_draft(c, w, s):
    left_long_ago(s.draft)
    return c.post(DRAFTS, {"page": [s.draft.pk]})


def footer_titles(s):
    return [link.value["title"] for link in SiteNavigation.objects.get(site_id=s.portal_site.site_id).footer_links]


NAVIGATION_URL = "/admin/settings/home/sitenavigation/{}/"
FOOTER_BLOCK = [{"type": "link", "value": {"title": "Liên hệ", "page": None, "url": "https://moj.gov.vn/lien-he"}}]


def proposal_by(proposer, s):
    """A pending change of the site's footer links, proposed by `proposer` (another approver of the site if None)."""
    proposer = proposer or UserFactory(username=f"de_xuat_{s.portal_site.slug}", groups=[s.portal_site.approvers_group])
    setting = SiteNavigation.for_site(s.portal_site.site)
    before = as_json(setting)
    return propose(setting, s.portal_site.site, proposer, before, {**before, "footer_links": FOOTER_BLOCK}, ["footer_links"], "Lý do")


def decide(decision, own=False):
    def perform(c, w, s):
        proposal = proposal_by(acting_user(c, w) if own else None, s)
        return c.post(f"/admin/de-xuat-cai-dat/{proposal.pk}/{decision}/", {"note": "Ghi chú"})

    return perform


def restore_footer(c, w, s):
    """The history holds a change that took the footer's "Liên hệ" away; the acting account proposes it back."""
    setting = SiteNavigation.for_site(s.portal_site.site)
    now = as_json(setting)
    data = {"changed": ["footer_links"], "before": {**now, "footer_links": FOOTER_BLOCK}, "after": now, "reason": "Gọn"}
    entry = log(instance=setting, action=SETTINGS_CHANGED, user=None, data=data)
    return c.post(f"/admin/lich-su-cai-dat/{entry.pk}/khoi-phuc/", {"note": "Khôi phục liên hệ"})


def restore_proposed(w, s):
    pending = SettingsProposal.objects.filter(site_id=s.portal_site.site_id, state=SettingsProposal.State.PENDING)
    return any(proposal.after.get("footer_links") == FOOTER_BLOCK for proposal in pending) or footer_titles(s) == ["Liên hệ"]


def proposals_in(state, s):
    return SettingsProposal.objects.filter(site_id=s.portal_site.site_id, state=state).exists()


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
        nobody,
    ),
    Action(
        "site_menus_propose",
        (),
        lambda c, w, s: c.post(NAVIGATION_URL.format(s.portal_site.site_id), {**s.forms["navigation"], **FOOTER_LINK, "reason": ["Lý do"]}),
        lambda w, s: proposals_in(SettingsProposal.State.PENDING, s) and footer_titles(s) == [],
        approvers,
    ),
    Action(
        "settings_proposal_approve",
        ("admin/de-xuat-cai-dat/<int:proposal_id>/<str:decision>/",),
        decide("duyet"),
        lambda w, s: proposals_in(SettingsProposal.State.APPLIED, s) and footer_titles(s) == ["Liên hệ"],
        publishers,
    ),
    Action(
        "settings_proposal_send_back",
        (),
        decide("tra-lai"),
        lambda w, s: proposals_in(SettingsProposal.State.SENT_BACK, s),
        publishers,
    ),
    Action(
        "settings_restore_from_history",
        ("admin/lich-su-cai-dat/<int:entry_id>/khoi-phuc/",),
        restore_footer,
        restore_proposed,
        publishers,
    ),
    Action(
        "settings_proposal_approve_own",
        (),
        decide("duyet", own=True),
        lambda w, s: proposals_in(SettingsProposal.State.APPLIED, s) or footer_titles(s) == ["Liên hệ"],
        nobody,
    ),
]

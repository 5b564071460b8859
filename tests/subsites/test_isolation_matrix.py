"""Isolation that holds (R-SITE-2, Art 21.5): every role × every site × every admin action, over HTTP.

The cases are generated from the demo accounts (one per role), the demo sites plus the English tree, and the
list of actions below; adding any of them adds cases. The expected outcome comes from POLICY — what each role
may do where — never from Wagtail's own permission code, so a hole in Wagtail shows up as a failure here."""

from dataclasses import dataclass

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.db import transaction
from django.test import Client
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page

from accounts import roles
from demo import content
from demo.people import DEMO_ACCOUNTS
from intake.models import Entry
from news.models import ArticlePage
from subsites.models import PortalSite
from tests import platforms

SITES = [site.slug for site in content.SITES]
ENGLISH = "en"
TARGETS = [*SITES, ENGLISH]

EDIT = {"explore", "add", "edit", "preview", "copy", "page_chooser"}
MEDIA = {"image_chooser", "document_chooser", "edit_image", "edit_document"}
# Taking an item down for verification or for good belongs to whoever may unpublish it (R-FLOW-5). The item under test
# is live: nobody deletes it before its reasoned takedown (issue 12), whatever their rights on drafts.
APPROVE = {"publish", "take_down", "move", "settings", "assign"}
# Publishing without review is the Chief Editor's alone (R-FLOW-1 override).
EVERYTHING = EDIT | MEDIA | APPROVE | {"publish_without_review"}


def policy(group: str, target: str) -> set[str]:
    """What a member of `group` may do on `target` (a site slug, or "en" for the English tree)."""
    return _policy(group, target) | ({"translate"} if target == "moj" and group in ENGLISH_CHOOSERS else set())


# Who chooses which Vietnamese items of the main portal get an English version (only the main portal has one).
ENGLISH_CHOOSERS = {roles.CHIEF_EDITOR, "moj:editors", "moj:approvers"}


def _policy(group: str, target: str) -> set[str]:
    if group == roles.CHIEF_EDITOR:
        return EVERYTHING
    site, _, team = group.partition(":")
    if team == "editors":
        return EDIT | MEDIA if target == site else set()
    if team == "approvers":
        # The Standing Board's approvers assign items on every site and tree (Art 12.1, issue 20).
        return EDIT | MEDIA | APPROVE if target == site else ({"assign"} if site == "moj" else set())
    if group in (roles.EN_TRANSLATORS, roles.EN_APPROVERS):
        if target == ENGLISH:
            return EDIT | ({"publish", "take_down", "move"} if group == roles.EN_APPROVERS else set())
        # The English pages use the main portal's pictures and files: they may pick them, not change them.
        return {"image_chooser", "document_chooser"} if target == "moj" else set()
    return set()  # Board members, IT administrators, focal points: no page, media or settings access


# The intake register (R-IN-2, R-IN-5): the Standing Board and the Chief Editor open it and read the senders' data;
# the THADS team and its unit's focal point open it for what was forwarded or routed to them, never the senders' data.
# Citizens' questions (R-CONT-5): the Standing Board keeps the routing table; the keepers and the focal points of a
# unit open the questions (which ones, and whose personal data: tests/questions/test_admin.py).
REGISTER_KEEPERS = {"intake_register", "intake_sender"}
# The Board's work beyond approving (issue 20): who assigns items and follows them (Art 12.1), who follows their
# fields (Art 15.1), who asks units to review published items (Art 15.4).
GLOBAL_POLICY = {
    roles.CHIEF_EDITOR: {
        "subject_areas",
        "units",
        "board_members",
        "audit_report",
        *REGISTER_KEEPERS,
        "assignments_given",
        "review_requests_new",
        "questions",
    },
    roles.IT_ADMINS: {"portal_sites", "account_report", "site_lockdown", "working_calendar", "audit_report"},
    roles.BOARD_MEMBERS: {"field_monitoring"},
    "moj:editors": {*REGISTER_KEEPERS, "review_requests_new", "question_routes", "questions"},
    "moj:approvers": {*REGISTER_KEEPERS, "assignments_given", "question_routes", "questions"},
    "thads:editors": {"intake_register"},
    "thads:approvers": {"intake_register", "assignments_given"},
    "cntt:approvers": {"assignments_given"},
    "pbgdpl:approvers": {"assignments_given"},
    roles.FOCAL_POINTS: {"intake_register", "questions"},
}
GLOBAL_POLICY["moj:approvers"] |= {"review_requests_new"}


@dataclass(frozen=True)
class Target:
    root: Page
    section: Page
    article: ArticlePage
    image: object = None
    document: object = None
    site: object = None


def allowed(response, must_contain: str | None = None) -> bool:
    if response.status_code != 200:
        return False
    if must_contain is None:
        return True
    # Choosers answer in JSON, with the HTML inside.
    body = response.json().get("html", "") if response["Content-Type"] == "application/json" else response.content.decode()
    return must_contain in body


PAGE_ACTIONS = {
    "explore": lambda c, t: allowed(c.get(f"/admin/pages/{t.root.pk}/"), t.section.title),
    "add": lambda c, t: allowed(c.get(f"/admin/pages/add/news/articlepage/{t.section.pk}/")),
    "edit": lambda c, t: allowed(c.get(f"/admin/pages/{t.article.pk}/edit/")),
    "preview": lambda c, t: allowed(c.get(f"/admin/pages/{t.article.pk}/view_draft/")),
    "publish": lambda c, t: allowed(c.get(f"/admin/pages/{t.article.pk}/unpublish/")),
    "take_down": lambda c, t: allowed(c.get(f"/admin/editorial/pages/{t.article.pk}/take-down/")),
    "publish_without_review": lambda c, t: allowed(c.get(f"/admin/editorial/pages/{t.article.pk}/publish-without-review/")),
    "delete": lambda c, t: allowed(c.get(f"/admin/pages/{t.article.pk}/delete/")),
    "assign": lambda c, t: allowed(c.get(f"/admin/editorial/pages/{t.article.pk}/assign/")),
    "move": lambda c, t: allowed(c.get(f"/admin/pages/{t.article.pk}/move/")),
    "copy": lambda c, t: allowed(c.get(f"/admin/pages/{t.article.pk}/copy/")),
    # Choosing an item for the English edition (wagtail-localize): only on the main portal, by its team.
    "translate": lambda c, t: allowed(c.get(f"/admin/localize/submit/page/{t.article.pk}/")),
    "page_chooser": lambda c, t: (
        allowed(c.get("/admin/choose-page/search/", {"q": t.article.title}), t.article.title)
        # Browsing a site's tree shows its home page, choosable: refused outside one's own trees.
        | allowed(c.get(f"/admin/choose-page/{t.root.pk}/"), t.root.title)
    ),
}
SITE_ACTIONS = {
    "image_chooser": lambda c, t: allowed(c.get("/admin/images/chooser/", {"collection_id": t.image.collection_id}), t.image.title),
    "document_chooser": lambda c, t: allowed(
        c.get("/admin/documents/chooser/", {"collection_id": t.document.collection_id}), t.document.title
    ),
    "edit_image": lambda c, t: allowed(c.get(f"/admin/images/{t.image.pk}/")),
    "edit_document": lambda c, t: allowed(c.get(f"/admin/documents/edit/{t.document.pk}/")),
    "settings": lambda c, t: allowed(c.get(f"/admin/settings/home/siteidentity/{t.site.pk}/")),
}
GLOBAL_ACTIONS = {
    "subject_areas": lambda c: allowed(c.get("/admin/snippets/home/subjectarea/")),
    "units": lambda c: allowed(c.get("/admin/snippets/subsites/unit/")),
    "board_members": lambda c: allowed(c.get("/admin/snippets/editorial/boardmember/")),
    "portal_sites": lambda c: allowed(c.get("/admin/portal-sites/new/")),
    "account_report": lambda c: allowed(c.get("/admin/accounts/")),
    "site_lockdown": lambda c: allowed(c.get("/admin/accounts/site-lockdown/")),
    "working_calendar": lambda c: allowed(c.get("/admin/snippets/editorial/calendarexception/add/")),
    # The audit log shows every site's entries: the Chief Editor and IT administrators only (R-OPS-3).
    "audit_report": lambda c: allowed(c.get("/admin/reports/audit/")),
    "intake_register": lambda c: allowed(c.get("/admin/intake/")),
    "question_routes": lambda c: allowed(c.get("/admin/snippets/questions/route/")),
    "questions": lambda c: allowed(c.get("/admin/questions/")),
    "intake_sender": lambda c: allowed(c.get(f"/admin/intake/{Entry.objects.order_by('pk').first().pk}/"), "037190001234"),
    "assignments_given": lambda c: allowed(c.get("/admin/editorial/assignments/")),
    "field_monitoring": lambda c: allowed(c.get("/admin/editorial/fields/")),
    "review_requests_new": lambda c: allowed(c.get("/admin/editorial/review-requests/new/")),
}

ACCOUNTS = {account.username: account for account in DEMO_ACCOUNTS}
SITE_CASES = [
    (username, target, action)
    for username in ACCOUNTS
    for target in TARGETS
    for action in [*PAGE_ACTIONS, *(SITE_ACTIONS if target != ENGLISH else [])]
]
GLOBAL_CASES = [(username, action) for username in ACCOUNTS for action in GLOBAL_ACTIONS]


@pytest.fixture(scope="module")
def portal(demo_portal, django_db_blocker):
    """The demo portal (built once per session), with a document in every site's collection and an English item,
    added once for this module and rolled back at its end."""
    with django_db_blocker.unblock():
        platforms.use("demo")
    with django_db_blocker.unblock(), transaction.atomic():
        portal_sites = {portal_site.slug: portal_site for portal_site in PortalSite.objects.select_related("site__root_page")}
        targets = {}
        for slug, portal_site in portal_sites.items():
            root = portal_site.site.root_page
            article = ArticlePage.objects.descendant_of(root).live().first()
            document = get_document_model().objects.create(
                title=f"Tài liệu nội bộ {slug}", file=ContentFile(b"%PDF-1.4", name=f"{slug}.pdf"), collection=portal_site.collection
            )
            image = get_image_model().objects.filter(collection=portal_site.collection).first()
            targets[slug] = Target(root, article.get_parent(), article, image, document, portal_site.site)
        english_root = portal_sites["moj"].site.root_page.get_translation(Locale.objects.get(language_code="en"))
        section = english_root.get_children().get(slug="organisation")
        english_article = ArticlePage.objects.descendant_of(portal_sites["moj"].site.root_page).first()
        translated = english_article.copy_for_translation(Locale.objects.get(language_code="en"), copy_parents=True)
        translated.title = "Ministry of Justice holds its annual conference"
        translated.save_revision().publish()
        targets[ENGLISH] = Target(english_root, translated.get_parent(), translated)
        assert section  # the English tree has its own pages
        yield targets
        transaction.set_rollback(True)


@pytest.fixture(scope="module")
def sessions(portal, django_db_blocker):
    """Each account signs in once for the module, inside its transaction: a case reuses the account's session."""
    signed_in = {}
    with django_db_blocker.unblock():
        for username in ACCOUNTS:
            client = Client()
            client.force_login(get_user_model().objects.get(username=username))
            signed_in[username] = client.cookies[settings.SESSION_COOKIE_NAME].value
    return signed_in


@pytest.fixture
def as_user(client, sessions):
    def login(username):
        client.cookies[settings.SESSION_COOKIE_NAME] = sessions[username]
        return client

    return login


@pytest.mark.parametrize(("username", "target", "action"), SITE_CASES, ids=["-".join(case) for case in SITE_CASES])
def test_site_action(as_user, portal, username, target, action):
    expected = action in policy(ACCOUNTS[username].group, target)
    run = PAGE_ACTIONS.get(action) or SITE_ACTIONS[action]
    assert run(as_user(username), portal[target]) == expected, f"{username} {'should' if expected else 'must not'} {action} on {target}"


@pytest.mark.parametrize(("username", "action"), GLOBAL_CASES, ids=["-".join(case) for case in GLOBAL_CASES])
def test_global_action(as_user, portal, username, action):
    expected = action in GLOBAL_POLICY.get(ACCOUNTS[username].group, set())
    assert GLOBAL_ACTIONS[action](as_user(username)) == expected, f"{username} {'should' if expected else 'must not'} {action}"


@pytest.mark.django_db
def test_matrix_covers_every_role_site_and_action(portal):
    # The targets are the sites the demo portal has, and its English tree: a site added to the demo joins the matrix.
    assert set(TARGETS) == {*PortalSite.objects.values_list("slug", flat=True), ENGLISH}
    assert set(portal) == set(TARGETS)
    # Every role is tried: each global role and both teams of every site have an account of the matrix among their members.
    teams = PortalSite.objects.values_list("editors_group__name", "approvers_group__name")
    site_teams = {name for team in teams for name in team}
    tried = set(Group.objects.filter(user__username__in=ACCOUNTS).values_list("name", flat=True))
    assert tried == {role.name for role in roles.GLOBAL_ROLES} | site_teams
    # Each account meets every action once on every target (the media and settings actions on the sites' own trees).
    assert len(set(SITE_CASES)) == len(SITE_CASES) == len(ACCOUNTS) * (len(TARGETS) * len(PAGE_ACTIONS) + len(SITES) * len(SITE_ACTIONS))
    assert len(set(GLOBAL_CASES)) == len(GLOBAL_CASES) == len(ACCOUNTS) * len(GLOBAL_ACTIONS)

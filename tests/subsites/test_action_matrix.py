"""The permission matrix performs the actions (issue 12): every row of the table (action_table.py: pages, media and
settings of a site; action_globals.py: translations, shared lists, accounts, sites, reports; action_screens.py: the
admin's model screens; action_registers.py: the intake register, assignments, field monitoring, review requests;
action_registers2.py: citizens' questions, the royalty ledger and its regime; action_consultations.py: moderation of
comments on draft legal documents and their disposition; action_drafts_settings.py: abandoned drafts, menus without
a reason), as
every role, with POST; the database says whether it happened. A site team acts on its own site's objects and on
another's. A refused action changes nothing and never answers with a server error; an allowed one changes what it
says. Every admin URL pattern that accepts POST has a row or a reasoned exemption (EXEMPT).

One test per action: its cells run one after another, each in a savepoint rolled back at its end, on a world built
once for the module on the common sites (action_world.py); each account signs in once."""

import fnmatch

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from tests import platforms
from tests.subsites.action_consultations import CONSULTATION_ACTIONS
from tests.subsites.action_drafts_settings import DRAFT_SETTINGS_ACTIONS
from tests.subsites.action_globals import GLOBAL_ACTIONS
from tests.subsites.action_registers import REGISTER_ACTIONS
from tests.subsites.action_registers2 import REGISTER2_ACTIONS
from tests.subsites.action_screens import SCREEN_ACTIONS
from tests.subsites.action_table import ACTIONS
from tests.subsites.action_world import ANONYMOUS, ROLES, SITES, build_world

ALL_ACTIONS = (
    ACTIONS + GLOBAL_ACTIONS + SCREEN_ACTIONS + REGISTER_ACTIONS + REGISTER2_ACTIONS + CONSULTATION_ACTIONS + DRAFT_SETTINGS_ACTIONS
)


@pytest.fixture(scope="module")
def world(common_sites, django_db_blocker):
    with platforms.built_once("sites", django_db_blocker):
        world = build_world()
        # Signed in once: each cell reuses the account's session (its changes roll back with the cell).
        for username, user in world.users.items():
            client = Client()
            client.force_login(user)
            world.sessions[username] = client.cookies[settings.SESSION_COOKIE_NAME].value
        yield world


def cells(action):
    """A site team acts on its own site and on the other; everyone else on the main portal's objects."""
    if not action.per_site:
        return [(username, None) for username in ROLES]
    return [(username, site) for username, role in ROLES.items() for site in (SITES if role in SITE_TEAMS else ["moj"])]


SITE_TEAMS = {(site, team) for site in SITES for team in ("editors", "approvers")}


def run_cell(action, world, username, site):
    """Performs the action as `username` on `site`'s objects; returns what happened, or why it went wrong."""
    client = Client()
    if username != ANONYMOUS:
        client.cookies[settings.SESSION_COOKIE_NAME] = world.sessions[username]
    objects = world.sites[site] if site else None
    savepoint = transaction.savepoint()
    try:
        response = action.perform(client, world, objects)
        if response.status_code >= 500:
            return "server error"
        if action.changed is None:
            return "done" if response.status_code == 200 else "refused"
        return "done" if action.changed(world, objects) else "refused"
    except Exception as error:  # noqa: BLE001 — the test client re-raises a view's exception: a 500 for the user
        return f"server error: {type(error).__name__}: {error}"
    finally:
        transaction.savepoint_rollback(savepoint)
        cache.clear()


@pytest.mark.parametrize("action", ALL_ACTIONS, ids=lambda action: action.name)
def test_action(world, db, action):
    wrong = []
    for username, site in cells(action):
        expected = "done" if username != ANONYMOUS and action.allowed(username, site) else "refused"
        outcome = run_cell(action, world, username, site)
        if outcome != expected:
            wrong.append(f"{username} on {site or 'the portal'}: expected {expected}, got {outcome}")
    assert not wrong, f"{action.name}:\n" + "\n".join(wrong)


def test_a_superuser_meets_no_server_error(world, db):
    """Superusers are no column of the matrix (nobody works as one), but whoever administers the platform gets a
    refusal or the action, never a server error (issue 12: deleting a portal site's Wagtail Site failed so)."""
    errors = [
        f"{action.name} on {site or 'the portal'}: {outcome}"
        for action in ALL_ACTIONS
        for site in (SITES if action.per_site else [None])
        if (outcome := run_cell(action, world, "matrix_root", site)).startswith("server error")
    ]
    assert not errors, "\n".join(errors)


# Admin URL patterns that accept POST and need no row, each with its reason. Shell-style patterns.
EXEMPT = {
    "admin/de-xuat-cai-dat/<int:proposal_id>/xem-truoc/": "a proposed menu's preview, GET only (require_GET), nothing saved: "
    "tests/subsites/test_settings_net.py::test_the_proposed_menu_is_previewed_as_readers_will_see_it",
    "admin/login/": "signing in: tests/accounts/test_lockout.py",
    "admin/logout/": "signing out: tests/accounts/test_sessions.py",
    "admin/password_reset/*": "password reset by e-mail: Wagtail's, for anonymous users",
    "admin/2fa/*": "one's own second step: tests/accounts/test_two_factor.py",
    "admin/accounts/<int:user_id>/2fa-reset/": "tests/accounts/test_two_factor.py (IT administrators only)",
    "admin/account/": "one's own profile and password",
    "admin/dismissibles/": "one's own dismissed hints",
    "admin/editing-sessions/*": "one's own editing session (who else is editing)",
    "admin/block-preview/": "renders a block, changes nothing",
    "admin/*/preview/*": "previews render, change nothing",
    "admin/*preview/": "previews render, change nothing",
    "admin/pages/add/*/preview/": "previews render, change nothing",
    "admin/images/chooser/<int:image_id>/select_format/": "formats a chosen picture for the editor, changes nothing",
    "admin/workflows/task_chooser/<int:task_id>/": "hands the chosen task back to the workflow form, changes nothing",
    "admin/searchpicks/queries/chooser/*": "lists the searches people made, to choose one; changes nothing",
    "admin/embeds/chooser/*": "asks the provider for an embed; keeps only a cache of its answer",
    "admin/choose-*": "the page chooser's steps change nothing (tests/subsites/test_isolation_matrix.py)",
    "admin/pages/<int:parent_page_id>/add_subpage/": "chooses a page type, changes nothing",
    "admin/pages/create/*": "chooses a parent, changes nothing",
    "admin/snippets/choose/*/create/": "answered first by subsites.views.snippet_chooser_create (row snippet_chooser_create)",
    "admin/localize/submit/snippet/*": "no translatable snippet in the portal: only pages have an English edition",
    "admin/localize/page/<int:page_id>/convert_to_alias/": "refused to everyone (editorial.guards.convert_to_alias)",
    "admin/pages/<int:page_id>/convert_alias/": "the portal has no alias pages: the copy form refuses them (editorial.guards)",
    "admin/localize/translate/*/overrides/*": "same door as the string edit row (user_can_edit_instance)",
    "admin/localize/translate/*/pofile/upload/": "same door as the string edit row (user_can_edit_instance)",
    "admin/pages/<int:page_id>/revisions/<int:revision_id>/unschedule/": "the portal never schedules: publishing is approval",
    "admin/failwhale/": "Wagtail's error page test: answers with an error by design, changes nothing",
    "admin/pages/<int:parent_page_id>/": "the page explorer: a listing (tests/subsites/test_isolation_matrix.py)",
    "admin/pages/<int:parent_page_id>/results/": "the page explorer: a listing",
    "admin/pages/usage/*": "listings of where a page type is used",
    "admin/pages/<int:page_id>/view_draft/": "a preview, changes nothing",
    "admin/pages/<int:page_id>/revisions/": "the list of revisions; reverting one has a row",
    "admin/tag-autocomplete/*": "tag suggestions, change nothing",
    "admin/workflows/enable/<int:pk>/": "re-enabling a workflow: the same superusers-only door as disabling it (row workflow_disable)",
    "admin/workflows/tasks/enable/<int:pk>/": "re-enabling a task: the same superusers-only door as disabling it (row task_disable)",
    "admin/workflows/tasks/select_type/": "chooses a task type, changes nothing",
    "admin/localize/translate/<int:translation_id>/pofile/download/": "a download of the strings, changes nothing",
    "admin/settings/<slug:app_name>/<slug:model_name>/": "redirects to the current site's settings (row site_identity)",
    "admin/redirects/import/*": "imports redirects from a file: the wagtailredirects.add_redirect door of row redirect_add",
    "admin/*/copy/<int:pk>/": "a copy is the add screen filled in: its POST creates with the add door (the add rows)",
    "admin/users/copy/<int:pk>/": "accounts.users.UserCopyView is the guarded create view (row user_create)",
    "admin/editorial/report/": "the editorial report: a listing (tests/editorial)",
    "admin/localize/reports/translations/*": "wagtail-localize's report of translations, a listing (GET) taken over for its "
    "order: tests/editorial/test_translators_work.py::test_the_report_of_translations_*",
    "admin/sprite/": "the admin's icons",
    "admin/jsi18n/": "the admin's translations for its scripts",
    "admin/.*/": "Wagtail's catch-all 404 of the admin",
    "admin/images/multiple/*": "the upload of several pictures: same permission policy as images/add (row image_upload)",
    "admin/documents/multiple/*": "the upload of several files: same permission policy as documents/add (row document_upload)",
    "admin/intake/": "the register's listing: tests/intake/test_register_admin.py::test_nobody_else_opens_the_register_or_an_entry",
    "admin/intake/xuat/": "the register's export: tests/intake/test_letters_completion_exports.py::test_the_export_leaves_out_*",
    "admin/intake/thong-ke/": "the monthly counts: tests/intake/test_letters_completion_exports.py::test_filters_and_monthly_counts",
    "admin/intake/<int:entry_id>/": "an entry (its sender masked for site teams and focal points): tests/intake/test_register_admin.py",
    "admin/intake/<int:entry_id>/tep/<int:attachment_id>/": "an attachment's download, for those who see the entry: "
    "tests/intake/test_register_admin.py::test_forwarded_to_a_component_site_*",
    "admin/reports/jobs/": "the job runs report: tests/operations/test_jobs.py::test_an_editor_may_not_see_the_jobs",
    "admin/editorial/sections/<int:section_id>/items/": "a section's items, a listing (GET filters): tests/editorial/"
    "test_section_items.py::test_only_who_may_edit_the_section_opens_its_listing",
    "admin/editorial/assignments/": "what one assigned, a listing: tests/editorial/test_assignments.py",
    "admin/editorial/review-requests/": "the review requests and the figures per unit, a listing: tests/editorial/test_review_requests.py",
    "admin/questions/": "the questions each may see, a listing: tests/questions/test_admin.py::"
    "test_a_focal_point_sees_only_their_units_questions",
    "admin/questions/bao-cao/": "the monthly report, per unit: tests/questions/test_admin.py::test_the_monthly_report_counts_per_unit_*",
    "admin/questions/<int:question_id>/": "a question (the asker masked but for its handlers): tests/questions/test_admin.py::"
    "test_a_focal_point_sees_only_their_units_questions, test_the_handlers_read_the_askers_personal_data_*",
    "admin/questions/<int:question_id>/tep/": "an attachment's download, for the question's handlers (questions.admin_views.attachment): "
    "tests/questions/test_admin.py::test_the_attachment_is_downloaded_by_the_questions_handlers_only",
    "admin/consultations/": "the comments of the drafts of one's own site, a listing: tests/consultations/test_moderation.py::"
    "test_each_team_lists_and_opens_only_its_own_sites_comments",
    "admin/consultations/<int:comment_id>/": "a comment with its commenter (each showing logged): tests/consultations/"
    "test_moderation.py::test_each_team_lists_and_opens_only_its_own_sites_comments, test_opening_a_comment_is_logged_*",
    "admin/consultations/<int:comment_id>/tep/": "an attachment's download, for the draft's moderators, logged: "
    "tests/consultations/test_moderation.py::test_the_attachment_is_downloaded_by_moderators_only_and_logged",
    "admin/consultations/du-thao/<int:page_id>/": "a closed draft's comments grouped by article with their disposition "
    "forms, for its drafting unit: tests/consultations/test_dispositions.py::test_other_people_neither_see_nor_dispose",
    "admin/consultations/du-thao/<int:page_id>/bao-cao.<str:extension>": "the report's preview, for the drafting unit: "
    "tests/consultations/test_report.py::test_the_report_preview_and_the_revised_draft_are_for_the_drafting_unit_only",
    "admin/consultations/du-thao/<int:page_id>/du-thao-chinh-ly.docx": "the revised draft sent for approval: tests/"
    "consultations/test_report.py::test_the_report_preview_and_the_revised_draft_are_for_the_drafting_unit_only",
    "admin/consultations/du-thao/<int:page_id>/gop-y.<str:extension>": "the raw comments' export, personal data by role, "
    "logged: tests/consultations/test_report.py::test_the_exports_carry_personal_data_only_for_the_drafting_unit_*",
    "admin/royalties/": "the months each may see, a listing: tests/royalties/test_admin.py::test_the_list_of_months_shows_each_role_*",
    "admin/royalties/ky/<int:period_id>/": "a month's lines: tests/royalties/test_admin.py::test_a_component_site_approver_sees_adjusts_*",
    "admin/royalties/ky/<int:period_id>/bang-ke.xlsx": "the statement's download: tests/royalties/test_admin.py::"
    "test_the_board_adjusts_the_chief_editor_approves_and_the_statement_has_the_totals",
    "admin/royalties/nguoi-huong/<int:contributor_id>/": "a payee's payment details: tests/royalties/test_admin.py::"
    "test_payment_details_are_shown_and_logged_only_for_the_board_the_chief_editor_and_the_accountant",
    "admin/royalties/ky/<int:period_id>/phieu/<int:contributor_id>/": "a person's statement to print, a page: tests/royalties/"
    "test_reports.py::test_a_persons_statement_prints_*, test_a_component_sites_approver_prints_its_own_*",
    "admin/royalties/bao-cao/<int:portal_site_id>/<int:year>.xlsx": "a year's statement's download: tests/royalties/"
    "test_reports.py::test_the_quarter_and_year_statements_add_up_the_locked_months_only",
    "admin/royalties/bao-cao/<int:portal_site_id>/<int:year>/quy-<int:quarter>.xlsx": "a quarter's statement's download: "
    "tests/royalties/test_reports.py::test_the_quarter_and_year_statements_add_up_the_locked_months_only",
}


def admin_routes():
    """Every admin URL pattern Django resolves, the first of each route (a later one with the same route never answers)."""

    def walk(patterns, prefix=""):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns, prefix + str(pattern.pattern))
            elif isinstance(pattern, URLPattern):
                yield (prefix + str(pattern.pattern)).replace("^", "").replace("$", ""), pattern.callback

    seen = {}
    for route, callback in walk(get_resolver().url_patterns):
        if route.startswith("admin/"):
            seen.setdefault(route, callback)
    return seen


def accepts_post(callback) -> bool:
    view_class = getattr(callback, "view_class", None) or getattr(callback, "cls", None)
    if getattr(callback, "actions", None) is not None:  # a REST framework viewset: its routes name their methods
        return "post" in callback.actions
    if view_class is not None:
        return hasattr(view_class, "post")
    return True  # a function view may take anything


def test_every_admin_pattern_that_accepts_post_has_a_row_or_a_reason():
    covered = {route for action in ALL_ACTIONS for route in action.routes}
    missing = [
        route
        for route, callback in admin_routes().items()
        if accepts_post(callback) and route not in covered and not any(fnmatch.fnmatch(route, pattern) for pattern in EXEMPT)
    ]
    assert not missing, "Admin URL patterns with no row in tests/subsites/action_table.py and no exemption:\n" + "\n".join(missing)


def test_the_rows_name_real_patterns():
    routes = admin_routes()
    assert not [route for action in ALL_ACTIONS for route in action.routes if route not in routes]

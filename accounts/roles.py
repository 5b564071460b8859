"""The roles of REQUIREMENTS.md as groups, created by code and never by hand (DESIGN.md, "Sites, locales, groups"),
and the one place that asks whether a person holds a role.

Page permissions are granted on tree nodes, collection permissions on collections; `ensure_global_roles`
is idempotent and is run by provisioning, so that running it again repairs a role someone changed by hand."""

from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import m2m_changed
from django.dispatch import receiver
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, GroupSitePermission, Page, Site

CHIEF_EDITOR = "Trưởng Ban Biên tập"
BOARD_MEMBERS = "Thành viên Ban Biên tập"
STANDING_EDITORS = "Thường trực Ban Biên tập: Biên tập viên"
STANDING_APPROVERS = "Thường trực Ban Biên tập: Duyệt"
EN_TRANSLATORS = "Vụ Hợp tác quốc tế: Biên dịch viên"
EN_APPROVERS = "Vụ Hợp tác quốc tế: Duyệt bản tiếng Anh"
IT_ADMINS = "Cục Công nghệ thông tin: Quản trị hệ thống"
FOCAL_POINTS = "Đầu mối cung cấp thông tin"
# Pays royalties and fees (R-ROY-1): reads every ledger and the payment details, exports the statements.
ACCOUNTANTS = "Kế toán"

EDITOR_PAGE_PERMISSIONS = ["add", "change"]
APPROVER_PAGE_PERMISSIONS = ["add", "change", "publish", "lock", "unlock"]
ALL_PAGE_PERMISSIONS = ["add", "change", "publish", "bulk_delete", "lock", "unlock"]
MEDIA_PERMISSIONS = ["add_image", "change_image", "choose_image", "add_document", "change_document", "choose_document"]
# The royalty regime as data and the register of payees (R-ROY-1): the Chief Editor and the accountant keep them.
ROYALTY_MODELS = ("genre", "coefficientvalue", "feerate", "contributor")
REGIME_PERMISSIONS = [f"royalties.{action}_{model}" for model in ROYALTY_MODELS for action in ("add", "change", "delete")]
# The royalty fund of each unit and year (R-ROY-1 item 4): entered by the Chief Editor alone.
BUDGET_PERMISSIONS = [f"royalties.{action}_budget" for action in ("add", "change", "delete")]
# Per-site settings (R-SITE-3, R-SHARE-2): the Chief Editor everywhere, a site's approvers on their site only.
SITE_SETTINGS_PERMISSIONS = ["home.change_siteidentity", "home.change_sitenavigation", "home.change_sitenotice", "home.change_sitetracking"]


@dataclass
class Role:
    name: str
    # Django permissions as "app_label.codename".
    permissions: list[str] = field(default_factory=list)


# The table field → unit answering citizens' questions (R-CONT-5, questions.Route): kept by the Standing Board.
QUESTION_ROUTING = ["questions.add_route", "questions.change_route", "questions.delete_route"]

GLOBAL_ROLES = [
    Role(
        CHIEF_EDITOR,
        [
            "wagtailadmin.access_admin",
            "wagtail_localize.submit_translation",
            *SITE_SETTINGS_PERMISSIONS,
            "home.add_subjectarea",
            "home.change_subjectarea",
            "home.delete_subjectarea",
            "subsites.add_unit",
            "subsites.change_unit",
            "subsites.delete_unit",
            "subsites.add_onlineservice",
            "subsites.change_onlineservice",
            "subsites.delete_onlineservice",
            "editorial.add_boardmember",
            "editorial.change_boardmember",
            "editorial.delete_boardmember",
            # Who answers for each unit: information routed to a unit goes to its focal points (R-IN-5).
            "intake.add_focalpoint",
            "intake.change_focalpoint",
            "intake.delete_focalpoint",
            "wagtailredirects.add_redirect",
            "wagtailredirects.change_redirect",
            "wagtailredirects.delete_redirect",
            # Promoted search results and the report of searches that found nothing (R-SRCH-1).
            "wagtailsearchpromotions.add_searchpromotion",
            "wagtailsearchpromotions.change_searchpromotion",
            "wagtailsearchpromotions.delete_searchpromotion",
            "portal_search.view_zeroresultquery",
            # The royalty regime as data: genres, the unit value, fee rates (R-ROY-1).
            *REGIME_PERMISSIONS,
            *BUDGET_PERMISSIONS,
        ],
    ),
    Role(BOARD_MEMBERS, ["wagtailadmin.access_admin"]),
    # The Standing Board chooses which Vietnamese items get an English version (R-EN-1).
    Role(STANDING_EDITORS, ["wagtailadmin.access_admin", "wagtail_localize.submit_translation", *QUESTION_ROUTING]),
    Role(STANDING_APPROVERS, ["wagtailadmin.access_admin", "wagtail_localize.submit_translation", *QUESTION_ROUTING]),
    Role(EN_TRANSLATORS, ["wagtailadmin.access_admin"]),
    Role(EN_APPROVERS, ["wagtailadmin.access_admin"]),
    Role(
        IT_ADMINS,
        [
            "wagtailadmin.access_admin",
            "auth.add_user",
            "auth.change_user",
            "auth.delete_user",
            "subsites.add_portalsite",
            "subsites.change_portalsite",
            # The working-day calendar: days off and make-up days announced each year (R-FLOW-3).
            "editorial.add_calendarexception",
            "editorial.change_calendarexception",
            "editorial.delete_calendarexception",
            # The hosts a site's tracking code may load scripts from (R-OPS-5, defence.models.TrackingScriptHosts).
            "defence.change_trackingscripthosts",
        ],
    ),
    Role(FOCAL_POINTS, ["wagtailadmin.access_admin"]),
    Role(ACCOUNTANTS, ["wagtailadmin.access_admin", *REGIME_PERMISSIONS]),
]


def has_role(user, *names: str) -> bool:
    """Whether an active person holds one of the roles; a superuser holds every role."""
    return user.is_active and (user.is_superuser or not role_names(user).isdisjoint(names))


def role_names(user) -> frozenset[str]:
    return frozenset(_groups_of(user).values())


def group_ids(user) -> frozenset[int]:
    """The ids of the person's groups: whose site's editors or approvers they are (subsites.PortalSite)."""
    return frozenset(_groups_of(user))


def _groups_of(user) -> dict[int, str]:
    """The person's groups, read once per user object, as Django keeps their permissions (`_perm_cache`): the admin's
    menu and dashboard ask a dozen roles of the same person on every screen (issue 16). A request loads its user
    afresh; `user.groups.add/remove/set/clear` forgets them (forget_groups)."""
    groups = getattr(user, "_groups_of", None)
    if groups is None:
        groups = user._groups_of = dict(user.groups.values_list("pk", "name"))
    return groups


@receiver(m2m_changed, sender=get_user_model().groups.through, dispatch_uid="forget_groups")
def forget_groups(sender, instance, action, **kwargs):
    if action.startswith("post_"):
        instance.__dict__.pop("_groups_of", None)


def is_chief_editor(user) -> bool:
    return has_role(user, CHIEF_EDITOR)


def is_standing_board(user) -> bool:
    """The Standing Board (Art 11, 12): its editors and its approvers."""
    return has_role(user, STANDING_EDITORS, STANDING_APPROVERS)


def may_read_audit_log(user) -> bool:
    """The audit log shows every site's entries: the Chief Editor and the IT administrators (R-OPS-3)."""
    return has_role(user, CHIEF_EDITOR, IT_ADMINS)


def may_read_security_events(user) -> bool:
    """The security events report (R-OPS-2): the IT administrators."""
    return has_role(user, IT_ADMINS)


def get_permission(dotted: str) -> Permission:
    app_label, codename = dotted.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def get_permissions(dotted_names) -> list[Permission]:
    """Several permissions in one query (a role names dozens; provisioning each site grants them all again)."""
    wanted = [tuple(dotted.split(".")) for dotted in dotted_names]
    found = {
        (permission.content_type.app_label, permission.codename): permission
        for permission in Permission.objects.filter(codename__in={codename for _, codename in wanted}).select_related("content_type")
    }
    missing = [f"{app_label}.{codename}" for app_label, codename in wanted if (app_label, codename) not in found]
    if missing:
        raise Permission.DoesNotExist(f"No such permission: {', '.join(missing)}")
    return [found[key] for key in wanted]


def grant_page_permissions(group: Group, page: Page, permission_types: list[str]) -> None:
    page_content_type = ContentType.objects.get_for_model(Page)
    for permission_type in permission_types:
        permission = Permission.objects.get(content_type=page_content_type, codename=f"{permission_type}_page")
        GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)


def grant_collection_permissions(group: Group, collection: Collection, codenames: list[str]) -> None:
    dotted = [f"{'wagtailimages' if codename.endswith('_image') else 'wagtaildocs'}.{codename}" for codename in codenames]
    for permission in get_permissions(dotted):
        GroupCollectionPermission.objects.get_or_create(group=group, collection=collection, permission=permission)


def ensure_global_roles() -> dict[str, Group]:
    groups = {}
    for role in GLOBAL_ROLES:
        group, _ = Group.objects.get_or_create(name=role.name)
        group.permissions.add(*get_permissions(role.permissions))
        groups[role.name] = group
    # The Chief Editor works on every site (Art 8.5): permissions on the tree root and the root collection.
    grant_page_permissions(groups[CHIEF_EDITOR], Page.get_first_root_node(), ALL_PAGE_PERMISSIONS)
    grant_collection_permissions(groups[CHIEF_EDITOR], Collection.get_first_root_node(), MEDIA_PERMISSIONS)
    return groups


def grant_site_team(editors: Group, approvers: Group, site: Site, collection: Collection) -> None:
    """A site team edits only its own tree, its own collection and, for approvers, its own settings (R-SITE-2, Art 21.5)."""
    access_admin = get_permission("wagtailadmin.access_admin")
    for group, page_permissions in ((editors, EDITOR_PAGE_PERMISSIONS), (approvers, APPROVER_PAGE_PERMISSIONS)):
        group.permissions.add(access_admin)
        grant_page_permissions(group, site.root_page, page_permissions)
        grant_collection_permissions(group, collection, MEDIA_PERMISSIONS)
    for dotted in SITE_SETTINGS_PERMISSIONS:
        GroupSitePermission.objects.get_or_create(group=approvers, site=site, permission=get_permission(dotted))


def grant_english_edition(english_root: Page, main_collection: Collection) -> dict[str, Group]:
    """Translators edit and submit only the English tree; English approvers publish it (R-EN-1, Art 21.6).
    Both may pick the main portal's images and documents, not change them."""
    groups = ensure_global_roles()
    grant_page_permissions(groups[EN_TRANSLATORS], english_root, EDITOR_PAGE_PERMISSIONS)
    grant_page_permissions(groups[EN_APPROVERS], english_root, APPROVER_PAGE_PERMISSIONS)
    for group in (groups[EN_TRANSLATORS], groups[EN_APPROVERS]):
        grant_collection_permissions(group, main_collection, ["choose_image", "choose_document"])
    return groups

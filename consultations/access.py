"""Who moderates which comments (issue 15): a site's editors and approvers the comments on the drafts of their own
site (home.trees' site scope; the main portal's are the Standing Board), the Chief Editor every site's. The same
people read the commenters' personal data, each showing logged by the views (defence.personal_data)."""

from accounts.roles import BOARD_MEMBERS, group_ids, has_role, is_chief_editor, is_standing_board
from consultations.models import Comment, DraftPage
from home.trees import within_sites
from subsites.models import PortalSite


def moderated_drafts(user):
    if not user.is_authenticated or not user.is_active:
        return DraftPage.objects.none()
    if is_chief_editor(user):
        return DraftPage.objects.all()
    groups = group_ids(user)
    sites = {site.site_id for site in PortalSite.every_site() if site.editors_group_id in groups or site.approvers_group_id in groups}
    return DraftPage.objects.filter(within_sites(sites))


def moderated_comments(user):
    return Comment.objects.filter(page__in=moderated_drafts(user))


def may_moderate(user) -> bool:
    return moderated_drafts(user).exists()


# The disposition of comments after closing (issue 15, item 4): the drafting unit is the draft's site's team (as for
# moderation, so the Standing Board for the main portal, and the Chief Editor everywhere); approving the set is for the
# site's approvers and the Chief Editor, never for whoever wrote it (consultations.disposing).


def drafting_unit_drafts(user):
    return moderated_drafts(user)


def approved_drafts(user):
    """The drafts whose dispositions the user may approve: their own site's as an approver, every one as Chief Editor."""
    if not user.is_authenticated or not user.is_active:
        return DraftPage.objects.none()
    if is_chief_editor(user):
        return DraftPage.objects.all()
    sites = {site.site_id for site in PortalSite.every_site() if site.approvers_group_id in group_ids(user)}
    return DraftPage.objects.filter(within_sites(sites))


def exported_drafts(user):
    """Whose comments the user may export: the drafting unit's; every draft's for the Standing Board and the members of
    the Editorial Board (these without the commenters' personal data)."""
    if is_standing_board(user) or has_role(user, BOARD_MEMBERS):
        return DraftPage.objects.all()
    return drafting_unit_drafts(user)


def may_read_commenters(user, page) -> bool:
    """The commenters' personal data in an export: only the drafting unit and the Standing Board."""
    return is_standing_board(user) or drafting_unit_drafts(user).filter(pk=page.pk).exists()

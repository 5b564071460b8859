"""Who sees which ledger (R-ROY-1 item 5): the Chief Editor, the Standing Board and the accountant see every site's;
a component site's approvers see their own site's. Payment details: the Standing Board, the Chief Editor and the
accountant only (as the senders' data of the intake register, R-IN-2). Roles are accounts.roles'."""

from accounts.roles import ACCOUNTANTS, has_role, is_chief_editor, is_standing_board
from royalties.models import Period
from subsites.models import PortalSite


def sees_every_ledger(user) -> bool:
    return user.is_authenticated and (is_chief_editor(user) or is_standing_board(user) or has_role(user, ACCOUNTANTS))


def may_read_payment_details(user) -> bool:
    return sees_every_ledger(user)


def own_sites(user):
    """The component sites whose approvers the user is among."""
    return PortalSite.objects.filter(approvers_group__in=user.groups.all(), is_main_portal=False)


def visible_periods(user):
    if not user.is_authenticated or not user.is_active:
        return Period.objects.none()
    if sees_every_ledger(user):
        return Period.objects.all()
    return Period.objects.filter(portal_site__in=own_sites(user))


def may_open_ledger(user) -> bool:
    return sees_every_ledger(user) or (user.is_authenticated and own_sites(user).exists())


def may_open_site_ledger(user, portal_site) -> bool:
    """A unit's quarter and year statements: whoever sees every ledger, or that component site's approvers."""
    return sees_every_ledger(user) or (user.is_authenticated and own_sites(user).filter(pk=portal_site.pk).exists())


def may_adjust(user, period: Period) -> bool:
    """The Standing Board adjusts on every site; a component site's approvers on their own site's ledger."""
    return is_standing_board(user) or is_chief_editor(user) or own_sites(user).filter(pk=period.portal_site_id).exists()


def may_approve(user, period: Period) -> bool:
    """The Chief Editor approves the main portal's months; a component site's approvers (its leaders) their own site's."""
    if period.portal_site.is_main_portal:
        return is_chief_editor(user)
    return is_chief_editor(user) or own_sites(user).filter(pk=period.portal_site_id).exists()


def may_export(user, period: Period) -> bool:
    return visible_periods(user).filter(pk=period.pk).exists()

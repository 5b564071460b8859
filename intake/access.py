"""Who sees what in the register (R-IN-2, R-IN-5): the Standing Board and the Chief Editor see every entry and read
the senders' personal data; a component site's team sees what was forwarded to its site, a unit's focal points what
was routed to their unit — both without personal data. Roles are accounts.roles'."""

from django.db.models import Q

from accounts.roles import is_chief_editor, is_standing_board
from intake.models import Entry, State
from subsites.models import PortalSite


def is_register_keeper(user) -> bool:
    """Receives, classifies and decides (Art 11), and reads the senders' personal data (Art 4.4)."""
    return user.is_authenticated and (is_standing_board(user) or is_chief_editor(user))


def may_read_personal_data(user) -> bool:
    return is_register_keeper(user)


def visible_entries(user):
    if not user.is_authenticated or not user.is_active:
        return Entry.objects.none()
    if is_register_keeper(user):
        return Entry.objects.all()
    team_sites = PortalSite.objects.filter(Q(editors_group__in=user.groups.all()) | Q(approvers_group__in=user.groups.all()))
    return Entry.objects.filter(
        Q(state=State.FORWARDED, target_site__in=team_sites) | Q(state=State.ROUTED, target_unit__focal_points__user=user)
    ).distinct()


def may_open_register(user) -> bool:
    return is_register_keeper(user) or visible_entries(user).exists()

"""Who moderates which comments (issue 15): a site's editors and approvers the comments on the drafts of their own
site (home.trees' site scope; the main portal's are the Standing Board), the Chief Editor every site's. The same
people read the commenters' personal data, each showing logged by the views (defence.personal_data)."""

from django.db.models import Q

from accounts.roles import is_chief_editor
from consultations.models import Comment, DraftPage
from home.trees import site_roots, within
from subsites.models import PortalSite


def moderated_drafts(user):
    if not user.is_authenticated or not user.is_active:
        return DraftPage.objects.none()
    if is_chief_editor(user):
        return DraftPage.objects.all()
    groups = user.groups.all()
    sites = PortalSite.objects.filter(Q(editors_group__in=groups) | Q(approvers_group__in=groups)).select_related("site__root_page")
    condition = Q(pk__in=[])
    for portal_site in sites:
        condition |= within(site_roots(portal_site.site))
    return DraftPage.objects.filter(condition)


def moderated_comments(user):
    return Comment.objects.filter(page__in=moderated_drafts(user))


def may_moderate(user) -> bool:
    return moderated_drafts(user).exists()

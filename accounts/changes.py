"""Every change to who can do what lands in the audit log with what changed (R-OPS-3, R-OPS-6).

Wagtail logs "edited" for a group or a user, but not which permissions or roles changed: a group's
permission panels are saved after the log entry, and a user's groups are not described. The admin views
(accounts/users.py, accounts/groups.py) take a snapshot before the change and log the difference after it."""

from wagtail.log_actions import log
from wagtail.models import GroupCollectionPermission, GroupPagePermission, GroupSitePermission

from accounts.access import tree_labels

GROUP_PERMISSIONS_ACTION = "moj.group_permissions"
USER_ROLES_ACTION = "moj.user_roles"


def group_grants(group) -> set[str]:
    """Every permission of a group, one precise line each, e.g. "thads.localhost: publish_page"."""
    if group.pk is None:
        return set()
    labels = tree_labels()
    grants = {
        f"{permission.content_type.app_label}.{permission.codename}" for permission in group.permissions.select_related("content_type")
    }
    for grant in GroupPagePermission.objects.filter(group=group).select_related("page", "permission"):
        grants.add(f"{labels.get(grant.page_id) or grant.page.title}: {grant.permission.codename}")
    for grant in GroupCollectionPermission.objects.filter(group=group).select_related("collection", "permission"):
        grants.add(f"{grant.collection.name}: {grant.permission.codename}")
    for grant in GroupSitePermission.objects.filter(group=group).select_related("site", "permission"):
        grants.add(f"{grant.site.hostname}: {grant.permission.codename}")
    return grants


def log_group_change(group, before: set[str]) -> None:
    after = group_grants(group)
    if before != after:
        log(instance=group, action=GROUP_PERMISSIONS_ACTION, data={"added": sorted(after - before), "removed": sorted(before - after)})


NO_ROLES = {"groups": [], "is_superuser": False, "is_active": True}


def user_roles(user) -> dict:
    return {"groups": sorted(user.groups.values_list("name", flat=True)), "is_superuser": user.is_superuser, "is_active": user.is_active}


def log_user_change(user, before: dict, **extra) -> None:
    """`extra`: what the log entry keeps besides the change, e.g. the reason given and the bulk action used."""
    after = user_roles(user)
    if before == after:
        return
    data = {
        "groups_added": sorted(set(after["groups"]) - set(before["groups"])),
        "groups_removed": sorted(set(before["groups"]) - set(after["groups"])),
    }
    for flag in ("is_superuser", "is_active"):
        if before[flag] != after[flag]:
            data[flag] = after[flag]
    data.update(extra)
    log(instance=user, action=USER_ROLES_ACTION, data=data)

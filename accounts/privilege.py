"""Who may touch which account or group (R-OPS-6, Art 7): the one owner of these rules, applied by every user and group
screen, every bulk action and the lock view alike, so that no door is left open beside the one that was guarded.

- Nobody changes their own roles, superuser status or active state.
- An account is *more privileged* when it is a superuser or holds a role with page rights on the whole tree (the
  tree root, e.g. the Chief Editor): only a superuser edits it, resets its password, locks, deactivates or deletes it.
- Only a superuser grants superuser status or such a whole-tree role, or edits or deletes a group that has one.
Refusals are logged (`moj.account_refused`), so that an insider's attempts show in the security report (R-OPS-2)."""

from django.contrib.auth.models import Group
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log
from wagtail.models import GroupPagePermission, Page

ACCOUNT_REFUSED = "moj.account_refused"

REFUSED_PRIVILEGED_ACCOUNT = _(
    "Chỉ quản trị tối cao được thao tác trên tài khoản có quyền cao hơn (quản trị tối cao, Trưởng Ban Biên tập)."
)
REFUSED_OWN_ROLES = _("Không ai được tự thay đổi vai trò hay trạng thái tài khoản của mình.")
REFUSED_PRIVILEGED_ROLE = _("Chỉ quản trị tối cao được cấp vai trò có quyền trên toàn bộ các trang.")
REFUSED_PRIVILEGED_GROUP = _("Chỉ quản trị tối cao được sửa hoặc xoá nhóm có quyền trên toàn bộ các trang, hay nhóm của chính mình.")


def privileged_groups():
    """Groups with any page permission on the tree root: their members act on every site."""
    root = Page.get_first_root_node()
    return Group.objects.filter(pk__in=GroupPagePermission.objects.filter(page=root).values("group_id"))


def is_privileged_group(group) -> bool:
    return group.pk is not None and privileged_groups().filter(pk=group.pk).exists()


def is_privileged(user) -> bool:
    return user.is_superuser or privileged_groups().filter(user=user).exists()


def may_touch_account(actor, target) -> bool:
    """Edit, reset the password of, lock, deactivate or delete `target`."""
    return actor.is_superuser or not is_privileged(target)


def may_change_roles(actor, target) -> bool:
    return actor.pk != target.pk and may_touch_account(actor, target)


def grantable_groups(actor):
    """The roles `actor` may hand out."""
    if actor.is_superuser:
        return Group.objects.all()
    return Group.objects.exclude(pk__in=privileged_groups().values("pk"))


def may_change_group(actor, group) -> bool:
    if actor.is_superuser:
        return True
    return not is_privileged_group(group) and not actor.groups.filter(pk=group.pk).exists()


def log_refusal(actor, instance, action: str, reason, **data) -> None:
    log(instance=instance, action=ACCOUNT_REFUSED, user=actor, data={"action": action, "reason": str(reason), **data})

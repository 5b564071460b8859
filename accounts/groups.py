"""Wagtail's group screens, logging which permissions an edit added or removed (R-OPS-3, R-OPS-6), under the rules of
accounts/privilege.py: a non-superuser (should one ever be given the group permissions) neither edits nor deletes a
whole-tree group or a group of their own, nor gives a group rights on the whole tree."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import ProtectedError
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail.users.views import groups

from accounts.changes import group_grants, log_group_change
from accounts.privilege import REFUSED_PRIVILEGED_GROUP, REFUSED_PRIVILEGED_ROLE, is_privileged_group, log_refusal, may_change_group


class GuardedSave:
    """Saves the group, then undoes everything if a non-superuser gave it rights on the whole tree."""

    def save_guarded(self, before: set[str]):
        with transaction.atomic():
            response = super().process_form()
            if self.object.pk and not self.request.user.is_superuser and is_privileged_group(self.object):
                transaction.set_rollback(True)
                refused = True
            else:
                log_group_change(self.object, before)
                refused = False
        if refused:
            log_refusal(self.request.user, self.request.user, "group_save", REFUSED_PRIVILEGED_ROLE, group=self.object.name)
            list(messages.get_messages(self.request))  # drops the "saved" message of the undone save
            messages.error(self.request, REFUSED_PRIVILEGED_ROLE)
            return redirect("wagtailusers_groups:index")
        return response


class GroupCreateView(GuardedSave, groups.CreateView):
    def process_form(self):
        return self.save_guarded(set())


class GroupEditView(GuardedSave, groups.EditView):
    def dispatch(self, request, *args, **kwargs):
        refuse_unless_may_change(request, self.get_object(), "group_edit")
        return super().dispatch(request, *args, **kwargs)

    def process_form(self):
        return self.save_guarded(group_grants(self.object))


class GroupDeleteView(groups.DeleteView):
    def dispatch(self, request, *args, **kwargs):
        refuse_unless_may_change(request, self.object, "group_delete")
        return super().dispatch(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        """A site's team groups belong to the site: the database refused to delete them, with a server error (issue 12)."""
        try:
            with transaction.atomic():
                return super().post(request, *args, **kwargs)
        except ProtectedError as error:
            users = ", ".join(sorted({str(instance) for instance in error.protected_objects}))
            messages.error(
                request, _("Không xoá được nhóm “%(group)s”: %(users)s cần đến nhóm này.") % {"group": self.object, "users": users}
            )
            return redirect("wagtailusers_groups:edit", self.object.pk)


def refuse_unless_may_change(request, group, action: str) -> None:
    if not may_change_group(request.user, group):
        if request.method == "POST":
            log_refusal(request.user, group, action, REFUSED_PRIVILEGED_GROUP)
        messages.error(request, REFUSED_PRIVILEGED_GROUP)
        raise PermissionDenied(REFUSED_PRIVILEGED_GROUP)


class GroupViewSet(groups.GroupViewSet):
    add_view_class = GroupCreateView
    edit_view_class = GroupEditView
    delete_view_class = GroupDeleteView

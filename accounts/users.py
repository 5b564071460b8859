"""The admin's user screens, with the rules of accounts/privilege.py that Wagtail leaves open (R-OPS-6, Art 7):
only a superuser grants superuser status or a whole-tree role, or touches a more privileged account; nobody changes
their own roles. Every change of roles, superuser or active status is logged with what changed (R-OPS-3); password
changes are logged by accounts/passwords.py. Wagtail's copy view is replaced too: it is a create view in disguise."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from wagtail.admin.views.generic.models import CopyViewMixin
from wagtail.users.views import users

from accounts.changes import NO_ROLES, log_user_change, user_roles
from accounts.privilege import REFUSED_PRIVILEGED_ACCOUNT, grantable_groups, log_refusal, may_touch_account


def restrict_form(form, actor, *, editing_self=False):
    if not actor.is_superuser:
        form.fields.pop("is_superuser", None)
        if "groups" in form.fields:
            form.fields["groups"].queryset = grantable_groups(actor)
    if editing_self:
        form.fields.pop("groups", None)
        form.fields.pop("is_active", None)
    return form


def refuse_unless_may_touch(request, account, action: str) -> None:
    if not may_touch_account(request.user, account):
        if request.method == "POST":  # an attempt, not a look at a link
            log_refusal(request.user, account, action, REFUSED_PRIVILEGED_ACCOUNT)
        messages.error(request, REFUSED_PRIVILEGED_ACCOUNT)
        raise PermissionDenied(REFUSED_PRIVILEGED_ACCOUNT)


class UserCreateView(users.CreateView):
    def get_form(self, form_class=None):
        return restrict_form(super().get_form(form_class), self.request.user)

    def save_instance(self):
        instance = super().save_instance()
        log_user_change(instance, NO_ROLES)
        return instance


class UserCopyView(UserCreateView):
    """A new account with the roles and names of another, under the same rules as creating one.

    Wagtail's copy view gives the form the source account itself as its instance: saving it renamed the source and
    kept its superuser status and password — a way to take over any account. Here the form gets a new account."""

    def get_initial(self):
        source = CopyViewMixin.get_object(self)
        return {
            **super().get_initial(),
            "first_name": source.first_name,
            "last_name": source.last_name,
            "is_active": True,
            "groups": list(source.groups.values_list("pk", flat=True)),
        }


class UserEditView(users.EditView):
    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.roles_before = user_roles(self.object)

    def dispatch(self, request, *args, **kwargs):
        refuse_unless_may_touch(request, self.object, "edit")
        return super().dispatch(request, *args, **kwargs)

    def get_form(self, form_class=None):
        return restrict_form(super().get_form(form_class), self.request.user, editing_self=self.editing_self)

    def save_instance(self):
        instance = super().save_instance()
        log_user_change(instance, self.roles_before)
        return instance


class UserDeleteView(users.DeleteView):
    def dispatch(self, request, *args, **kwargs):
        refuse_unless_may_touch(request, self.get_object(), "delete")
        return super().dispatch(request, *args, **kwargs)


class UserViewSet(users.UserViewSet):
    add_view_class = UserCreateView
    edit_view_class = UserEditView
    delete_view_class = UserDeleteView
    copy_view_class = UserCopyView

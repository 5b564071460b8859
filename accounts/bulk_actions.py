"""Wagtail's user bulk actions (/admin/bulk/auth/user/<action>/) under the rules of the edit view (accounts/privilege.py).

Wagtail checks only the change_user permission there: an IT administrator could make themselves Chief Editor, and
deactivate accounts with no reason and no log. Here each account the actor may not touch is listed as refused and
left alone (the attempt is logged), the role list holds only the roles the actor may grant, deactivation needs a
reason, and each change is logged with what changed (R-OPS-3, R-OPS-6). Registered after Wagtail's own actions
(hook order 1), which they replace."""

from django import forms
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log
from wagtail.users.views.bulk_actions import AssignRoleBulkAction, DeleteBulkAction, SetActiveStateBulkAction

from accounts.changes import log_user_change, user_roles
from accounts.privilege import (
    REFUSED_OWN_ROLES,
    REFUSED_PRIVILEGED_ACCOUNT,
    REFUSED_PRIVILEGED_ROLE,
    grantable_groups,
    log_refusal,
    may_change_roles,
    may_touch_account,
)


class GuardedUserBulkAction:
    """Mixin: accounts the actor may not touch are refused; every change is logged with its before and after."""

    def may_act_on(self, account) -> bool:
        return may_touch_account(self.request.user, account)

    def check_perm(self, obj):
        return super().check_perm(obj) and self.may_act_on(obj)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "actor": self.request.user}

    def log_refused_items(self, objects_without_access) -> None:
        for account in objects_without_access.get("items_with_no_access", []):
            reason = REFUSED_OWN_ROLES if account.pk == self.request.user.pk else REFUSED_PRIVILEGED_ACCOUNT
            log_refusal(self.request.user, account, f"bulk_{self.action_type}", reason)

    def log_extra(self) -> dict:
        return {"bulk_action": self.action_type}

    def before_execute(self, objects) -> None:
        pass

    def form_valid(self, form):
        with transaction.atomic():
            objects, objects_without_access = self.get_actionable_objects()
            self.log_refused_items(objects_without_access)
            before = {account.pk: user_roles(account) for account in objects}
            self.cleaned_form = form
            self.before_execute(objects)
            response = super().form_valid(form)
            for account in get_user_model().objects.filter(pk__in=before):
                log_user_change(account, before[account.pk], **self.log_extra())
        return response


class ActorForm(forms.Form):
    def __init__(self, *args, actor=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.actor = actor


class RoleForm(ActorForm):
    role = forms.ModelChoiceField(
        label=_("Vai trò"),
        queryset=None,
        error_messages={"invalid_choice": REFUSED_PRIVILEGED_ROLE},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["role"].queryset = grantable_groups(self.actor).order_by("name")


class GuardedAssignRole(GuardedUserBulkAction, AssignRoleBulkAction):
    form_class = RoleForm

    def may_act_on(self, account) -> bool:
        return may_change_roles(self.request.user, account)

    def form_invalid(self, form):
        if form.has_error("role", "invalid_choice"):
            log_refusal(self.request.user, self.request.user, "bulk_assign_role", REFUSED_PRIVILEGED_ROLE, role=form.data.get("role"))
        return super().form_invalid(form)


class ActivityForm(ActorForm):
    mark_as_active = forms.TypedChoiceField(
        choices=((True, _("Đang hoạt động")), (False, _("Vô hiệu hoá"))),
        label=_("Trạng thái"),
        widget=forms.RadioSelect,
        coerce=lambda value: value == "True",
    )
    reason = forms.CharField(
        label=_("Lý do"),
        widget=forms.Textarea(attrs={"rows": 3}),
        min_length=5,
        help_text=_("Ghi rõ lý do; lý do được lưu vào nhật ký hệ thống."),
    )


class GuardedSetActiveState(GuardedUserBulkAction, SetActiveStateBulkAction):
    form_class = ActivityForm

    def log_extra(self) -> dict:
        return {**super().log_extra(), "reason": self.cleaned_form.cleaned_data["reason"]}


class GuardedDelete(GuardedUserBulkAction, DeleteBulkAction):
    form_class = ActorForm

    def before_execute(self, objects) -> None:
        # Logged before the accounts go: the entry keeps each account's name (its label) and roles.
        for account in objects:
            log(instance=account, action="wagtail.delete", data={"bulk_action": "delete", "roles": user_roles(account)["groups"]})


BULK_ACTIONS = [GuardedAssignRole, GuardedSetActiveState, GuardedDelete]

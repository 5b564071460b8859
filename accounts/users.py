"""The admin's user screens, with two rules Wagtail leaves open (R-OPS-6, Art 7):
only a superuser may grant or remove superuser status, and nobody changes their own roles.
Every change of roles, superuser or active status is logged with what changed (R-OPS-3)."""

from wagtail.users.views import users

from accounts.changes import NO_ROLES, log_user_change, user_roles


class UserCreateView(users.CreateView):
    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        if not self.request.user.is_superuser:
            form.fields.pop("is_superuser", None)
        return form

    def save_instance(self):
        instance = super().save_instance()
        log_user_change(instance, NO_ROLES)
        return instance


class UserEditView(users.EditView):
    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.roles_before = user_roles(self.object)

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        if not self.request.user.is_superuser:
            form.fields.pop("is_superuser", None)
        if self.editing_self:
            form.fields.pop("groups", None)
        return form

    def save_instance(self):
        instance = super().save_instance()
        log_user_change(instance, self.roles_before)
        return instance


class UserViewSet(users.UserViewSet):
    add_view_class = UserCreateView
    edit_view_class = UserEditView

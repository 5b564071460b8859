"""The admin's user screens, with two rules Wagtail leaves open (R-OPS-6, Art 7):
only a superuser may grant or remove superuser status, and nobody changes their own roles."""

from wagtail.users.views import users


class UserCreateView(users.CreateView):
    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        if not self.request.user.is_superuser:
            form.fields.pop("is_superuser", None)
        return form


class UserEditView(users.EditView):
    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        if not self.request.user.is_superuser:
            form.fields.pop("is_superuser", None)
        if self.editing_self:
            form.fields.pop("groups", None)
        return form


class UserViewSet(users.UserViewSet):
    add_view_class = UserCreateView
    edit_view_class = UserEditView

"""Wagtail's group screens, logging which permissions an edit added or removed (R-OPS-3, R-OPS-6)."""

from wagtail.users.views import groups

from accounts.changes import group_grants, log_group_change


class GroupCreateView(groups.CreateView):
    def process_form(self):
        response = super().process_form()
        log_group_change(self.object, set())
        return response


class GroupEditView(groups.EditView):
    def process_form(self):
        before = group_grants(self.object)
        response = super().process_form()
        log_group_change(self.object, before)
        return response


class GroupViewSet(groups.GroupViewSet):
    add_view_class = GroupCreateView
    edit_view_class = GroupEditView

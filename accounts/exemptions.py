"""The screen where IT administrators keep the exemptions from the 45-day suspension (accounts/inactivity.py):
who, why, until when. Whoever controls accounts (auth.change_user, the IT Department's administrators, Art 7) may
add, change and remove them; Wagtail's generic views log each change (R-OPS-3)."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import BasePermissionPolicy

from accounts.models import InactivityExemption


class AccountControlPolicy(BasePermissionPolicy):
    """Every action on the model for those who may change accounts."""

    def user_has_permission(self, user, action):
        return user.is_active and user.has_perm("auth.change_user")

    def user_has_any_permission(self, user, actions):
        return self.user_has_permission(user, None)

    def users_with_any_permission(self, actions):
        change_user = Permission.objects.filter(content_type__app_label="auth", codename="change_user")
        holders = Q(is_superuser=True) | Q(groups__permissions__in=change_user) | Q(user_permissions__in=change_user)
        return get_user_model().objects.filter(holders, is_active=True).distinct()


class ExemptionCreateView(generic.CreateView):
    def save_instance(self):
        self.form.instance.created_by = self.request.user
        return super().save_instance()


class InactivityExemptionViewSet(ModelViewSet):
    model = InactivityExemption
    permission_policy = AccountControlPolicy(InactivityExemption)
    add_view_class = ExemptionCreateView
    form_fields = ["user", "reason", "expires_on"]
    list_display = ["user", "reason", "expires_on", "created_by"]
    icon = "time"
    menu_label = _("Miễn tạm ngừng tài khoản")
    add_to_settings_menu = True
    menu_order = 620
    copy_view_enabled = False
    inspect_view_enabled = False


exemption_viewset = InactivityExemptionViewSet("inactivity_exemptions", url_prefix="accounts/exemptions")

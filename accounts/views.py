from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from accounts.access import describe_accounts
from accounts.locking import LockRefused, lock_account, unlock_account
from accounts.models import AccountLock
from accounts.users import refuse_unless_may_touch

User = get_user_model()
account_policy = ModelPermissionPolicy(User)


def require_account_control(request):
    """Account control belongs to the IT Department's administrators (Art 7): change_user permission."""
    if not account_policy.user_has_permission(request.user, "change"):
        raise PermissionDenied


class AccountControlMenuItem(MenuItem):
    def is_shown(self, request):
        return account_policy.user_has_permission(request.user, "change")


class AccessReportView(ReportView):
    """Who can do what where, with last login, exportable as CSV (R-OPS-6)."""

    page_title = gettext_lazy("Tài khoản và quyền")
    header_icon = "user"
    index_url_name = "account_access"
    index_results_url_name = "account_access_results"
    permission_policy = account_policy
    permission_required = "change"
    paginate_by = 100
    columns = [
        TitleColumn("username", label=gettext_lazy("Tài khoản"), url_name="account_lock"),
        Column("full_name", label=gettext_lazy("Họ tên"), accessor="get_full_name"),
        Column("roles", label=gettext_lazy("Vai trò")),
        Column("access", label=gettext_lazy("Được làm gì, ở đâu")),
        DateColumn("last_login", label=gettext_lazy("Đăng nhập gần nhất")),
        StatusTagColumn("state", label=gettext_lazy("Trạng thái"), primary=lambda user: user.is_active),
    ]
    list_export = ["username", "get_full_name", "email", "roles", "access", "last_login", "state"]
    export_headings = {
        "username": gettext_lazy("Tài khoản"),
        "get_full_name": gettext_lazy("Họ tên"),
        "email": gettext_lazy("Thư điện tử"),
        "roles": gettext_lazy("Vai trò"),
        "access": gettext_lazy("Được làm gì, ở đâu"),
        "last_login": gettext_lazy("Đăng nhập gần nhất"),
        "state": gettext_lazy("Trạng thái"),
    }

    def get_queryset(self):
        return User.objects.prefetch_related("groups").order_by("username")

    def decorate_paginated_queryset(self, object_list):
        users = list(object_list)
        describe_accounts(users)
        return users

    def get_filename(self):
        return f"tai-khoan-va-quyen-{timezone.localdate():%Y-%m-%d}"


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Lý do"),
        widget=forms.Textarea(attrs={"rows": 3}),
        min_length=5,
        help_text=gettext_lazy("Ghi rõ lý do; lý do được lưu vào nhật ký hệ thống."),
    )


def account_lock(request, user_id):
    """Lock or unlock one account, with a reason."""
    require_account_control(request)
    account = get_object_or_404(User, pk=user_id)
    refuse_unless_may_touch(request, account, "lock")
    open_lock = AccountLock.objects.filter(user=account, released_at__isnull=True).select_related("locked_by").first()
    form = ReasonForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            if open_lock:
                unlock_account(account, by=request.user, reason=form.cleaned_data["reason"])
                messages.success(request, _("Đã mở khoá tài khoản %(user)s.") % {"user": account.get_username()})
            else:
                lock_account(account, by=request.user, reason=form.cleaned_data["reason"])
                messages.success(request, _("Đã khoá tài khoản %(user)s.") % {"user": account.get_username()})
            return redirect("account_access")
        except LockRefused as refusal:
            form.add_error(None, str(refusal))
    return TemplateResponse(request, "accounts/lock_account.html", {"account": account, "open_lock": open_lock, "form": form})

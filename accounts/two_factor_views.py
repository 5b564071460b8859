"""The admin screens of two-factor authentication (accounts/two_factor.py): enrolment with a QR code, the second step
at login, new backup codes, and the reset of an account's devices by an IT administrator."""

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts import two_factor
from accounts.users import refuse_unless_may_touch
from accounts.views import ReasonForm, require_account_control


class CodeForm(forms.Form):
    code = forms.CharField(
        label=gettext_lazy("Mã xác thực"),
        max_length=20,
        help_text=gettext_lazy("6 chữ số trong ứng dụng xác thực, hoặc một mã dự phòng."),
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "text", "autofocus": True}),
    )


def safe_next(request) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return target
    return "/admin/"


def verify(request):
    """The second step at login."""
    if not two_factor.is_enrolled(request.user):
        return redirect("two_factor_setup")
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if two_factor.verify(request, form.cleaned_data["code"]):
            return redirect(safe_next(request))
        form.add_error("code", _("Mã không đúng hoặc đã hết hạn. Nếu nhập sai nhiều lần, hãy chờ vài giây trước khi thử lại."))
    return TemplateResponse(request, "accounts/two_factor_verify.html", {"form": form, "next": safe_next(request)})


def setup(request):
    """Enrolment (scan, then type the first code), or, once enrolled and verified, the state and new backup codes."""
    user = request.user
    if two_factor.is_enrolled(user):
        if not user.is_verified():
            return redirect("two_factor_verify")
        context = {"enrolled": True, "remaining": two_factor.remaining_backup_codes(user)}
        if request.method == "POST":
            context["codes"] = two_factor.renew_backup_codes(request)
            context["remaining"] = len(context["codes"])
        return TemplateResponse(request, "accounts/two_factor_setup.html", context)
    device = two_factor.pending_device(user)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        codes = two_factor.confirm_enrolment(request, form.cleaned_data["code"])
        if codes:
            context = {"enrolled": True, "codes": codes, "remaining": len(codes), "next": safe_next(request)}
            return TemplateResponse(request, "accounts/two_factor_setup.html", context)
        form.add_error("code", _("Mã không đúng. Hãy kiểm tra giờ trên điện thoại và nhập mã đang hiển thị."))
    context = {
        "enrolled": False,
        "form": form,
        "qr_code": two_factor.qr_code_svg(device),
        "secret": two_factor.secret_for_typing(device),
        "next": safe_next(request),
    }
    return TemplateResponse(request, "accounts/two_factor_setup.html", context)


def reset(request, user_id):
    """An IT administrator removes an account's devices, with a reason (lost phone and backup codes)."""
    require_account_control(request)
    account = get_object_or_404(get_user_model(), pk=user_id)
    refuse_unless_may_touch(request, account, "otp_reset")
    form = ReasonForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        two_factor.reset(account, by=request.user, reason=form.cleaned_data["reason"])
        messages.success(request, _("Đã đặt lại xác thực hai bước của %(user)s.") % {"user": account.get_username()})
        return redirect("account_access")
    context = {"account": account, "form": form, "enrolled": two_factor.is_enrolled(account)}
    return TemplateResponse(request, "accounts/two_factor_reset.html", context)

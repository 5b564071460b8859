"""The security events report (R-OPS-2) for the IT administrators and superusers: what accounts/security_events.py
finds over a period, the lockouts still running (with a reset button), unusual activity, and a CSV export whose
cells cannot run as spreadsheet formulas."""

import csv
from datetime import datetime, time, timedelta

from django import forms
from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.widgets import AdminDateInput

from accounts import roles, security_events
from accounts.exports import neutralise_formula
from accounts.lockout import LOCKOUT, current_lockout, reset_lockout

LONGEST_PERIOD = timedelta(days=366)


class PeriodForm(forms.Form):
    since = forms.DateField(label=gettext_lazy("Từ ngày"), required=False, widget=AdminDateInput)
    until = forms.DateField(label=gettext_lazy("Đến ngày"), required=False, widget=AdminDateInput)
    category = forms.ChoiceField(label=gettext_lazy("Loại sự kiện"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["category"].choices = [("", _("Tất cả")), *((key, label) for key, (label, _a) in security_events.CATEGORIES.items())]

    def clean(self):
        data = super().clean()
        if data.get("since") and data.get("until") and data["since"] > data["until"]:
            raise forms.ValidationError(_("Ngày bắt đầu phải trước ngày kết thúc."))
        return data

    def period(self):
        since, until = security_events.default_period()
        if self.is_valid():
            if self.cleaned_data["until"]:
                until = timezone.make_aware(datetime.combine(self.cleaned_data["until"] + timedelta(days=1), time.min))
            if self.cleaned_data["since"]:
                since = timezone.make_aware(datetime.combine(self.cleaned_data["since"], time.min))
            elif self.cleaned_data["until"]:
                since = until - timedelta(days=7)
        return max(since, until - LONGEST_PERIOD), until

    def chosen_category(self) -> str:
        return self.cleaned_data.get("category", "") if self.is_valid() else ""


may_read_security_events = roles.may_read_security_events


def forbidden(request):
    return TemplateResponse(request, "accounts/security_forbidden.html", {}, status=403)


def security_report(request):
    if not may_read_security_events(request.user):
        return forbidden(request)
    if request.method == "POST":
        return reset(request)
    form = PeriodForm(request.GET or None)
    since, until = form.period()
    events = security_events.events(since, until, form.chosen_category())
    if request.GET.get("export") == "csv":
        return export_csv(events, since, until)
    context = {
        "form": form,
        "since": timezone.localtime(since),
        "until": timezone.localtime(until),
        "events": events[:500],
        "truncated": len(events) > 500,
        "running_lockouts": running_lockouts(),
        "busy_addresses": security_events.failures_by_address(since, until),
        "night_logins": security_events.night_logins(since, until),
        "threshold": security_events.MANY_FAILURES_PER_ADDRESS,
        "query": request.GET.urlencode(),
    }
    return TemplateResponse(request, "accounts/security_report.html", context)


def running_lockouts() -> list[dict]:
    now = timezone.now()
    recent = security_events.entries([LOCKOUT], now - timedelta(days=1), now + timedelta(minutes=1))
    running, seen = [], set()
    for entry in recent:
        pair = (entry.data.get("username", ""), entry.data.get("ip"))
        if pair in seen:
            continue
        seen.add(pair)
        if current_lockout(*pair) is not None:
            running.append({"username": pair[0], "ip": pair[1] or "", "entry": entry})
    return running


def reset(request):
    username = request.POST.get("username", "")[:150]
    ip = request.POST.get("ip") or None
    if current_lockout(username, ip) is None:
        messages.error(request, _("Không còn khoá đăng nhập nào của “%(username)s” từ %(ip)s.") % {"username": username, "ip": ip or "?"})
    else:
        reset_lockout(username, ip, by=request.user)
        messages.success(request, _("Đã mở khoá đăng nhập “%(username)s” từ %(ip)s.") % {"username": username, "ip": ip or "?"})
    return redirect("security_report")


def export_csv(events, since, until) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    filename = f"su-kien-an-ninh-{timezone.localtime(since):%Y-%m-%d}-{timezone.localtime(until):%Y-%m-%d}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")  # so that Excel reads UTF-8 (Vietnamese) correctly
    writer = csv.writer(response)
    writer.writerow([_("Thời gian"), _("Loại"), _("Hành động"), _("Tài khoản"), _("Địa chỉ IP"), _("Số lần"), _("Chi tiết")])
    for event in events:
        row = [event.local_time, event.category_label, event.action, event.account, event.ip, event.count, event.message]
        writer.writerow([neutralise_formula(str(cell)) for cell in row])
    return response

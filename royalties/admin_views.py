"""The ledger in the admin, /admin/royalties/ (R-ROY-1): the months each person may see, a month's lines, the Standing
Board's adjustments, the Chief Editor's approval (never by whoever adjusted), reopening with a reason, a contributor's
payment details (the Standing Board, the Chief Editor and the accountant; each showing logged)."""

from decimal import Decimal, InvalidOperation

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from defence import personal_data
from editorial.rules import ActionRefused
from royalties import access, ledger
from royalties.models import PAYMENT_FIELDS, Contributor, Period, RoyaltyLine

MASKS = {"tax_code": personal_data.mask_digits, "citizen_id": personal_data.mask_digits, "bank_account": personal_data.mask_digits}


class AdjustForm(forms.Form):
    coefficient = forms.DecimalField(label=gettext_lazy("Hệ số"), min_value=Decimal(0), max_digits=6, decimal_places=2)
    share = forms.DecimalField(
        label=gettext_lazy("Tỷ lệ hưởng"), min_value=Decimal(0), max_value=Decimal(1), max_digits=4, decimal_places=3
    )


class ReopenForm(forms.Form):
    reason = forms.CharField(label=gettext_lazy("Lý do mở lại"), widget=forms.Textarea(attrs={"rows": 2}))


def index(request):
    if not access.may_open_ledger(request.user):
        raise PermissionDenied
    periods = access.visible_periods(request.user).select_related("portal_site")
    rows = [(period, ledger.total(period)) for period in periods]
    years = sorted({(period.portal_site, period.month.year) for period in periods}, key=lambda pair: (-pair[1], pair[0].pk))
    funds = [(portal_site, ledger.budget_use(portal_site, year)) for portal_site, year in years]
    context = {"rows": rows, "funds": funds, "quarters": [1, 2, 3, 4]}
    return TemplateResponse(request, "royalties/admin/index.html", context)


def _period_context(request, period, reopen_form=None, errors=None):
    user = request.user
    month_total = ledger.total(period)
    people = {}
    for line in period.lines.select_related("contributor"):
        people.setdefault(line.contributor_id, [line.contributor, Decimal(0)])[1] += line.amount
    return {
        "period": period,
        "budget": ledger.budget_use(period.portal_site, period.month.year, month_total),
        "people": sorted(people.values(), key=lambda pair: pair[0].name),
        "lines": period.lines.select_related("contributor", "genre", "page").order_by("published_at", "pk"),
        "total": month_total,
        "may_adjust": access.may_adjust(user, period) and not period.is_locked,
        "may_approve": access.may_approve(user, period) and not period.is_locked,
        "may_reopen": access.may_approve(user, period) and period.is_locked,
        "may_read_payment_details": access.may_read_payment_details(user),
        "reopen_form": reopen_form or ReopenForm(),
        "errors": errors or [],
    }


def period_view(request, period_id):
    period = get_object_or_404(access.visible_periods(request.user), pk=period_id)
    return TemplateResponse(request, "royalties/admin/period.html", _period_context(request, period))


def _refused(request, period, message, reopen_form=None):
    context = _period_context(request, period, reopen_form=reopen_form, errors=[message])
    return TemplateResponse(request, "royalties/admin/period.html", context, status=400)


def adjust(request, line_id):
    line = get_object_or_404(RoyaltyLine.objects.select_related("period__portal_site", "genre"), pk=line_id)
    if request.method != "POST" or not access.visible_periods(request.user).filter(pk=line.period_id).exists():
        raise PermissionDenied
    if not access.may_adjust(request.user, line.period):
        raise PermissionDenied
    form = AdjustForm(request.POST)
    if not form.is_valid():
        return _refused(request, line.period, _("Hệ số và tỷ lệ hưởng phải là số (tỷ lệ từ 0 đến 1)."))
    try:
        ledger.adjust(line, request.user, form.cleaned_data["coefficient"], form.cleaned_data["share"])
    except (ActionRefused, InvalidOperation) as refusal:
        return _refused(request, line.period, str(refusal))
    messages.success(request, _("Đã điều chỉnh dòng nhuận bút của “%(title)s”.") % {"title": line.title})
    return redirect("royalties_period", line.period_id)


def approve(request, period_id):
    period = get_object_or_404(access.visible_periods(request.user), pk=period_id)
    if request.method != "POST" or not access.may_approve(request.user, period):
        raise PermissionDenied
    try:
        ledger.approve(period, request.user)
    except ActionRefused as refusal:
        return _refused(request, period, str(refusal))
    messages.success(request, _("Đã duyệt và khoá kỳ %(period)s.") % {"period": period})
    return redirect("royalties_period", period.pk)


def reopen(request, period_id):
    period = get_object_or_404(access.visible_periods(request.user), pk=period_id)
    if request.method != "POST" or not access.may_approve(request.user, period):
        raise PermissionDenied
    form = ReopenForm(request.POST)
    if not form.is_valid():
        return _refused(request, period, _("Mở lại kỳ đã khoá cần ghi lý do."), reopen_form=form)
    try:
        ledger.reopen(period, request.user, form.cleaned_data["reason"])
    except ActionRefused as refusal:
        return _refused(request, period, str(refusal), reopen_form=form)
    messages.success(request, _("Đã mở lại kỳ %(period)s.") % {"period": period})
    return redirect("royalties_period", period.pk)


def contributor_view(request, contributor_id):
    """A contributor's payment details: shown and logged for those who may read them, masked for the others."""
    if not access.may_open_ledger(request.user):
        raise PermissionDenied
    contributor = get_object_or_404(Contributor, pk=contributor_id)
    periods = access.visible_periods(request.user)
    if not access.sees_every_ledger(request.user) and not contributor.lines.filter(period__in=periods).exists():
        raise PermissionDenied
    shown = access.may_read_payment_details(request.user)
    if shown:
        personal_data.log_view(contributor, request.user, "payment")
    rows = []
    for name in PAYMENT_FIELDS:
        value = getattr(contributor, name)
        rows.append((Contributor._meta.get_field(name).verbose_name, value if shown else MASKS.get(name, personal_data.mask)(value)))
    lines = contributor.lines.filter(period__in=periods).select_related("period__portal_site")
    context = {"contributor": contributor, "rows": rows, "shown": shown, "lines": lines}
    return TemplateResponse(request, "royalties/admin/contributor.html", context)


def period_for_export(request, period_id) -> Period:
    period = get_object_or_404(access.visible_periods(request.user), pk=period_id)
    if not access.may_export(request.user, period):
        raise PermissionDenied
    return period

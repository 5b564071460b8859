"""Locking every account of one component site at once, in an emergency, and undoing it (R-OPS-6, Art 7.3): the
IT administrators' screen, built on accounts.locking."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from accounts.locking import lock_site_accounts, site_accounts, unlock_site_accounts
from accounts.models import AccountLock
from accounts.views import ReasonForm, require_account_control
from subsites.models import PortalSite


def site_lockdown(request):
    """Lock every account of one component site at once (emergency, Art 7.3), and undo it."""
    require_account_control(request)
    portal_sites = list(PortalSite.objects.filter(is_main_portal=False).select_related("site"))
    errors = {}
    if request.method == "POST":
        portal_site = get_object_or_404(PortalSite, pk=request.POST.get("portal_site"), is_main_portal=False)
        form = ReasonForm(request.POST)
        if form.is_valid():
            reason = form.cleaned_data["reason"]
            if request.POST.get("action") == "unlock":
                reopened = unlock_site_accounts(portal_site, by=request.user, reason=reason)
                messages.success(
                    request, _("%(site)s: đã mở lại %(count)d tài khoản.") % {"site": portal_site.name, "count": len(reopened)}
                )
            else:
                locked = lock_site_accounts(portal_site, by=request.user, reason=reason)
                messages.warning(request, _("%(site)s: đã khoá %(count)d tài khoản.") % {"site": portal_site.name, "count": len(locked)})
            return redirect("account_site_lockdown")
        errors[portal_site.pk] = form
    rows = []
    for portal_site in portal_sites:
        accounts = site_accounts(portal_site)
        rows.append(
            {
                "portal_site": portal_site,
                "active": accounts.filter(is_active=True).count(),
                "emergency_locked": AccountLock.objects.filter(portal_site=portal_site, released_at__isnull=True).count(),
                "form": errors.get(portal_site.pk) or ReasonForm(auto_id=f"id_site{portal_site.pk}_%s"),
            }
        )
    return TemplateResponse(request, "subsites/site_lockdown.html", {"rows": rows})

"""The public side of the register: the form of Art 9 on the main portal (R-IN-1), and the page where a sender
completes what the Standing Board asked for (R-IN-6)."""

from django.http import Http404
from django.shortcuts import render
from wagtail.models import Site

from defence.spam import throttled
from intake import notifications
from intake.forms import SubmissionForm
from intake.models import Channel
from intake.register import register
from subsites.models import PortalSite

FORM_TEMPLATE = "intake/submission_form.html"


def main_portal_only(request):
    site = Site.find_for_request(request)
    if site is None or not PortalSite.objects.filter(site=site, is_main_portal=True).exists():
        raise Http404


def submission(request):
    main_portal_only(request)
    if request.method != "POST":
        return render(request, FORM_TEMPLATE, {"form": SubmissionForm()})
    form = SubmissionForm(request.POST, request.FILES)
    if throttled(request, "intake"):
        # The form is shown again as typed, without being checked: nothing of it is kept.
        return render(request, FORM_TEMPLATE, {"form": form, "throttled": True}, status=429)
    if not form.is_valid():
        return render(request, FORM_TEMPLATE, {"form": form}, status=400)
    entry = register(Channel.WEB, form.cleaned_data, form.cleaned_data["attachments"])
    notifications.acknowledge(entry)
    return render(request, "intake/received.html", {"entry": entry})

"""Completion requests (R-IN-6, Art 11.2): the Standing Board asks the sender for what is missing; the sender adds it
through a signed link that expires, without an account. Unanswered after 1 working day, the entry is flagged."""

from django import forms
from django.conf import settings
from django.core import signing
from django.db import transaction
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from defence.spam import SpamDefenceMixin, throttled
from intake import deadlines, notifications
from intake.attachments import AttachmentsField
from intake.models import Entry, Event, State
from intake.register import add_attachment

SALT = "intake.completion"


class CompletionForm(SpamDefenceMixin, forms.Form):
    addition = forms.CharField(
        label=_("Nội dung bổ sung"),
        max_length=50_000,
        widget=forms.Textarea(attrs={"rows": 8}),
        error_messages={"required": _("Hãy nhập nội dung bổ sung.")},
    )
    attachments = AttachmentsField(label=_("Tệp đính kèm"))


def link_for(entry: Entry) -> str:
    token = signing.dumps({"e": entry.pk, "n": entry.completion_nonce}, salt=SALT)
    return settings.WAGTAILADMIN_BASE_URL + reverse("intake_completion", args=[token])


@transaction.atomic
def ask(entry: Entry, user, request_text: str) -> str:
    now = timezone.now()
    entry.state = State.AWAITING_COMPLETION
    entry.completion_requested_at = now
    entry.completion_due_at = deadlines.completion_deadline(now)
    entry.completion_request = request_text
    entry.new_completion_nonce()
    entry.save()
    Event.objects.create(entry=entry, kind=Event.Kind.ASKED, user=user, note=request_text)
    link = link_for(entry)
    notifications.completion_request(entry, link)
    return link


def entry_for(token: str) -> Entry:
    try:
        signed = signing.loads(token, salt=SALT, max_age=settings.INTAKE_COMPLETION_LINK_DAYS * 86400)
        entry = Entry.objects.get(pk=int(signed["e"]), state=State.AWAITING_COMPLETION)
    except (signing.BadSignature, KeyError, TypeError, ValueError, Entry.DoesNotExist):
        raise Http404 from None
    if not entry.completion_nonce or signed.get("n") != entry.completion_nonce:
        raise Http404  # answered already, or a newer request replaced this link
    return entry


def complete(request, token):
    entry = entry_for(token)
    form = CompletionForm(request.POST or None, request.FILES or None)
    context = {"entry": entry, "form": form}
    if request.method != "POST":
        return render(request, "intake/completion_form.html", context)
    if throttled(request, "intake-completion"):
        return render(request, "intake/completion_form.html", {**context, "throttled": True}, status=429)
    if not form.is_valid():
        return render(request, "intake/completion_form.html", context, status=400)
    with transaction.atomic():
        entry.content = f"{entry.content}\n\n— {_('Bổ sung')} {timezone.localtime():%d/%m/%Y %H:%M} —\n{form.cleaned_data['addition']}"
        entry.state, entry.completion_nonce = State.COMPLETED, ""
        entry.save()
        for upload in form.cleaned_data["attachments"]:
            add_attachment(entry, upload)
        Event.objects.create(entry=entry, kind=Event.Kind.COMPLETED, note=form.cleaned_data["addition"][:500])
    return render(request, "intake/completed.html", {"entry": entry})


def flag_unanswered() -> int:
    """Entries whose completion request went unanswered past its deadline: flagged once for the Board's decision."""
    flagged = 0
    for entry in Entry.objects.filter(state=State.AWAITING_COMPLETION, completion_due_at__lt=timezone.now()).exclude(
        events__kind=Event.Kind.FLAGGED
    ):
        Event.objects.create(entry=entry, kind=Event.Kind.FLAGGED)
        flagged += 1
    return flagged

"""The public side of citizens' questions (R-CONT-5): the form at /hoi-dap/gui-cau-hoi/ on every site that has a
Q&A section, and /hoi-dap/tra-cuu/ — the state of a question from its code, with no personal data; while the unit
waits for a clarification, the asker gives it there (code and e-mail)."""

import hmac

from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from wagtail.models import Site

from defence.spam import exceeded, throttled
from editorial.rules import ActionRefused
from home.trees import site_roots, within
from qa.models import QuestionIndexPage
from questions import handling
from questions.forms import ClarificationForm, QuestionForm, TrackingForm
from questions.models import Question, State
from subsites.models import PortalSite

FORM_TEMPLATE = "questions/ask.html"
TRACKING_TEMPLATE = "questions/tracking.html"
LOOKUP_MISSES = "questions-lookup-misses"


def portal_site_with_qa(request) -> PortalSite | None:
    """The site asked, if it has a Q&A section; otherwise the address does not exist there."""
    site = Site.find_for_request(request)
    if site is None or not QuestionIndexPage.objects.live().filter(within(site_roots(site))).exists():
        raise Http404
    return PortalSite.objects.filter(site=site).first()


def ask(request):
    portal_site = portal_site_with_qa(request)
    if request.method != "POST":
        return render(request, FORM_TEMPLATE, {"form": QuestionForm()})
    form = QuestionForm(request.POST, request.FILES)
    if throttled(request, "questions"):
        return render(request, FORM_TEMPLATE, {"form": form, "throttled": True}, status=429)
    if not form.is_valid():
        return render(request, FORM_TEMPLATE, {"form": form}, status=400)
    earlier = handling.find_duplicate(form.cleaned_data["email"], form.cleaned_data["text"])
    if earlier is not None:
        return render(request, "questions/received.html", {"question": earlier, "duplicate": True})
    question = handling.receive(form.cleaned_data, portal_site)
    return render(request, "questions/received.html", {"question": question})


def public_events(question: Question):
    return question.events.filter(public=True)


@never_cache  # one asker's question, and its state changes: kept by no cache (the page cache, a CDN, a proxy)
def tracking(request):
    portal_site_with_qa(request)
    if request.method == "POST":
        return _clarify(request)
    form = TrackingForm(request.GET or None)
    question = None
    if form.is_valid():
        # Codes are not to be guessed: an address that missed too often this hour is refused any lookup.
        if exceeded(request, LOOKUP_MISSES):
            return render(request, TRACKING_TEMPLATE, {"form": TrackingForm(), "throttled": True}, status=429)
        question = Question.objects.filter(tracking_code=form.cleaned_data["code"]).exclude(state=State.SPAM).first()
        if question is None:
            throttled(request, LOOKUP_MISSES)  # counts the miss
            form.add_error("code", _("Không tìm thấy câu hỏi với mã này. Hãy kiểm tra lại mã trong thư xác nhận."))
    return render(request, TRACKING_TEMPLATE, _tracking_context(form, question), status=400 if form.errors else 200)


def _tracking_context(form, question, clarification_form=None):
    context = {"form": form, "question": question}
    if question is not None:
        context["events"] = public_events(question)
        if question.state == State.CLARIFICATION:
            context["clarification_form"] = clarification_form or ClarificationForm(initial={"code": question.tracking_code})
    return context


def _clarify(request):
    form = ClarificationForm(request.POST)
    if throttled(request, "questions"):
        return render(request, TRACKING_TEMPLATE, {"form": TrackingForm(), "clarification_form": form, "throttled": True}, status=429)
    question = None
    if form.is_valid():
        question = Question.objects.filter(tracking_code=form.cleaned_data["code"], state=State.CLARIFICATION).first()
        if question is None or not hmac.compare_digest(question.email_digest, handling.email_digest(form.cleaned_data["email"])):
            question = None
            form.add_error("email", _("Mã tra cứu và thư điện tử không khớp với câu hỏi nào đang chờ làm rõ."))
    if question is None:
        lookup = TrackingForm(initial={"code": request.POST.get("code", "")})
        return render(request, TRACKING_TEMPLATE, {"form": lookup, "clarification_form": form}, status=400)
    try:
        handling.clarify(question, form.cleaned_data["clarification"])
    except ActionRefused as refusal:
        form.add_error(None, str(refusal))
        return render(request, TRACKING_TEMPLATE, _tracking_context(TrackingForm(), question, form), status=400)
    context = _tracking_context(TrackingForm(initial={"code": question.tracking_code}), question)
    return render(request, TRACKING_TEMPLATE, context | {"clarified": True})

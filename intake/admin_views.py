"""The register in the admin, /admin/intake/ (R-IN-1…R-IN-6): the listing with its filters, an entry with its time
line and deadlines, the Standing Board's decisions, letters registered by hand, attachments. Personal data is shown
to the Standing Board and the Chief Editor only, each showing logged (defence.personal_data); masked for others."""

import datetime

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import FileResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from defence import personal_data
from editorial.calendar import VIETNAM
from editorial.rules import ActionRefused
from intake import completion, deadlines, triage
from intake.access import is_register_keeper, may_open_register, may_read_personal_data, visible_entries
from intake.admin_forms import Decision, DecisionForm, FilterForm, LetterForm
from intake.models import SENDER_FIELDS, Channel, Entry, State
from intake.register import add_attachment, register

PER_PAGE = 50
MASKS = {"full_name": personal_data.mask_name, "email": personal_data.mask_email, "phone": personal_data.mask_digits}
MASKS |= {"citizen_id": personal_data.mask_digits, "tax_code": personal_data.mask_digits}


def sender_rows(entry: Entry, shown: bool) -> list[tuple[str, str]]:
    rows = [(Entry._meta.get_field("organisation").verbose_name, entry.organisation)]
    for name in SENDER_FIELDS:
        value = getattr(entry, name)
        rows.append((Entry._meta.get_field(name).verbose_name, value if shown else MASKS.get(name, personal_data.mask)(value)))
    return rows


def awaiting_decision():
    """Completion requests unanswered past their working day (R-IN-6): the Standing Board decides."""
    return Entry.objects.filter(state=State.AWAITING_COMPLETION, completion_due_at__lt=timezone.now())


def index(request):
    if not may_open_register(request.user):
        raise PermissionDenied
    filters = FilterForm(request.GET or None)
    entries = filters.filter(visible_entries(request.user)).select_related("target_site", "target_unit")
    page = Paginator(entries, PER_PAGE).get_page(request.GET.get("p"))
    rows = [(entry, personal_data.mask_name(entry.full_name)) for entry in page.object_list]
    flagged = awaiting_decision() if is_register_keeper(request.user) else []
    context = {"filters": filters, "page": page, "rows": rows, "keeper": is_register_keeper(request.user), "flagged": flagged}
    return TemplateResponse(request, "intake/admin/index.html", context)


def entry_view(request, entry_id):
    entry = get_object_or_404(visible_entries(request.user), pk=entry_id)
    shown = may_read_personal_data(request.user)
    if shown:
        personal_data.log_view(entry, request.user, "sender")
    return TemplateResponse(request, "intake/admin/entry.html", _entry_context(request, entry, shown, DecisionForm(entry=entry)))


def _entry_context(request, entry, shown, form):
    publishing_due = deadlines.publishing_deadline(entry.received_at, entry.page.specific) if entry.page_id else None
    submitted = None
    if entry.page_id and entry.page.latest_revision_id:
        submitted = entry.page.latest_revision.created_at
    return {
        "entry": entry,
        "sender": sender_rows(entry, shown),
        "personal_data_shown": shown,
        "keeper": is_register_keeper(request.user),
        "form": form,
        "events": entry.events.select_related("user"),
        "attachments": entry.attachments.all(),
        "publishing_due": publishing_due,
        "draft_created": submitted,
    }


def decide(request, entry_id):
    if request.method != "POST" or not is_register_keeper(request.user):
        raise PermissionDenied
    entry = get_object_or_404(Entry, pk=entry_id)
    form = DecisionForm(request.POST, entry=entry)
    if not form.is_valid():
        personal_data.log_view(entry, request.user, "sender")  # the page is shown again, with the sender
        return TemplateResponse(request, "intake/admin/entry.html", _entry_context(request, entry, True, form), status=400)
    data, user = form.cleaned_data, request.user
    try:
        if data["decision"] == Decision.PUBLISH:
            article = triage.publish_on_main_portal(entry, user, data["section"])
            messages.success(request, _("Đã tạo tin bài nháp “%(title)s” trên Cổng chính.") % {"title": article.title})
            return redirect("wagtailadmin_pages:edit", article.pk)
        if data["decision"] == Decision.FORWARD:
            triage.forward(entry, user, data["portal_site"])
        elif data["decision"] == Decision.ROUTE:
            triage.route(entry, user, data["unit"])
        elif data["decision"] == Decision.REFUSE:
            triage.refuse(entry, user, data["reason"], data["comment"])
        elif data["decision"] == Decision.ASK:
            if not entry.is_open:
                raise ActionRefused(_("Thông tin này đã được xử lý."))
            completion.ask(entry, user, data["comment"])
    except ActionRefused as refusal:
        messages.error(request, str(refusal))
        return redirect("intake_entry", entry.pk)
    messages.success(request, _("Đã ghi quyết định: %(decision)s.") % {"decision": Decision(data["decision"]).label})
    return redirect("intake_entry", entry.pk)


def attachment(request, entry_id, attachment_id):
    entry = get_object_or_404(visible_entries(request.user), pk=entry_id)
    item = get_object_or_404(entry.attachments, pk=attachment_id)
    personal_data.log_view(entry, request.user, "attachment")  # a scan or an e-mail shows who sent it
    return FileResponse(item.file.open("rb"), as_attachment=True, filename=item.name)


def letter(request):
    """A letter registered by hand: the Standing Board types what it says and uploads its scan (R-IN-1)."""
    if not is_register_keeper(request.user):
        raise PermissionDenied
    form = LetterForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        received_at = datetime.datetime.combine(data["received_on"], datetime.time(8), VIETNAM)
        if data["received_on"] == timezone.localdate():
            received_at = timezone.now()
        entry = register(
            Channel.LETTER,
            data,
            (),
            received_at=received_at,
            user=request.user,
            note=data["reference_number"],
            reference_number=data["reference_number"],
        )
        for upload in data["scan"]:
            add_attachment(entry, upload, is_scan=True)
        messages.success(request, _("Đã vào sổ văn bản %(number)s.") % {"number": entry.reference_number})
        return redirect("intake_entry", entry.pk)
    return TemplateResponse(request, "intake/admin/letter.html", {"form": form}, status=400 if form.errors else 200)

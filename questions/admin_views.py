"""Citizens' questions in the admin, /admin/questions/ (R-CONT-5): a unit's focal point sees its unit's questions,
the Standing Board and the Chief Editor all of them. The asker's personal data is shown to the handling focal
point, the Standing Board and the Chief Editor only, each showing logged (defence.personal_data)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from defence import personal_data
from editorial.rules import ActionRefused
from questions import handling, publishing
from questions.access import handles, is_keeper, may_open, may_read_personal_data, visible_questions
from questions.admin_forms import Action, ActionForm, PrivateForm
from questions.models import State

PER_PAGE = 50
MASKS = {"full_name": personal_data.mask_name, "email": personal_data.mask_email, "phone": personal_data.mask_digits}


def index(request):
    if not may_open(request.user):
        raise PermissionDenied
    questions = visible_questions(request.user).select_related("unit", "subject_area")
    state = request.GET.get("state", "")
    if state in State.values:
        questions = questions.filter(state=state)
    page = Paginator(questions, PER_PAGE).get_page(request.GET.get("p"))
    context = {"page": page, "states": State.choices, "chosen_state": state, "keeper": is_keeper(request.user)}
    return TemplateResponse(request, "questions/admin/index.html", context)


def _asker(question, shown: bool) -> list[tuple[str, str]]:
    rows = []
    for name in ("full_name", "email", "phone"):
        value = getattr(question, name)
        rows.append((question._meta.get_field(name).verbose_name, value if shown else MASKS[name](value)))
    return rows


def _context(request, question, form=None, private_form=None):
    shown = may_read_personal_data(request.user, question)
    if shown and question.personal_data_erased_at is None:
        personal_data.log_view(question, request.user, "asker")
    return {
        "question": question,
        "asker": _asker(question, shown),
        "personal_data_shown": shown,
        "may_act": handles(request.user, question),
        "form": form or ActionForm(question=question),
        "private_form": private_form or PrivateForm(),
        "events": question.events.select_related("user"),
    }


def detail(request, question_id):
    question = get_object_or_404(visible_questions(request.user), pk=question_id)
    return TemplateResponse(request, "questions/admin/question.html", _context(request, question))


def _acting_on(request, question_id):
    if request.method != "POST":
        raise Http404
    question = get_object_or_404(visible_questions(request.user), pk=question_id)
    if not handles(request.user, question):
        raise PermissionDenied
    return question


def act(request, question_id):
    question = _acting_on(request, question_id)
    form = ActionForm(request.POST, question=question)
    if not form.is_valid():
        return TemplateResponse(request, "questions/admin/question.html", _context(request, question, form=form), status=400)
    data, user = form.cleaned_data, request.user
    try:
        if data["action"] == Action.CLARIFY:
            handling.ask_clarification(question, user, data["note"])
        elif data["action"] == Action.ANSWER:
            handling.answer(question, user, data["answer"])
        elif data["action"] == Action.REASSIGN:
            handling.reassign(question, user, data["unit"], data["note"])
        elif data["action"] == Action.NOT_OUR_COMPETENCE:
            handling.close(question, user, State.NOT_OUR_COMPETENCE, data["competent_body"], competent_body=data["competent_body"])
        elif data["action"] == Action.DUPLICATE:
            handling.close(question, user, State.DUPLICATE, data["duplicate_of"].tracking_code, duplicate_of=data["duplicate_of"])
        elif data["action"] == Action.SPAM:
            handling.close(question, user, State.SPAM)
    except ActionRefused as refusal:
        messages.error(request, str(refusal))
        return redirect("questions_detail", question.pk)
    messages.success(request, _("Đã ghi: %(action)s.") % {"action": Action(data["action"]).label})
    if not visible_questions(user).filter(pk=question.pk).exists():
        return redirect("questions_index")  # reassigned away from the focal point's unit
    return redirect("questions_detail", question.pk)


def publish(request, question_id):
    question = _acting_on(request, question_id)
    try:
        page = publishing.draft_and_submit(question, request.user)
    except ActionRefused as refusal:
        messages.error(request, str(refusal))
        return redirect("questions_detail", question.pk)
    messages.success(request, _("Đã tạo trang hỏi đáp “%(title)s” và gửi duyệt.") % {"title": page.title})
    return redirect("questions_detail", question.pk)


def send_privately(request, question_id):
    question = _acting_on(request, question_id)
    form = PrivateForm(request.POST)
    if not form.is_valid():
        return TemplateResponse(request, "questions/admin/question.html", _context(request, question, private_form=form), status=400)
    try:
        handling.send_privately(question, request.user, form.cleaned_data["reason"])
    except ActionRefused as refusal:
        messages.error(request, str(refusal))
        return redirect("questions_detail", question.pk)
    messages.success(request, _("Đã gửi câu trả lời riêng cho người hỏi."))
    return redirect("questions_detail", question.pk)


def attachment(request, question_id):
    question = get_object_or_404(visible_questions(request.user), pk=question_id)
    if not question.attachment or not handles(request.user, question):
        raise Http404
    personal_data.log_view(question, request.user, "attachment")  # the asker's own file may name them
    return FileResponse(question.attachment.open("rb"), as_attachment=True, filename=question.attachment_name)

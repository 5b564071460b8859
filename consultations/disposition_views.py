"""The screens of disposition and report in the admin (issue 15, items 4 and 5), /admin/consultations/du-thao/<id>/:
the published comments of a closed draft grouped by article in the draft's order, each with its disposition form;
sending the set for approval with the revised draft; the second person's decision; the report's preview (DOCX, XLSX)
and the revised draft's download; the exports of raw comments. Who may: consultations.access."""

from django.contrib import messages
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from consultations import disposing, exports, report
from consultations.access import approved_drafts, drafting_unit_drafts, exported_drafts, may_read_commenters, moderated_comments
from consultations.admin_forms import Decision, DecisionForm, DispositionForm, SubmitForm
from consultations.exports import XLSX_TYPE

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _draft(request, page_id, drafts=drafting_unit_drafts):
    return get_object_or_404(drafts(request.user), pk=page_id)


def _form_of(comment, data=None):
    disposition = getattr(comment, "disposition", None)
    initial = {"kind": disposition.kind, "summary": disposition.summary, "explanation": disposition.explanation} if disposition else {}
    return DispositionForm(data, prefix=f"y-kien-{comment.pk}", initial=initial)


def _screen(request, page, status=200, bound=None, submit_form=None, decision_form=None, refusal=""):
    review = disposing.review_of(page)
    bound = bound or {}
    groups = [
        (heading, [(comment, bound.get(comment.pk) or _form_of(comment)) for comment in comments])
        for heading, comments in report.groups(page)
    ]
    context = {
        "draft": page,
        "review": review,
        "groups": groups,
        "undisposed": disposing.undisposed_count(page),
        "may_approve": approved_drafts(request.user).filter(pk=page.pk).exists() and request.user.pk not in disposing.authors(page, review),
        "is_author": request.user.pk in disposing.authors(page, review),
        "submit_form": submit_form or SubmitForm(),
        "decision_form": decision_form or DecisionForm(),
        "refusal": refusal,
        "may_export": exported_drafts(request.user).filter(pk=page.pk).exists(),
    }
    return TemplateResponse(request, "consultations/admin/dispositions.html", context, status=status)


def screen(request, page_id):
    return _screen(request, _draft(request, page_id))


def _post_only(request):
    if request.method != "POST":
        raise Http404


def dispose(request, comment_id):
    _post_only(request)
    comment = get_object_or_404(moderated_comments(request.user).select_related("page"), pk=comment_id)
    page = comment.page.specific
    form = _form_of(comment, request.POST)
    if form.is_valid():
        data = form.cleaned_data
        try:
            disposing.dispose(comment, request.user, data["kind"], data["explanation"], data["summary"])
        except disposing.DispositionRefused as refusal:
            form.add_error(None, str(refusal))
        else:
            messages.success(request, _("Đã ghi giải trình, tiếp thu góp ý #%(id)s.") % {"id": comment.pk})
            return redirect(reverse("consultations_dispositions", args=[page.pk]) + f"#y-kien-{comment.pk}")
    return _screen(request, page, status=400, bound={comment.pk: form})


def submit(request, page_id):
    _post_only(request)
    page = _draft(request, page_id)
    form = SubmitForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            disposing.submit(page, request.user, form.cleaned_data["revised_docx"], form.cleaned_data["revised_label"])
        except disposing.DispositionRefused as refusal:
            form.add_error(None, str(refusal))
        else:
            messages.success(request, _("Đã gửi duyệt bản giải trình, tiếp thu."))
            return redirect("consultations_dispositions", page.pk)
    return _screen(request, page, status=400, submit_form=form)


def decide(request, page_id):
    _post_only(request)
    page = _draft(request, page_id, approved_drafts)
    form = DecisionForm(request.POST)
    if form.is_valid():
        try:
            if form.cleaned_data["decision"] == Decision.APPROVE:
                disposing.approve(page, request.user)
                messages.success(request, _("Đã duyệt và công bố báo cáo tiếp thu, giải trình cùng dự thảo đã chỉnh lý."))
            else:
                disposing.send_back(page, request.user, form.cleaned_data["reason"])
                messages.success(request, _("Đã trả lại bản giải trình, tiếp thu."))
        except disposing.DispositionRefused as refusal:
            form.add_error(None, str(refusal))
        else:
            return redirect("consultations_dispositions", page.pk)
    return _screen(request, page, status=400, decision_form=form)


def report_file(request, page_id, extension):
    if extension not in ("docx", "xlsx"):
        raise Http404
    page = _draft(request, page_id)
    content, content_type = (report.docx_report(page), DOCX_TYPE) if extension == "docx" else (report.xlsx_report(page), XLSX_TYPE)
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="bao-cao-tiep-thu-giai-trinh-{page.slug}.{extension}"'
    return response


def revised_draft(request, page_id):
    review = disposing.review_of(_draft(request, page_id))
    if not review.revised_docx:
        raise Http404
    return FileResponse(review.revised_docx.open("rb"), as_attachment=True, filename=f"{review.page.slug}-chinh-ly.docx")


def comments_export(request, page_id, extension):
    if extension not in ("csv", "xlsx"):
        raise Http404
    page = get_object_or_404(exported_drafts(request.user), pk=page_id)
    with_personal_data = may_read_commenters(request.user, page)
    export = exports.as_csv if extension == "csv" else exports.as_xlsx
    return export(page, request.user, with_personal_data)

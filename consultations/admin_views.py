"""Moderation of comments in the admin, /admin/consultations/ (issue 15): the comments on the drafts of the user's
own site (consultations.access), their text and place; the commenter's personal data on a comment's own screen only,
each showing logged, as is each download of an attachment."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from consultations import moderation
from consultations.access import may_moderate, moderated_comments, moderated_drafts
from consultations.admin_forms import Action, ModerationForm
from consultations.choices import CommentState
from defence import personal_data

PER_PAGE = 50


def index(request):
    if not may_moderate(request.user):
        raise PermissionDenied
    comments = moderated_comments(request.user).select_related("page")
    drafts = moderated_drafts(request.user).order_by("-opens_at")
    state, draft = request.GET.get("state", ""), request.GET.get("draft", "")
    if state in CommentState.values:
        comments = comments.filter(state=state)
    if draft in {str(pk) for pk in drafts.values_list("pk", flat=True)}:  # one of the listed drafts; anything else is ignored
        comments = comments.filter(page_id=draft)
    page = Paginator(comments.order_by("-submitted_at", "-pk"), PER_PAGE).get_page(request.GET.get("p"))
    context = {"page": page, "states": CommentState.choices, "chosen_state": state, "drafts": drafts, "chosen_draft": draft}
    return TemplateResponse(request, "consultations/admin/index.html", context)


def _context(request, comment, form=None):
    personal_data.log_view(comment, request.user, "commenter")
    erased = _("đã xoá hết thời hạn lưu trữ") if comment.personal_data_erased_at else "—"
    commenter = [
        (_("Người góp ý là"), comment.get_author_kind_display()),
        (_("Họ và tên"), comment.full_name or erased),
        (_("Thư điện tử"), comment.email or erased),
        (_("Cơ quan, tổ chức"), comment.organisation or erased),
    ]
    return {"comment": comment, "commenter": commenter, "form": form or ModerationForm(comment=comment)}


def detail(request, comment_id):
    comment = get_object_or_404(moderated_comments(request.user).select_related("page", "duplicate_of"), pk=comment_id)
    return TemplateResponse(request, "consultations/admin/comment.html", _context(request, comment))


def act(request, comment_id):
    if request.method != "POST":
        raise Http404
    comment = get_object_or_404(moderated_comments(request.user), pk=comment_id)
    form = ModerationForm(request.POST, comment=comment)
    if form.is_valid():
        data = form.cleaned_data
        try:
            if data["action"] == Action.PUBLISH:
                moderation.publish(comment, request.user)
            elif data["action"] == Action.HIDE:
                moderation.hide(comment, request.user, data["reason"])
            else:
                moderation.mark_duplicate(comment, request.user, data["duplicate_of"])
        except moderation.ModerationRefused as refusal:
            form.add_error(None, str(refusal))
        else:
            messages.success(request, _("Đã cập nhật góp ý #%(id)s: %(state)s.") % {"id": comment.pk, "state": comment.get_state_display()})
            return redirect("consultations_comment", comment.pk)
    return TemplateResponse(request, "consultations/admin/comment.html", _context(request, comment, form), status=400)


def attachment(request, comment_id):
    comment = get_object_or_404(moderated_comments(request.user), pk=comment_id)
    if not comment.attachment:
        raise Http404
    personal_data.log_view(comment, request.user, "attachment")
    return FileResponse(comment.attachment.open("rb"), as_attachment=True, filename=comment.attachment_name or "tep-dinh-kem")

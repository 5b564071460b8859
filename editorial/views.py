"""The editorial admin views: a translator's submission for approval (R-FLOW-6) and the reasoned actions on an item
(R-FLOW-5, override)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Page

from accounts.roles import is_chief_editor
from editorial import publishing
from editorial.forms import ReasonForm
from editorial.models import Takedown
from editorial.rules import ActionRefused
from editorial.translations import SubmissionRefused, submit_for_approval


def submit_translation(request, page_id):
    """A translator sends a finished translation to the English approvers (R-FLOW-6)."""
    page = get_object_or_404(Page, pk=page_id).specific
    if page.is_root():
        raise Http404
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied  # not even the title of a page one may not edit
    if request.method == "POST":
        try:
            submit_for_approval(page, request.user)
        except SubmissionRefused as refusal:
            messages.error(request, str(refusal))
        else:
            messages.success(request, _("Đã gửi “%(title)s” để duyệt bản tiếng Anh.") % {"title": page.title})
        # Back to the translation editor: what is left to translate, or the state of the submission, is shown there.
        return redirect("wagtailadmin_pages:edit", page.pk)
    return TemplateResponse(request, "editorial/submit_translation.html", {"page": page})


# Each reasoned action on an item: its name, what it does, who may take it, the action, the confirmation.
PAGE_ACTIONS = {
    "publish-without-review": (
        gettext_lazy("Xuất bản không qua duyệt"),
        gettext_lazy(
            "Phiên bản mới nhất được xuất bản ngay, bỏ qua các bước duyệt đang chờ. Tin bài được đánh dấu "
            "“chưa rà soát” cho đến khi người duyệt của trang kiểm tra."
        ),
        lambda page, user: is_chief_editor(user),
        lambda page, user, reason: publishing.publish_without_review(page, user, reason),
        gettext_lazy("Đã xuất bản “%(title)s” không qua duyệt; tin bài chờ người duyệt rà soát."),
    ),
    "take-down": (
        gettext_lazy("Gỡ tạm thời để xác minh"),
        gettext_lazy("Tin bài thôi hiển thị; địa chỉ của nó hiện thông báo đang được xác minh cho đến khi được khôi phục."),
        publishing.can_take_down,
        lambda page, user, reason: publishing.take_down(page, user, Takedown.Kind.TEMPORARY, reason),
        gettext_lazy("Đã gỡ tạm thời “%(title)s”."),
    ),
    "remove": (
        gettext_lazy("Gỡ bỏ vĩnh viễn"),
        gettext_lazy("Ví dụ: vi phạm quyền tác giả (Điều 15.3). Địa chỉ của tin bài hiện thông báo đã gỡ bỏ."),
        publishing.can_take_down,
        lambda page, user, reason: publishing.take_down(page, user, Takedown.Kind.PERMANENT, reason),
        gettext_lazy("Đã gỡ bỏ vĩnh viễn “%(title)s”."),
    ),
    "reviewed": (
        gettext_lazy("Xác nhận đã rà soát"),
        gettext_lazy(
            "Tin bài do Trưởng Ban Biên tập xuất bản không qua duyệt; ghi nhận xét sau khi kiểm tra để bỏ đánh dấu “chưa rà soát”."
        ),
        lambda page, user: (flag := publishing.pending_override(page)) is not None and publishing.can_review_override(page, user, flag),
        lambda page, user, reason: publishing.mark_reviewed(page, user, reason),
        gettext_lazy("Đã xác nhận rà soát “%(title)s”."),
    ),
    "restore": (
        gettext_lazy("Khôi phục sau xác minh"),
        gettext_lazy("Tin bài được đăng lại đúng như trước khi gỡ."),
        publishing.can_restore,
        lambda page, user, reason: publishing.restore(page, user, reason),
        gettext_lazy("Đã khôi phục “%(title)s”."),
    ),
}


def page_action(request, page_id, action):
    """One form for every reasoned action on an item (R-FLOW-5, override): the reason is required, the outcome logged."""
    if action not in PAGE_ACTIONS:
        raise Http404
    page = get_object_or_404(Page, pk=page_id).specific
    title, explanation, may, perform, done = PAGE_ACTIONS[action]
    if not may(page, request.user):
        raise PermissionDenied
    form = ReasonForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            perform(page, request.user, form.cleaned_data["reason"])
        except ActionRefused as refusal:
            form.add_error(None, str(refusal))
        else:
            messages.success(request, done % {"title": page.title})
            return redirect("wagtailadmin_pages:edit", page.pk)
    return TemplateResponse(request, "editorial/page_action.html", {"page": page, "title": title, "explanation": explanation, "form": form})

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.auth import require_admin_access
from wagtail.admin.modal_workflow import render_modal_workflow
from wagtail.admin.views.pages import workflow as workflow_views
from wagtail.log_actions import log
from wagtail.models import Page, TaskState
from wagtail_localize.views.submit_translations import SubmitPageTranslationView

from editorial import publishing
from editorial.models import SelfReviewRefused, Takedown, refuse_self_review
from editorial.translations import SubmissionRefused, submit_for_approval


def submit_translation(request, page_id):
    """A translator sends a finished translation to the English approvers (R-FLOW-6)."""
    page = get_object_or_404(Page, pk=page_id).specific
    if page.is_root():
        raise Http404
    if request.method == "POST":
        try:
            submit_for_approval(page, request.user)
        except SubmissionRefused as refusal:
            messages.error(request, str(refusal))
        else:
            messages.success(request, _("Đã gửi “%(title)s” để duyệt bản tiếng Anh.") % {"title": page.title})
        return redirect("wagtailadmin_explore", page.get_parent().pk)
    return TemplateResponse(request, "editorial/submit_translation.html", {"page": page})


@require_admin_access
def submit_for_translation(request, page_id):
    """wagtail-localize lets anyone holding "submit translation" translate any page of any site. Only a page the
    user may edit, on a site that has an English edition, may be chosen for English (R-EN-1, R-SITE-2)."""
    page = get_object_or_404(Page, pk=page_id)
    site = page.get_site()
    has_english_edition = site is not None and site.root_page.get_translations().exists()
    is_vietnamese_source = page.locale.language_code == settings.LANGUAGE_CODE
    if not (is_vietnamese_source and has_english_edition and page.permissions_for_user(request.user).can_edit()):
        raise PermissionDenied
    return SubmitPageTranslationView.as_view()(request, page_id=page_id)


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Lý do"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy("Bắt buộc; lý do được lưu vào nhật ký hệ thống."),
    )


DIRECT_PUBLISH_REFUSED = gettext_lazy("Tin bài được xuất bản qua hai bước: gửi duyệt, rồi người duyệt khác xuất bản.")

# Each reasoned action on an item: its name, what it does, who may take it, the action, the confirmation.
PAGE_ACTIONS = {
    "publish-without-review": (
        gettext_lazy("Xuất bản không qua duyệt"),
        gettext_lazy(
            "Phiên bản mới nhất được xuất bản ngay, bỏ qua các bước duyệt đang chờ. Tin bài được đánh dấu "
            "“chưa rà soát” cho đến khi người duyệt của trang kiểm tra."
        ),
        lambda page, user: publishing.is_chief_editor(user),
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
        except publishing.ActionRefused as refusal:
            form.add_error(None, str(refusal))
        else:
            messages.success(request, done % {"title": page.title})
            return redirect("wagtailadmin_pages:edit", page.pk)
    return TemplateResponse(request, "editorial/page_action.html", {"page": page, "title": title, "explanation": explanation, "form": form})


def guard_self_review(view):
    """Wagtail answers a self-approval with a bare 403; the submitter or last editor gets a clear message instead
    (R-FLOW-1). Wraps the page workflow action views."""

    def guarded(request, page_id, action_name, task_state_id):
        # Wagtail checks the actions against the page of the URL but acts on the task state of the URL: they must match.
        task_state = get_object_or_404(TaskState, pk=task_state_id, workflow_state__object_id=str(page_id))
        try:
            refuse_self_review(task_state.specific, request.user)
        except SelfReviewRefused as refusal:
            log(instance=task_state.revision.as_object(), action=publishing.REFUSED, user=request.user, data={"reason": str(refusal)})
            messages.error(request, str(refusal))
            edit_url = reverse("wagtailadmin_pages:edit", args=[page_id])
            if request.headers.get("x-requested-with") == "XMLHttpRequest":
                return render_modal_workflow(request, "", None, {}, json_data={"step": "success", "redirect": edit_url})
            return redirect(edit_url)
        return view(request, page_id=page_id, action_name=action_name, task_state_id=task_state_id)

    return require_admin_access(guarded)


workflow_action = guard_self_review(workflow_views.WorkflowAction.as_view())
collect_workflow_action_data = guard_self_review(workflow_views.CollectWorkflowActionData.as_view())


# Doors Wagtail and wagtail-localize leave open around the two steps (R-FLOW-1), closed at their URLs.
# The admin API's page actions publish, copy live or alias without a workflow; the admin's own screens do not use them.
REFUSED_API_ACTIONS = {"publish", "copy", "create_alias", "convert_alias", "unpublish", "revert_to_page_revision"}


@require_admin_access
def admin_api_page_action(request, pk, action_name):
    from wagtail.admin.api.views import PagesAdminAPIViewSet

    if action_name in REFUSED_API_ACTIONS:
        return JsonResponse({"message": str(DIRECT_PUBLISH_REFUSED)}, status=403)
    return PagesAdminAPIViewSet.as_view({"post": "action_view"})(request, pk=pk, action_name=action_name)


@require_admin_access
def update_translations(request, translation_source_id):
    """wagtail-localize's "Sync translated pages" may publish the translations at once, without their approval: the
    option is dropped, the updates are saved as drafts for the English workflow."""
    from wagtail_localize.views.update_translations import UpdateTranslationsView

    if request.method == "POST" and "publish_translations" in request.POST:
        request.POST = request.POST.copy()
        del request.POST["publish_translations"]
    return UpdateTranslationsView.as_view()(request, translation_source_id=translation_source_id)


@require_admin_access
def convert_to_alias(request, page_id):
    """Converting a translation back to an alias makes it follow the source's live status: a way round approval."""
    messages.error(request, DIRECT_PUBLISH_REFUSED)
    return redirect("wagtailadmin_pages:edit", page_id)

"""Every door that keeps publishing inside the two steps (R-FLOW-1, R-FLOW-6), listed once, here.

Two steps, always: nobody publishes from the editor, whatever their role; approval publishes; the Chief Editor's only
way around it is "publish without review", with a reason (editorial.views). Each door below is either a Wagtail hook
or a view that answers at the URL of a Wagtail or wagtail-localize view (editorial/urls.py, included before the
admin's own URLs):

| door | how it is kept shut |
|---|---|
| the editor's and the create view's *Publish* | menu item removed; a POST with `action-publish` refused |
| wagtail-localize's translation editor *Publish* | a POST with `action=publish` refused |
| bulk publish / bulk unpublish | refused; unpublishing needs the reasoned takedown |
| copy form: publish copies, live alias | refused |
| plain *Unpublish* | leads to the reasoned takedown form |
| deleting a live page (its view, bulk delete, the admin API) | refused: take it down with a reason first (R-FLOW-5) |
| a privacy restriction on a live page (it vanishes for readers) | refused: take it down with a reason first |
| approving or sending back one's own item | refused with a message and a `moj.refused` log entry (workflow views, editor menu) |
| the admin API's page actions (publish, copy, alias, unpublish, revert, translate) | 403 |
| wagtail-localize's *Sync translated pages* with publish | the publish option dropped: drafts for the English workflow |
| wagtail-localize's *Convert to alias* | refused (an alias follows its source's live status) |
| choosing a page for translation | only a Vietnamese page the user may edit, on a site with an English edition |
| the workflow cancellation prompt | only for a page the user may edit (it shows the page's state) |
| wagtail-localize's machine translation | only for a translation the user may edit (it writes its strings) |
"""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.action_menu import SubmitForModerationMenuItem
from wagtail.admin.api.urls import admin_api
from wagtail.admin.api.views import PagesAdminAPIViewSet
from wagtail.admin.auth import require_admin_access
from wagtail.admin.forms.pages import PageViewRestrictionForm
from wagtail.admin.modal_workflow import render_modal_workflow
from wagtail.admin.views import page_privacy
from wagtail.admin.views.pages import workflow as workflow_views
from wagtail.log_actions import log
from wagtail.models import Page, TaskState
from wagtail_localize.models import Translation
from wagtail_localize.views.edit_translation import machine_translate as localize_machine_translate
from wagtail_localize.views.submit_translations import SubmitPageTranslationView
from wagtail_localize.views.update_translations import UpdateTranslationsView

from editorial import editor_experience
from editorial.publishing import REFUSED
from editorial.rules import SelfReviewRefused, refuse_self_review

DIRECT_PUBLISH_REFUSED = _("Tin bài được xuất bản qua hai bước: gửi duyệt, rồi người duyệt khác xuất bản.")
TAKEDOWN_NEEDS_REASON = _("Gỡ tin bài cần ghi lý do: dùng “Gỡ tạm thời để xác minh” hoặc “Gỡ bỏ vĩnh viễn”.")
# The admin API's page actions publish, copy live or alias without a workflow; the admin's own screens do not use them.
REFUSED_API_ACTIONS = {
    "publish",
    "copy",
    "create_alias",
    "convert_alias",
    "unpublish",
    "revert_to_page_revision",
    "copy_for_translation",
}
LIVE_REMOVAL_REFUSED = _(
    "Trang đang được đăng (hoặc có trang con đang đăng): gỡ xuống bằng “Gỡ tạm thời để xác minh” hoặc “Gỡ bỏ vĩnh viễn”, "
    "kèm lý do, trước khi xoá hoặc giới hạn quyền xem."
)


def has_live_pages(page) -> bool:
    """Whether removing or restricting the page would take something off the public site."""
    return page.live or page.get_descendants().live().exists()


class SubmitForApprovalMenuItem(SubmitForModerationMenuItem):
    """Wagtail's Vietnamese label reads "Thực hiện <workflow>"; editors know the step as "Gửi duyệt"."""

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        workflow_state = context["page"].current_workflow_state if context.get("page") else None
        if not (workflow_state and workflow_state.status == workflow_state.STATUS_NEEDS_CHANGES):
            context["label"] = _("Gửi duyệt")
        return context


@hooks.register("construct_page_action_menu")
def remove_direct_publish(menu_items, request, context):
    menu_items[:] = [
        SubmitForApprovalMenuItem(order=item.order) if item.name == "action-submit" else item
        for item in menu_items
        if item.name != "action-publish"
    ]


def _refuse_direct_publish(request, page_id=None):
    if request.method != "POST":
        return None
    # Wagtail's editor sends "action-publish"; wagtail-localize's translation editor sends action=publish.
    if "action-publish" in request.POST or request.POST.get("action") == "publish":
        messages.error(request, DIRECT_PUBLISH_REFUSED)
        return redirect("wagtailadmin_pages:edit", page_id) if page_id else redirect("wagtailadmin_home")
    return None


@hooks.register("before_edit_page", order=-10)
def refuse_publish_from_editor(request, page):
    return _refuse_direct_publish(request, page.pk)


@hooks.register("before_create_page", order=-10)
def refuse_publish_on_create(request, parent_page, page_class):
    return _refuse_direct_publish(request)


@hooks.register("before_bulk_action")
def refuse_bulk_publish(request, action_type, objects, action_class_instance):
    if not issubclass(action_class_instance.model, Page):
        return None
    if action_type in ("publish", "unpublish"):
        messages.error(request, DIRECT_PUBLISH_REFUSED if action_type == "publish" else TAKEDOWN_NEEDS_REASON)
        return redirect("wagtailadmin_home")
    if action_type == "delete" and any(has_live_pages(page) for page in objects):
        messages.error(request, LIVE_REMOVAL_REFUSED)
        return redirect("wagtailadmin_home")
    return None


@hooks.register("before_delete_page")
def refuse_deleting_live_pages(request, page):
    """A live item leaves the public site only through the reasoned takedown, which leaves a notice and a trace."""
    if has_live_pages(page):
        messages.error(request, LIVE_REMOVAL_REFUSED)
        return redirect("wagtailadmin_pages:edit", page.pk)
    return None


@require_admin_access
def set_privacy(request, page_id):
    """A view restriction on a live page takes it off the public site without a reason: refused like a deletion."""
    page = get_object_or_404(Page, pk=page_id).specific_deferred
    if request.method == "POST" and request.POST.get("restriction_type", "none") != "none" and has_live_pages(page):
        if not page.permissions_for_user(request.user).can_set_view_restrictions():
            raise PermissionDenied
        form = PageViewRestrictionForm(request.POST, private_page_options=page.private_page_options)
        form.is_valid()
        form.add_error("restriction_type", LIVE_REMOVAL_REFUSED)
        context = {"action_url": reverse("wagtailadmin_pages:set_privacy", args=[page.pk]), "object": page, "form": form}
        return render_modal_workflow(request, "wagtailadmin/shared/set_privacy.html", None, context, json_data={"step": "set_privacy"})
    return page_privacy.set_privacy(request, page_id)


@hooks.register("before_copy_page")
def refuse_publishing_copies(request, page):
    """A copy published at once, or a live alias, is a new public item that nobody approved."""
    if request.method == "POST" and (request.POST.get("publish_copies") or request.POST.get("alias")):
        messages.error(request, DIRECT_PUBLISH_REFUSED)
        return redirect("wagtailadmin_pages:copy", page.pk)
    return None


@hooks.register("before_unpublish_page")
def unpublish_with_a_reason(request, page):
    """Taking an item off the public site needs a reason and leaves a notice at its address (R-FLOW-5)."""
    messages.warning(request, TAKEDOWN_NEEDS_REASON)
    return redirect("editorial_page_action", page.pk, "take-down")


@hooks.register("before_edit_page", order=-9)
def refuse_self_review_in_editor(request, page):
    """Approving from the editor's action menu: the same rule as the workflow buttons."""
    if request.method == "POST" and request.POST.get("action-workflow-action") and page.current_workflow_task_state:
        try:
            refuse_self_review(page.current_workflow_task_state.specific, request.user)
        except SelfReviewRefused as refusal:
            messages.error(request, str(refusal))
            return redirect("wagtailadmin_pages:edit", page.pk)
    return None


def guard_self_review(view):
    """Wagtail answers a self-approval with a bare 403; the submitter or last editor gets a clear message instead
    (R-FLOW-1). Wraps the page workflow action views."""

    def guarded(request, page_id, action_name, task_state_id):
        # Wagtail checks the actions against the page of the URL but acts on the task state of the URL: they must match.
        task_state = get_object_or_404(TaskState, pk=task_state_id, workflow_state__object_id=str(page_id))
        try:
            refuse_self_review(task_state.specific, request.user)
        except SelfReviewRefused as refusal:
            log(instance=task_state.revision.as_object(), action=REFUSED, user=request.user, data={"reason": str(refusal)})
            messages.error(request, str(refusal))
            edit_url = reverse("wagtailadmin_pages:edit", args=[page_id])
            if request.headers.get("x-requested-with") == "XMLHttpRequest":
                return render_modal_workflow(request, "", None, {}, json_data={"step": "success", "redirect": edit_url})
            return redirect(edit_url)
        started = timezone.now()
        response = view(request, page_id=page_id, action_name=action_name, task_state_id=task_state_id)
        if request.method == "POST":
            editor_experience.confirm_review(request, page_id, started)
        return response

    return require_admin_access(guarded)


workflow_action = guard_self_review(workflow_views.WorkflowAction.as_view())
collect_workflow_action_data = guard_self_review(workflow_views.CollectWorkflowActionData.as_view())


@require_admin_access
def admin_api_page_action(request, pk, action_name):
    if action_name in REFUSED_API_ACTIONS:
        return JsonResponse({"message": str(DIRECT_PUBLISH_REFUSED)}, status=403)
    if action_name == "delete" and has_live_pages(get_object_or_404(Page, pk=pk)):
        return JsonResponse({"message": str(LIVE_REMOVAL_REFUSED)}, status=403)
    # Through the admin API's router, as Wagtail's own URL does: the actions answer with the page, whose URLs the router
    # gives; called bare, every allowed action (a move by the page's editor) failed with a server error (issue 12).
    view = admin_api.wrap_view(PagesAdminAPIViewSet.as_view({"post": "action_view"}))
    return view(request, pk=pk, action_name=action_name)


@require_admin_access
def update_translations(request, translation_source_id):
    """wagtail-localize's "Sync translated pages" may publish the translations at once, without their approval: the
    option is dropped, the updates are saved as drafts for the English workflow."""
    if request.method == "POST" and "publish_translations" in request.POST:
        request.POST = request.POST.copy()
        del request.POST["publish_translations"]
    return UpdateTranslationsView.as_view()(request, translation_source_id=translation_source_id)


@require_admin_access
def convert_to_alias(request, page_id):
    """Converting a translation back to an alias makes it follow the source's live status: a way round approval."""
    messages.error(request, DIRECT_PUBLISH_REFUSED)
    return redirect("wagtailadmin_pages:edit", page_id)


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
    return ChooseForEnglishView.as_view()(request, page_id=page_id)


class ChooseForEnglishView(SubmitPageTranslationView):
    """wagtail-localize then opens the new English draft, which only translators may edit: the one who chose the item
    read "submitted for translation" and a permission error at once (issue 18). They go back to their own page."""

    def get_default_success_url(self, translated_page=None):
        return reverse("wagtailadmin_pages:edit", args=[self.object.pk])


@require_admin_access
def confirm_workflow_cancellation(request, page_id):
    """Wagtail's prompt tells anyone with admin access a page's workflow state; only its editors may ask (R-SITE-2)."""
    page = get_object_or_404(Page, pk=page_id)
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    return workflow_views.ConfirmWorkflowCancellation.as_view()(request, page_id)


@require_admin_access
def machine_translate(request, translation_id):
    """wagtail-localize asks for the machine translator before it asks who is asking: guarded first, like every other
    door of the translation editor, so that only someone who may edit the translated page fills it (R-EN-1)."""
    translation = get_object_or_404(Translation, pk=translation_id)
    try:
        target = translation.get_target_instance()
    except ObjectDoesNotExist as error:
        raise Http404 from error
    if not (isinstance(target, Page) and target.permissions_for_user(request.user).can_edit()):
        raise PermissionDenied
    return localize_machine_translate(request, translation_id=translation_id)

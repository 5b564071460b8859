"""Abandoned drafts (issue 18): the pages an editor started and left — "UX2", "UX3" — listed for them under
"Bản nháp bị bỏ dở", with a delete action, and a dashboard panel while they have any.

A draft is abandoned when its requester created it (owner), it never went live (no first or last publication, no
live revision), no workflow holds it (in progress or sent back), it has no child page, it is in a Vietnamese tree the
requester may edit, and nobody has saved it for ABANDONED_DRAFT_DAYS days. The delete POST checks all of that again
on the server, page by page; a page that fails any condition is left alone. Each deletion is Wagtail's
`wagtail.delete` log entry, with the reason in `data["reason"]`.

New pages are no longer autosaved: Wagtail 7.4's autosave (WAGTAIL_AUTOSAVE_INTERVAL) also runs on the create
screen, where its first save creates the page. That setting has no create-only switch (0 turns autosave off in the
editor of existing pages too), so the create view below — at Wagtail's own URL — keeps autosave off until the editor
saves, and refuses an autosave request there; once created, the page autosaves as before."""

import datetime

from django.conf import settings
from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Exists, OuterRef
from django.db.models.functions import Cast
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods
from wagtail.actions.delete_page import DeletePageAction
from wagtail.admin.auth import require_admin_access
from wagtail.admin.ui.components import Component
from wagtail.admin.views.pages.create import CreateView
from wagtail.log_actions import log
from wagtail.models import Page, WorkflowState
from wagtail.permission_policies.pages import PagePermissionPolicy

ABANDONED_REASON = "Bản nháp bị bỏ dở, chưa từng xuất bản: người tạo tự xoá"


def abandoned_drafts(user):
    """The requester's own never-published pages nobody has saved for ABANDONED_DRAFT_DAYS days."""
    if not user.is_authenticated:
        return Page.objects.none()
    cutoff = timezone.now() - datetime.timedelta(days=settings.ABANDONED_DRAFT_DAYS)
    editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    in_workflow = WorkflowState.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id=OuterRef("pk_text"),
        status__in=[WorkflowState.STATUS_IN_PROGRESS, WorkflowState.STATUS_NEEDS_CHANGES],
    )
    return (
        Page.objects.filter(
            owner=user,
            live=False,
            first_published_at__isnull=True,
            last_published_at__isnull=True,
            live_revision__isnull=True,
            numchild=0,
            locale__language_code=settings.LANGUAGE_CODE,
            latest_revision_created_at__lt=cutoff,
        )
        .filter(pk__in=editable.values("pk"))
        .annotate(pk_text=Cast("pk", output_field=CharField()), in_workflow=Exists(in_workflow))
        .filter(in_workflow=False)
    )


class DeleteAbandonedDraft(DeletePageAction):
    """Wagtail's deletion, its log entry carrying why (README, Audit: the reason convention)."""

    def log_deletion(self, page):
        log(instance=page, action="wagtail.delete", user=self.user, deleted=True, data={"reason": ABANDONED_REASON})


@require_admin_access
@require_http_methods(["GET", "POST"])
def abandoned_drafts_view(request):
    drafts = abandoned_drafts(request.user)
    if request.method == "POST":
        wanted = [value for value in request.POST.getlist("page") if value.isdigit()]
        deleted = 0
        for page in drafts.filter(pk__in=wanted):
            if page.locked or not page.permissions_for_user(request.user).can_delete():
                continue
            DeleteAbandonedDraft(page, request.user).execute()
            deleted += 1
        if deleted:
            messages.success(request, ngettext("Đã xoá %(count)s bản nháp.", "Đã xoá %(count)s bản nháp.", deleted) % {"count": deleted})
        if len(wanted) > deleted:
            messages.warning(
                request,
                _("%(count)s mục không xoá được: chỉ xoá được bản nháp của chính bạn, chưa từng xuất bản, không trong quy trình duyệt.")
                % {"count": len(wanted) - deleted},
            )
        return redirect("editorial_abandoned_drafts")
    rows = drafts.select_related("latest_revision").order_by("latest_revision_created_at")
    parents = {page.path: page for page in Page.objects.filter(path__in={row.path[: -Page.steplen] for row in rows})}
    for row in rows:
        row.parent_page = parents.get(row.path[: -Page.steplen])
    return TemplateResponse(request, "editorial/abandoned_drafts.html", {"drafts": rows, "days": settings.ABANDONED_DRAFT_DAYS})


class AbandonedDraftsPanel(Component):
    """On the dashboard while the user has abandoned drafts: how many, and the way to the screen."""

    name = "abandoned_drafts"
    template_name = "editorial/panels/abandoned_drafts.html"
    order = 215

    def __init__(self, count):
        self.count = count

    def get_context_data(self, parent_context):
        return {"count": self.count, "days": settings.ABANDONED_DRAFT_DAYS, "url": reverse("editorial_abandoned_drafts")}


def dashboard_panel(request):
    count = abandoned_drafts(request.user).count()
    return AbandonedDraftsPanel(count) if count else None


class CreateWithoutAutosave(CreateView):
    """Wagtail's create view with autosave off: a page exists once the editor saves it (issue 18: "UX2", "UX3")."""

    def get_context_data(self, **kwargs):
        self.autosave_enabled = False
        context = super().get_context_data(**kwargs)
        context["autosave_enabled"] = False
        context["autosave_indicator"] = None
        return context

    def post(self, request):
        if self.expects_json_response:
            return self.json_error_response(
                "autosave_off_until_saved", _("Trang mới chưa được tự động lưu: bấm “Lưu bản nháp” để tạo trang.")
            )
        return super().post(request)


create_without_autosave = require_admin_access(CreateWithoutAutosave.as_view())

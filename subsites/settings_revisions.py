"""A site's menus before they go live, and back again (issue 18):

- a preview of a proposed menu as readers will see it — the public stylesheet and the same include as the public
  header (navigation/main_menu.html) — for the proposer, the approvers of the site and the Chief Editor;
- restoring the menus as they were before a change in the setting's history: never at once, always as a new
  proposal with a reason, decided by a second person like any other (subsites/settings_proposals.py);
The notes typed there are NoteForm's (subsites/settings_net.py)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST
from wagtail.admin.auth import require_admin_access
from wagtail.models import ModelLogEntry

from home.templatetags.portal_tags import stream_links
from subsites.models import SettingsProposal
from subsites.settings_net import NEEDS_REASON, NoteForm
from subsites.settings_proposals import SETTINGS_CHANGED, as_shown, may_change, propose, setting_of, setting_url, shown


@require_admin_access
@require_GET
def preview(request, proposal_id: int):
    """The proposed menu and footer links drawn as the public header and footer draw them; nothing is saved."""
    proposal = get_object_or_404(SettingsProposal.objects.select_related("site", "proposed_by"), pk=proposal_id)
    model, instance = setting_of(proposal)
    if not may_change(request.user, model, proposal.site):
        raise PermissionDenied
    values = {**as_shown(instance), **{name: proposal.after[name] for name in proposal.changed if name in proposal.after}}
    links = {
        name: stream_links(model._meta.get_field(name).stream_block.to_python(values.get(name) or []))
        for name in ("main_menu", "footer_links")
    }
    return TemplateResponse(
        request,
        "subsites/menu_preview.html",
        {
            "proposal": proposal,
            "home": proposal.site.root_page.specific,
            "links": links["main_menu"],
            "footer": links["footer_links"],
            "back_url": setting_url(model, proposal.site_id),
        },
    )


@require_admin_access
@require_POST
def restore(request, entry_id: int):
    """Propose the menus as they were before the change `entry` records, with a reason: a second person decides."""
    entry = get_object_or_404(ModelLogEntry.objects.select_related("content_type"), pk=entry_id, action=SETTINGS_CHANGED)
    model = entry.content_type.model_class()
    guarded = NEEDS_REASON.get(model, ())
    instance = model.objects.filter(pk=entry.object_id).select_related("site").first() if guarded else None
    if instance is None or "before" not in entry.data:
        raise Http404
    if not may_change(request.user, model, instance.site):
        raise PermissionDenied
    back = setting_url(model, instance.site_id)
    form = NoteForm(request.POST, label="", required=True)
    if not form.is_valid() or not form.cleaned_data["note"].strip():
        messages.error(request, _("Ghi lý do khôi phục: lý do được gửi cùng đề xuất cho người duyệt."))
        return redirect(back)
    before = as_shown(instance)
    version = entry.data["before"]
    after = shown(instance, {**before, **{name: version[name] for name in guarded if name in version}})
    changed = [name for name in guarded if before.get(name) != after.get(name)]
    if not changed:
        messages.info(request, _("Trang đang hiển thị đúng phiên bản này: không có gì để khôi phục."))
        return redirect(back)
    when = timezone.localtime(entry.timestamp).strftime("%d/%m/%Y %H:%M")
    reason = _("Khôi phục như trước thay đổi lúc %(when)s: %(reason)s") % {"when": when, "reason": form.cleaned_data["note"].strip()}
    propose(instance, instance.site, request.user, before, after, changed, reason[:500])
    messages.success(request, _("Đã gửi đề xuất khôi phục, chờ một người duyệt khác của trang hoặc Trưởng Ban Biên tập duyệt."))
    return redirect(back)

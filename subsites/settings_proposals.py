"""The second person for a site's menus (issue 18, the rule of pages, Art 8): a change of the main menu or the footer
links by anyone but the Chief Editor is kept as a proposal "chờ duyệt" with the setting before and after, and goes
live only when another approver of the site, or the Chief Editor, approves it; it can be sent back with a reason.
The Chief Editor's own change goes live at once, with a reason, logged as an override (subsites/settings_net.py).

Each step is in the audit log on the setting itself (so the log's site filter finds it, audit/scope.py): proposed,
applied (the same `moj.settings_changed` entry as a direct change, naming the proposal and its proposer) and sent
back. Applying saves the setting, which retires the cached pages (home/page_cache/invalidation.py)."""

from datetime import timedelta

from django.apps import apps
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin.auth import require_admin_access
from wagtail.fields import StreamField
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry, Page

from accounts.roles import is_chief_editor
from subsites.models import SettingsProposal

SETTINGS_CHANGED = "moj.settings_changed"
SETTINGS_PROPOSED = "moj.settings_proposed"
SETTINGS_SENT_BACK = "moj.settings_sent_back"


def stream_json(value) -> list:
    return [{"type": child.block_type, "value": child.block.get_prep_value(child.value)} for child in value]


def as_json(instance) -> dict:
    """The setting's values, as JSON: stream fields as their blocks' values (without block ids), others as stored."""
    values = {}
    for field in instance._meta.concrete_fields:
        if field.primary_key or field.name == "site":
            continue
        value = field.value_from_object(instance)
        if isinstance(field, StreamField):
            value = stream_json(value)
        values[field.attname] = value
    return values


def shown_when_empty(instance) -> dict:
    return instance.shown_when_empty() if hasattr(instance, "shown_when_empty") else {}


def shown(instance, values: dict) -> dict:
    """`values` of the setting as readers meet them: a field left empty reads as what the site shows in its place
    (SiteNavigation.shown_when_empty — the default menu), so a before → after never reads "(trống)" while readers
    see a full menu, and a change is measured against what they see."""
    defaults = shown_when_empty(instance)
    return {**values, **{name: value for name, value in defaults.items() if name in values and not values[name]}}


def as_shown(instance) -> dict:
    return shown(instance, as_json(instance))


def setting_of(proposal):
    model = apps.get_model(proposal.setting)
    return model, model.for_site(proposal.site)


def propose(instance, site, user, before: dict, after: dict, changed: list[str], reason: str) -> SettingsProposal:
    proposal = SettingsProposal.objects.create(
        site=site,
        setting=instance._meta.label_lower,
        changed=changed,
        before=before,
        after=after,
        reason=reason,
        proposed_by=user,
    )
    log(instance=instance, action=SETTINGS_PROPOSED, user=user, data={"proposal": proposal.pk, "changed": changed, "reason": reason})
    return proposal


def may_change(user, model, site) -> bool:
    """Who may change the setting of a site: the Chief Editor, or whom the site's settings permission names."""
    return is_chief_editor(user) or model.get_permission_policy().user_has_permission_for_instance(user, "change", site)


def may_decide(user, proposal) -> bool:
    """The Chief Editor, or an approver of the proposal's site who did not propose it."""
    if proposal.state != SettingsProposal.State.PENDING or user.pk == proposal.proposed_by_id:
        return False
    return may_change(user, apps.get_model(proposal.setting), proposal.site)


def is_stale(proposal) -> bool:
    """Another change went live since the proposal was made: applying it would undo that change unseen."""
    _model, instance = setting_of(proposal)
    now = as_shown(instance)
    return any(now.get(name) != proposal.before.get(name) for name in proposal.changed)


def apply(proposal, user, note: str) -> None:
    _model, instance = setting_of(proposal)
    before = as_shown(instance)
    for name in proposal.changed:
        setattr(instance, name, proposal.after[name])
    with transaction.atomic():
        instance.save()
        proposal.state, proposal.decided_by, proposal.decided_at, proposal.decision_note = (
            SettingsProposal.State.APPLIED,
            user,
            timezone.now(),
            note,
        )
        proposal.save()
        log(
            instance=instance,
            action=SETTINGS_CHANGED,
            user=user,
            data={
                "site": proposal.site.hostname,
                "changed": proposal.changed,
                "before": before,
                "after": as_json(instance),
                "reason": proposal.reason,
                "proposal": proposal.pk,
                "proposed_by": proposal.proposed_by.get_username(),
                "proposed_by_name": proposal.proposed_by.get_full_name() or proposal.proposed_by.get_username(),
                "approval_note": note,
            },
        )


def send_back(proposal, user, note: str) -> None:
    _model, instance = setting_of(proposal)
    proposal.state, proposal.decided_by, proposal.decided_at, proposal.decision_note = (
        SettingsProposal.State.SENT_BACK,
        user,
        timezone.now(),
        note,
    )
    proposal.save()
    log(instance=instance, action=SETTINGS_SENT_BACK, user=user, data={"proposal": proposal.pk, "note": note})
    if proposal.proposed_by.email:
        site = proposal.site.site_name or proposal.site.hostname
        body = _("Đề xuất thay đổi menu của %(site)s (%(reason)s) đã bị %(who)s trả lại.\nLý do trả lại: %(note)s\n\n%(url)s") % {
            "site": site,
            "reason": proposal.reason,
            "who": user.get_full_name() or user.get_username(),
            "note": note,
            "url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + screen_url(proposal),
        }
        send_mail(
            _("[Đề xuất bị trả lại] Menu của %(site)s") % {"site": site},
            body,
            None,
            [proposal.proposed_by.email],
            fail_silently=True,
        )


@require_admin_access
@require_POST
def decide(request, proposal_id: int, decision: str):
    if decision not in ("duyet", "tra-lai"):
        raise Http404
    proposal = get_object_or_404(SettingsProposal.objects.select_related("site", "proposed_by"), pk=proposal_id)
    if not may_decide(request.user, proposal):
        raise PermissionDenied
    note = request.POST.get("note", "").strip()[:500]
    if decision == "tra-lai":
        if not note:
            messages.error(request, _("Ghi lý do trả lại để người đề xuất biết cần sửa gì."))
        else:
            send_back(proposal, request.user, note)
            messages.success(request, _("Đã trả lại đề xuất."))
    elif is_stale(proposal):
        messages.error(request, _("Cài đặt đã thay đổi từ khi đề xuất: hãy trả lại để người đề xuất làm lại trên nội dung mới."))
    else:
        apply(proposal, request.user, note)
        messages.success(request, _("Đã duyệt: thay đổi đang hiển thị trên trang."))
    return redirect(screen_url(proposal))


def links(model, name: str, value) -> list[tuple[str, str]] | None:
    """A stream of links as (title, address readers follow), or None for a field that is not a stream."""
    if not isinstance(model._meta.get_field(name), StreamField):
        return None
    page_ids = [block["value"].get("page") for block in value if block["value"].get("page")]
    pages = {page.pk: page for page in Page.objects.filter(pk__in=page_ids)}
    found = []
    for block in value:
        link = block["value"]
        page = pages.get(link.get("page"))
        found.append((str(link.get("title", "")), (page.full_url or page.url_path) if page else link.get("url") or ""))
    return found


def lines_of(found, value) -> list[str]:
    """A field's value as lines a person reads: a stream's links (`found`, from links()) as "title → address", one a
    line; any other value as it is."""
    if found is None:
        return [str(value)] if value not in ("", None) else []
    return [f"{title} → {target}" if target else title for title, target in found]


def differences(model, changed, before: dict, after: dict) -> list[dict]:
    """Each changed field before and after, the links the change takes away and those it renames, named so that
    nobody approves an addition that in fact drops what readers see."""
    rows = []
    for name in changed:
        if name not in after:
            continue
        value_before, value_after = before.get(name, []), after.get(name, [])
        links_before, links_after = links(model, name, value_before), links(model, name, value_after)
        row = {"label": model._meta.get_field(name).verbose_name, "removed": [], "renamed": []}
        row["before"], row["after"] = lines_of(links_before, value_before), lines_of(links_after, value_after)
        if links_before is None:
            row["removed"] = [line for line in row["before"] if line not in row["after"]]
        else:
            # One to one: a link kept as it was matches one link after; a link left over is renamed when one left
            # over after has its address, removed otherwise (two items with one address, one of them dropped).
            unmatched_after, left_over = list(links_after), []
            for link in links_before:
                if link in unmatched_after:
                    unmatched_after.remove(link)
                else:
                    left_over.append(link)
            for title, target in left_over:
                new_name = next((after for after in unmatched_after if target and after[1] == target), None)
                if new_name is not None:
                    unmatched_after.remove(new_name)
                    row["renamed"].append(f"{title} → {new_name[0]}")
                else:
                    row["removed"].append(f"{title} → {target}" if target else title)
        rows.append(row)
    return rows


def pending_for(model, site, user) -> list[dict]:
    proposals = SettingsProposal.objects.filter(site=site, setting=model._meta.label_lower, state=SettingsProposal.State.PENDING)
    return [
        {
            "proposal": proposal,
            "differences": differences(model, proposal.changed, proposal.before, proposal.after),
            "may_decide": may_decide(user, proposal),
        }
        for proposal in proposals.select_related("proposed_by")
    ]


SENT_BACK_DAYS = 30


def sent_back_to(user, **filters) -> list[SettingsProposal]:
    """`user`'s own proposals sent back in the last SENT_BACK_DAYS days, newest first, with who sent them back and why."""
    return _newest_decided(_proposals(_sent_back_lately(user), **filters))


def for_dashboard(user) -> tuple[list[SettingsProposal], list[SettingsProposal]]:
    """In one query: the proposals `user` may decide, oldest first (for a site's approvers and the Chief Editor), and
    `user`'s own sent back lately, newest first."""
    pending = SettingsProposal.State.PENDING
    found = _proposals(Q(state=pending) | _sent_back_lately(user))
    waiting = sorted(
        (proposal for proposal in found if proposal.state == pending), key=lambda proposal: (proposal.proposed_at, proposal.pk)
    )
    return [proposal for proposal in waiting if may_decide(user, proposal)], _newest_decided(p for p in found if p.state != pending)


def _sent_back_lately(user) -> Q:
    since = timezone.now() - timedelta(days=SENT_BACK_DAYS)
    return Q(proposed_by=user, state=SettingsProposal.State.SENT_BACK, decided_at__gte=since)


def _proposals(condition, **filters) -> list[SettingsProposal]:
    return list(SettingsProposal.objects.filter(condition, **filters).select_related("site", "proposed_by", "decided_by"))


def _newest_decided(proposals) -> list[SettingsProposal]:
    return sorted(proposals, key=lambda proposal: (proposal.decided_at, proposal.pk), reverse=True)


def setting_url(model, site_id) -> str:
    """The setting's screen of a site, at Wagtail's own address."""
    return f"/admin/settings/{model._meta.app_label}/{model._meta.model_name}/{site_id}/"


def screen_url(proposal) -> str:
    """The settings screen the proposal belongs to."""
    return setting_url(apps.get_model(proposal.setting), proposal.site_id)


def edit_url(proposal) -> str:
    """The proposal itself on its settings screen."""
    return f"{screen_url(proposal)}#de-xuat-{proposal.pk}"


def history_of(model, instance, limit: int = 10) -> list[dict]:
    """The setting's revisions, newest first, from the audit log: who changed what, before and after, and why."""
    entries = ModelLogEntry.objects.for_instance(instance).filter(action=SETTINGS_CHANGED).select_related("user")
    return [
        {
            "entry": entry,
            "differences": differences(model, entry.data["changed"], entry.data.get("before", {}), entry.data["after"]),
        }
        for entry in entries.order_by("-timestamp", "-pk")[:limit]
        if "after" in entry.data and "changed" in entry.data
    ]

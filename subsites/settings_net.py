"""Site settings with a net (issue 18): a site's identity, notice and tracking code go live the moment they are saved;
its main menu and footer links follow the second-person rule of pages. The settings screen (at Wagtail's own URL,
subsites/urls.py)

- shows what is live now beside the form and starts the form from it: while no menu is saved, the home page's sections
  that readers see are written out in the form as real items, and every before → after compares with what readers
  see (the screen used to look empty while the public menu was full; adding one item then replaced the whole menu);
- keeps a change of the main menu or the footer links by a site's approver as a proposal "chờ duyệt" (with a reason),
  shown with its before → after, which another approver of the site or the Chief Editor approves or sends back
  (subsites/settings_proposals.py); the Chief Editor's own change goes live at once as an override, with a reason;
- keeps each change that goes live as a revision in the audit log: a `moj.settings_changed` entry with the whole
  setting before and after (JSON), the fields changed and the reason, listed on the screen as the setting's history,
  from which the menus as they were can be proposed again (subsites/settings_revisions.py, also the preview).

The home page's layout is page content (HomePage.body): it already goes through the site's two-step workflow."""

from django import forms
from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from wagtail.admin.auth import require_admin_access
from wagtail.contrib.settings.views import EditView
from wagtail.log_actions import log

from accounts.roles import is_chief_editor
from home.models import SiteNavigation
from home.templatetags.portal_tags import live_navigation
from subsites.settings_proposals import (
    SETTINGS_CHANGED,
    as_json,
    as_shown,
    history_of,
    pending_for,
    propose,
    sent_back_to,
    shown,
    shown_when_empty,
    stream_json,
)

# What every page of the site shows as its way around: a second person approves a change, or the Chief Editor
# overrides with a reason.
NEEDS_REASON = {SiteNavigation: ("main_menu", "footer_links")}
REASON_REQUIRED = _("Thay đổi menu chính hoặc liên kết chân trang hiển thị trên mọi trang: ghi lý do thay đổi.")
PROPOSED = _("Đã gửi đề xuất thay đổi, chờ một người duyệt khác của trang hoặc Trưởng Ban Biên tập duyệt. Trang vẫn hiển thị như cũ.")


class NoteForm(forms.Form):
    """One line typed with a decision: an approval's note, a reason to send back or to restore. A Django field, so
    that the admin draws it as its own (a bare `<input>` without a type matched none of Wagtail's input styles and
    showed white on white, without a border)."""

    note = forms.CharField(max_length=500, required=False)

    def __init__(self, *args, label, required=False, prefix_id="", **kwargs):
        super().__init__(*args, auto_id=f"{prefix_id}-%s", **kwargs)
        self.fields["note"].label, self.fields["note"].required = label, required


def decision_forms(proposal) -> dict:
    return {
        "approve_form": NoteForm(label=_("Ghi chú khi duyệt (không bắt buộc)"), prefix_id=f"duyet-{proposal.pk}"),
        "send_back_form": NoteForm(label=_("Lý do trả lại"), required=True, prefix_id=f"tra-lai-{proposal.pk}"),
    }


def restore_form(entry) -> NoteForm:
    form = NoteForm(label=_("Lý do khôi phục"), required=True, prefix_id=f"khoi-phuc-{entry.pk}")
    form.fields["note"].help_text = _("Gửi thành đề xuất chờ duyệt: menu như cột “Trước” của thay đổi này.")
    return form


def with_reason(form_class, guarded: tuple[str, ...]):
    class SettingForm(form_class):
        reason = forms.CharField(
            label=_("Lý do thay đổi"),
            required=False,
            max_length=500,
            widget=forms.Textarea(attrs={"rows": 2}),
            help_text=_("Ghi vào nhật ký kiểm tra cùng nội dung trước và sau khi lưu."),
        )

        def clean(self):
            cleaned = super().clean()
            live = type(self.instance).objects.get(pk=self.instance.pk) if self.instance.pk else None
            before = as_shown(live) if live else {}
            after = shown(live, {name: stream_json(cleaned[name]) for name in guarded if name in cleaned}) if live else {}
            changed = [name for name in after if before.get(name) != after[name]]
            if changed and not cleaned.get("reason", "").strip():
                self.add_error("reason", REASON_REQUIRED)
            return cleaned

    return SettingForm


class SettingsEditView(EditView):
    template_name = "subsites/settings_edit.html"

    def get_object(self, queryset=None):
        """The setting as readers meet it: an empty menu is shown in the form as the default items written out, so an
        editor adds to what readers see instead of replacing it (issue 18). Nothing is saved by showing it."""
        instance = super().get_object(queryset)
        for name, value in shown_when_empty(instance).items():
            if not getattr(instance, name):
                setattr(instance, name, value)
        return instance

    def get_form_class(self):
        return with_reason(super().get_form_class(), NEEDS_REASON.get(self.model, ()))

    def guarded_changes(self, form) -> tuple[dict, dict, list[str]]:
        guarded = NEEDS_REASON.get(self.model, ())
        live = self.model.objects.get(pk=self.object.pk)
        before = as_shown(live)
        after = shown(live, as_json(form.save(commit=False)))
        return before, after, [name for name in guarded if before.get(name) != after.get(name)]

    def form_valid(self, form):
        """A site approver's change of the menus is kept as a proposal, not saved: the live setting stays as it is."""
        if NEEDS_REASON.get(self.model) and not is_chief_editor(self.request.user):
            before, after, changed = self.guarded_changes(form)
            if changed:
                live = self.model.objects.get(pk=self.object.pk)
                propose(live, self.site, self.request.user, before, after, changed, form.cleaned_data["reason"].strip())
                messages.success(self.request, PROPOSED)
                return redirect(self.get_edit_url())
        return super().form_valid(form)

    def save_instance(self):
        live = self.model.objects.get(pk=self.object.pk)
        before = as_shown(live)
        after = as_json(self.form.instance)
        for name in shown_when_empty(live):
            # The default menu shown in the form and saved untouched stays the default: it keeps following the
            # home page's sections rather than freezing them into a list nobody chose.
            if not getattr(live, name) and after.get(name) == before.get(name):
                setattr(self.form.instance, name, getattr(live, name))
        instance = super().save_instance()
        after = as_shown(instance)
        changed = [name for name in after if before.get(name) != after[name]]
        reason = self.form.cleaned_data.get("reason", "").strip()
        if changed or reason:
            log(
                instance=instance,
                action=SETTINGS_CHANGED,
                user=self.request.user,
                data={
                    "site": self.site.hostname if self.site else "",
                    "changed": changed,
                    "before": before,
                    "after": after,
                    "reason": reason,
                    # The Chief Editor's change of the menus goes live without a second person (Art 8.5).
                    "override": bool(set(changed) & set(NEEDS_REASON.get(self.model, ()))),
                },
            )
        return instance

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = context["form"]
        claimed = self.panel.get_form_options().get("fields", []) if self.panel else []
        # What Wagtail draws bare after the panels (render_missing_fields), but for the reason, drawn with its label.
        context["unclaimed_fields"] = [form[name] for name in form.fields if name not in claimed and name != "reason"]
        if self.model is SiteNavigation and self.site:
            context["live_navigation"] = live_navigation(self.site)
        if NEEDS_REASON.get(self.model) and self.site:
            context["second_person"] = not is_chief_editor(self.request.user)
            context["proposals"] = [
                {**item, **decision_forms(item["proposal"])} for item in pending_for(self.model, self.site, self.request.user)
            ]
            context["sent_back"] = sent_back_to(self.request.user, site=self.site, setting=self.model._meta.label_lower)
        if self.site:
            restorable = bool(NEEDS_REASON.get(self.model))
            context["history"] = [
                {
                    **item,
                    "restore_form": restorable and restore_form(item["entry"]),
                }
                for item in history_of(self.model, self.object)
            ]
        return context


settings_edit = require_admin_access(SettingsEditView.as_view())

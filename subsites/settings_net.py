"""Site settings with a net (issue 18): a site's main menu, footer links, identity, notice and tracking code go live
the moment they are saved, so the settings screen (at Wagtail's own URL, subsites/urls.py)

- shows what is live now beside the form — for the menu, the links readers see, and, while no menu is configured,
  that the home page's sections are shown by default (the screen used to look empty while the public menu was full;
  adding one item then replaced the whole menu);
- asks for a reason: required from anyone but the Chief Editor to change the main menu or the footer links, optional
  otherwise;
- keeps each save as a revision in the audit log: a `moj.settings_changed` entry with the whole setting before and
  after (JSON), the fields changed and the reason — Wagtail's own `wagtail.edit` entry says only "edited".

Why no second-person approval queue: a setting is one row with no draft state in Wagtail; approving it would need a
draft copy and a publishing step of its own. The rule instead is the Chief Editor's override with a reason (Art 8.5):
the site's approvers (who alone, besides the Chief Editor, may open these settings) must say why they change what
every reader sees, and each change can be read back and undone from its before/after entry."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.auth import require_admin_access
from wagtail.contrib.settings.views import EditView
from wagtail.fields import StreamField
from wagtail.log_actions import log

from accounts.roles import is_chief_editor
from home.models import SiteNavigation
from home.templatetags.portal_tags import live_navigation

SETTINGS_CHANGED = "moj.settings_changed"
# Changes only the Chief Editor makes without a reason: what every page of the site shows as its way around.
NEEDS_REASON = {SiteNavigation: ("main_menu", "footer_links")}
REASON_REQUIRED = _("Thay đổi menu chính hoặc liên kết chân trang có hiệu lực ngay trên mọi trang: ghi lý do thay đổi.")


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


def with_reason(form_class, user, guarded: tuple[str, ...]):
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
            before = as_json(type(self.instance).objects.get(pk=self.instance.pk)) if self.instance.pk else {}
            changed = [name for name in guarded if name in cleaned and before.get(name) != stream_json(cleaned[name])]
            if changed and not cleaned.get("reason", "").strip() and not is_chief_editor(user):
                self.add_error("reason", REASON_REQUIRED)
            return cleaned

    return SettingForm


class SettingsEditView(EditView):
    template_name = "subsites/settings_edit.html"

    def get_form_class(self):
        return with_reason(super().get_form_class(), self.request.user, NEEDS_REASON.get(self.model, ()))

    def save_instance(self):
        before = as_json(self.model.objects.get(pk=self.object.pk))
        instance = super().save_instance()
        after = as_json(instance)
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
                },
            )
        return instance

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.model is SiteNavigation and self.site:
            context["live_navigation"] = live_navigation(self.site)
        context["reason_required"] = bool(NEEDS_REASON.get(self.model)) and not is_chief_editor(self.request.user)
        return context


settings_edit = require_admin_access(SettingsEditView.as_view())

"""The page form of items that name their author or source (R-CONT-6, Art 18): submitting for approval without
either is refused on both fields (issue 18); saving a draft stays free, so work in progress is never lost."""

from django.utils.translation import gettext_lazy as _

from home.slugs import PageForm

SUBMIT_ACTIONS = ("action-submit", "action-restart-workflow")
ATTRIBUTION_REQUIRED = _("Ghi tác giả hoặc nguồn tin trước khi gửi duyệt (Điều 18, Quy chế 1319).")


class AttributionPageForm(PageForm):
    def clean(self):
        cleaned_data = super().clean()
        submitting = any(self.data.get(action) for action in SUBMIT_ACTIONS)
        if submitting and not (cleaned_data.get("author") or "").strip() and not (cleaned_data.get("source") or "").strip():
            self.add_error("author", ATTRIBUTION_REQUIRED)
            self.add_error("source", ATTRIBUTION_REQUIRED)
        return cleaned_data

"""Page addresses (slugs) as an editor expects them (issue 18): Vietnamese transliterated the same way in the editor's
live slug and on the server ("Cục THADS tập huấn kỹ năng số" → `cuc-thads-tap-huan-ky-nang-so`, where Wagtail's own
default dropped every letter with a diacritic), and unique by themselves: an address already used beside the page
becomes `<slug>-2`, `<slug>-3`… with a note, never a refusal the editor cannot understand nor a server error."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.forms.models import register_form_field_override
from wagtail.admin.widgets import SlugInput
from wagtail.models import Page

from vietnamese.text import slugify, transliterations

COMBINING_MARKS = "[\u0300-\u036f]"  # tone and vowel marks typed as separate characters (NFD keyboards)
SLUG_FORMATTERS = [(f"[{letters}]", ascii_letter) for ascii_letter, letters in transliterations().items()] + [(COMBINING_MARKS, "")]
SLUG_GIVEN_UP = _("Địa chỉ “%(taken)s” đã được trang khác cùng cấp sử dụng, nên địa chỉ của trang “%(title)s” được đặt là “%(slug)s”.")


def register_slug_widget() -> None:
    """Every slug field of the admin (pages, snippets) transliterates Vietnamese in the browser before Wagtail's own
    urlify, which only knows a few Latin letters."""
    register_form_field_override(models.SlugField, override={"widget": SlugInput(formatters=SLUG_FORMATTERS)})


def free_slug(slug: str, taken: set[str]) -> str:
    """The first of `<slug>-2`, `<slug>-3`… not in `taken`, within the length of a page's slug."""
    max_length = Page._meta.get_field("slug").max_length
    number = 2
    while True:
        suffix = f"-{number}"
        candidate = slug[: max_length - len(suffix)] + suffix
        if candidate not in taken:
            return candidate
        number += 1


class PageForm(WagtailAdminPageForm):
    """The page editor's form: an address taken by a sibling is replaced by a free one instead of refusing the save
    (a refused autosave kept failing in the background, issue 18)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "slug" in self.fields:
            self.fields["slug"].required = False  # made from the title when left empty (a page without the browser's sync)

    def clean(self):
        slug = self.cleaned_data.get("slug") or slugify(self.cleaned_data.get("title") or "")
        self.cleaned_data["slug"] = slug
        if slug and self.parent_page is not None and not Page._slug_is_available(slug, self.parent_page, self.instance):
            siblings = self.parent_page.get_children()
            if self.instance.pk:
                siblings = siblings.exclude(pk=self.instance.pk)
            self.cleaned_data["slug"] = free_slug(slug, set(siblings.values_list("slug", flat=True)))
            self.instance.given_up_slug = slug
        return super().clean()

    def get_field_updates_for_resave(self):
        """After an autosave, the still-open editor takes the address the page really has (given up here, or when an
        article was filed into its month folder), so that the next autosave does not ask for the taken one again."""
        updates = super().get_field_updates_for_resave()
        if "slug" in self.data and self.data["slug"] != self.instance.slug:
            updates.append(("slug", self.instance.slug))
        return updates

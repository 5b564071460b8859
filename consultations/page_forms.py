"""The draft page's editor form (issue 15): every version of the draft is read into its structure when the page is
saved, and a file that is not a draft says why beside the version's own fields — never a server error."""

from django.utils.translation import gettext_lazy as _

from consultations.draft_text import DraftTextError, parse_docx, parse_text
from home.slugs import PageForm

NOTHING_TO_READ = _("Hãy chọn tệp dự thảo .docx hoặc dán toàn văn dự thảo.")
NOT_DOCX = _("Tệp dự thảo phải là tệp Word .docx (tệp .doc, .pdf: hãy mở bằng Word và lưu lại dưới dạng .docx).")


class DraftPageForm(PageForm):
    def clean(self):
        cleaned = super().clean()
        formset = self.formsets.get("versions")
        for form in formset.forms if formset is not None else []:
            if not form.is_valid() or (formset.can_delete and formset._should_delete_form(form)):
                continue
            field, structure = read_version(form.cleaned_data.get("docx"), form.cleaned_data.get("pasted_text", ""))
            if isinstance(structure, dict):
                form.instance.structure = structure
            else:
                form.add_error(field, structure)
        return cleaned


def read_version(document, pasted_text: str) -> tuple[str, dict | str]:
    """(field, structure) when the version reads, (field, message) when not: the DOCX when one is chosen, else the text."""
    if document is not None:
        if document.file_extension.lower() != "docx":
            return "docx", str(NOT_DOCX)
        try:
            with document.open_file() as file:
                return "docx", parse_docx(file)
        except DraftTextError as error:
            return "docx", str(error)
        except OSError:
            return "docx", str(_("Không mở được tệp dự thảo trên máy chủ. Hãy tải tệp lên lại."))
    if pasted_text.strip():
        try:
            return "pasted_text", parse_text(pasted_text)
        except DraftTextError as error:
            return "pasted_text", str(error)
    return "docx", str(NOTHING_TO_READ)

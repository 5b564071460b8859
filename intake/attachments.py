"""Files sent with information (R-IN-1): several at once, each checked for size, type and content
(defence.uploads), kept outside the public media (they are served to the Standing Board only)."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image as PillowImage

from defence.uploads import content_matches_extension

DOCUMENT_EXTENSIONS = ["pdf", "doc", "docx", "odt"]
IMAGE_EXTENSIONS = ["jpg", "jpeg", "png"]
EXTENSIONS = DOCUMENT_EXTENSIONS + IMAGE_EXTENSIONS
IMAGE_FORMATS = {"jpg": "JPEG", "jpeg": "JPEG", "png": "PNG"}


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


def optional_attachment_field() -> forms.FileField:
    """The optional file of a public form (a question, a comment on a draft), offering the extensions checked here."""
    return forms.FileField(
        label=_("Tệp đính kèm"),
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": ",".join(f".{extension}" for extension in EXTENSIONS)}),
        help_text=_("Không bắt buộc. Định dạng: %(extensions)s.") % {"extensions": ", ".join(EXTENSIONS)},
    )


def check_file(upload) -> None:
    """Refuses a file with a message naming it: too large, a type not accepted, or content that is not its type."""
    name = upload.name or ""
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if upload.size > settings.INTAKE_MAX_ATTACHMENT_SIZE:
        raise ValidationError(
            _("Tệp %(name)s quá lớn (%(size)s). Mỗi tệp tối đa %(limit)s.")
            % {"name": name, "size": filesizeformat(upload.size), "limit": filesizeformat(settings.INTAKE_MAX_ATTACHMENT_SIZE)},
            code="file_too_large",
        )
    if extension not in EXTENSIONS:
        raise ValidationError(
            _("Không nhận tệp %(name)s. Chỉ nhận: %(extensions)s.") % {"name": name, "extensions": ", ".join(EXTENSIONS)},
            code="invalid_extension",
        )
    matches = _is_image(upload, IMAGE_FORMATS[extension]) if extension in IMAGE_FORMATS else content_matches_extension(extension, upload)
    if not matches:
        raise ValidationError(
            _("Nội dung tệp %(name)s không đúng định dạng .%(extension)s. Hãy kiểm tra lại tệp.") % {"name": name, "extension": extension},
            code="content_does_not_match_extension",
        )


def _is_image(upload, image_format: str) -> bool:
    try:
        upload.seek(0)
        with PillowImage.open(upload) as picture:
            if picture.format != image_format or picture.size[0] * picture.size[1] > settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS:
                return False
            picture.verify()
        return True
    except (OSError, SyntaxError, ValueError, EOFError, PillowImage.DecompressionBombError):
        return False
    finally:
        upload.seek(0)


class AttachmentsField(forms.FileField):
    widget = MultipleFileInput

    def __init__(self, *args, max_files: int = 5, **kwargs):
        self.max_files = max_files
        kwargs.setdefault("required", False)
        super().__init__(*args, **kwargs)
        self.widget.attrs["accept"] = ",".join(f".{extension}" for extension in EXTENSIONS)
        self.help_text = _("Tối đa %(count)s tệp, mỗi tệp tối đa %(limit)s. Định dạng: %(extensions)s.") % {
            "count": max_files,
            "limit": filesizeformat(settings.INTAKE_MAX_ATTACHMENT_SIZE),
            "extensions": ", ".join(EXTENSIONS),
        }

    def clean(self, data, initial=None):
        files = [file for file in (data if isinstance(data, list | tuple) else [data]) if file]
        if self.required and not files:
            raise ValidationError(self.error_messages["required"], code="required")
        if len(files) > self.max_files:
            raise ValidationError(_("Gửi tối đa %(count)s tệp.") % {"count": self.max_files}, code="too_many_files")
        errors = []
        for upload in files:
            try:
                super().clean(upload, initial)
                check_file(upload)
            except ValidationError as error:
                errors.extend(error.error_list)
        if errors:
            raise ValidationError(errors)
        return files

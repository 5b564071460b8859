"""Upload checks (R-OPS-5): size limits, pixel bombs, and content that matches the extension.

Wagtail's document and image forms are used by every upload screen (add, edit, multiple upload, upload inside a
chooser); settings point them at the forms below (WAGTAILDOCS_DOCUMENT_FORM_BASE, WAGTAILIMAGES_IMAGE_FORM_BASE),
which swap in file fields that check more and say what is wrong in Vietnamese — Wagtail's own messages for these
are not translated into Vietnamese."""

import zipfile

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from PIL import Image as PillowImage
from wagtail.documents.fields import WagtailDocumentField
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

OLE2_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Office 97–2003 files (.doc, .xls, .ppt)
OOXML_MAIN_PART = {"docx": "word/document.xml", "xlsx": "xl/workbook.xml", "pptx": "ppt/presentation.xml"}
OPENDOCUMENT_TYPES = {"odt": "application/vnd.oasis.opendocument.text", "ods": "application/vnd.oasis.opendocument.spreadsheet"}
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
HEAD_BYTES = 8192


def content_matches_extension(extension: str, file) -> bool:
    """Whether the bytes of `file` are what its extension says (the extension alone is what the uploader typed).
    Every extension of WAGTAILDOCS_EXTENSIONS has a rule; an unknown one never matches."""
    file.seek(0)
    head = file.read(HEAD_BYTES)
    file.seek(0)
    kind = filetype.guess(head)
    if extension == "pdf":
        return kind is not None and kind.mime == "application/pdf"
    if extension in ("doc", "xls", "ppt"):
        return head.startswith(OLE2_SIGNATURE)
    if extension in OPENDOCUMENT_TYPES:
        return kind is not None and kind.mime == OPENDOCUMENT_TYPES[extension]
    if extension in OOXML_MAIN_PART or extension == "zip":
        return _zip_has(file, OOXML_MAIN_PART.get(extension))
    if extension == "txt":
        # Plain text has no signature: it must at least not be a known binary format.
        return kind is None and (b"\x00" not in head or head.startswith(UTF16_BOMS))
    return False


def _zip_has(file, part: str | None) -> bool:
    """A ZIP archive (reading only its table of contents, never unpacking), holding `part` when one is named."""
    try:
        with zipfile.ZipFile(file) as archive:
            return part is None or part in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False
    finally:
        file.seek(0)


class CheckedDocumentField(WagtailDocumentField):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.help_text = _("Dung lượng tối đa %(max_upload_size)s. Định dạng: %(extensions)s.") % {
            "max_upload_size": self.max_upload_size_text,
            "extensions": ", ".join(settings.WAGTAILDOCS_EXTENSIONS),
        }
        self.error_messages["file_too_large"] = _("Tệp quá lớn (%(file_size)s). Dung lượng tối đa của tài liệu là %(max_filesize)s.")
        self.error_messages["file_too_large_unknown_size"] = _("Tệp quá lớn. Dung lượng tối đa của tài liệu là %(max_filesize)s.") % {
            "max_filesize": self.max_upload_size_text
        }

    def to_python(self, data):
        file = super().to_python(data)
        if file is None:
            return None
        extension = file.name.rsplit(".", 1)[-1].lower() if "." in file.name else ""
        if extension not in settings.WAGTAILDOCS_EXTENSIONS:
            # Wagtail checks this too, later, with Django's message, which has no Vietnamese translation.
            raise ValidationError(
                _("Không nhận tệp .%(extension)s. Chỉ nhận: %(extensions)s.")
                % {"extension": extension, "extensions": ", ".join(settings.WAGTAILDOCS_EXTENSIONS)},
                code="invalid_extension",
            )
        if not content_matches_extension(extension, file):
            raise ValidationError(
                _("Nội dung tệp không đúng định dạng .%(extension)s (có thể tệp đã bị đổi phần mở rộng). Hãy kiểm tra lại tệp rồi tải lên.")
                % {"extension": extension},
                code="content_does_not_match_extension",
            )
        return file


class CheckedImageField(WagtailImageField):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        max_pixels = number_format(self.max_image_pixels, force_grouping=True)
        self.help_text = _("Định dạng: %(formats)s. Dung lượng tối đa %(max_upload_size)s, tối đa %(max_pixels)s điểm ảnh.") % {
            "formats": self.supported_formats_text,
            "max_upload_size": self.max_upload_size_text,
            "max_pixels": max_pixels,
        }
        self.error_messages.update(
            {
                "invalid_image": _("Tệp không phải là ảnh, hoặc ảnh đã bị hỏng."),
                "invalid_image_extension": _("Định dạng ảnh không được hỗ trợ. Chỉ nhận: %(formats)s.")
                % {"formats": self.supported_formats_text},
                "invalid_image_known_format": _("Không phải ảnh .%(extension)s hợp lệ: nội dung tệp là ảnh %(image_format)s."),
                "file_too_large": _("Ảnh quá lớn (%(file_size)s). Dung lượng tối đa của ảnh là %(max_filesize)s."),
                "file_too_large_unknown_size": _("Ảnh quá lớn. Dung lượng tối đa của ảnh là %(max_filesize)s.")
                % {"max_filesize": self.max_upload_size_text},
                "file_too_many_pixels": _(
                    "Ảnh có quá nhiều điểm ảnh (%(num_pixels)s). Tối đa %(max_pixels_count)s điểm ảnh: hãy thu nhỏ ảnh."
                ),
                "pixel_bomb": _("Ảnh có quá nhiều điểm ảnh. Tối đa %(max_pixels_count)s điểm ảnh: hãy thu nhỏ ảnh.")
                % {"max_pixels_count": max_pixels},
            }
        )

    def check_image_pixel_size(self, f):
        """Counted from the file's header, before anything is decoded. Wagtail asks Willow, which decodes the whole
        picture to learn its size — hundreds of megabytes for a small, well-compressed file — and Pillow refuses to
        open one far past its own limit (DecompressionBombError): a 50000 × 50000 PNG of a few kilobytes ended in a
        500. A broken or truncated file is an invalid image here, not a 500 later, when a page first shows it."""
        try:
            f.seek(0)
            with PillowImage.open(f) as picture:
                width, height = picture.size
                self._refuse_if_too_many_pixels(width * height)
                self._refuse_if_too_many_pixels(width * height * getattr(picture, "n_frames", 1))
                picture.verify()  # the structure and checksums, without decoding the pixels
        except PillowImage.DecompressionBombError:
            raise ValidationError(self.error_messages["pixel_bomb"], code="file_too_many_pixels") from None
        except (OSError, SyntaxError, ValueError, EOFError):
            raise ValidationError(self.error_messages["invalid_image"], code="invalid_image") from None
        finally:
            f.seek(0)

    def _refuse_if_too_many_pixels(self, pixels: int):
        if self.max_image_pixels is not None and pixels > self.max_image_pixels:
            raise ValidationError(
                self.error_messages["file_too_many_pixels"]
                % {
                    "num_pixels": number_format(pixels, force_grouping=True),
                    "max_pixels_count": number_format(self.max_image_pixels, force_grouping=True),
                },
                code="file_too_many_pixels",
            )


def _swap_file_field(form, field_class):
    """Wagtail builds the file field from the model (formfield_for_dbfield); ours takes its place, keeping its widget,
    label and whether it is required. The multiple uploader's edit form has no file field and keeps none."""
    field = form.fields.get("file")
    if field is not None:
        form.fields["file"] = field_class(label=field.label, required=field.required, widget=field.widget, max_length=field.max_length)


class DocumentForm(BaseDocumentForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _swap_file_field(self, CheckedDocumentField)

    def _post_clean(self):
        # When the file field refused the upload, Wagtail's model check of the extension (AbstractDocument.clean) adds
        # a second message, in English, about the empty file name left behind: the first one says what is wrong.
        refusal = list(self._errors.get("file", []))
        super()._post_clean()
        if refusal:
            self._errors["file"] = self.error_class(refusal)


class ImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _swap_file_field(self, CheckedImageField)

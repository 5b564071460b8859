from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from home.page_cache.generation import remembered


class SubjectArea(index.Indexed, models.Model):
    """A field (lĩnh vực) of the Ministry's work: civil judgment enforcement, civil status, legal aid…
    Articles and documents are tagged with them; Board members review the items of their fields (R-FLOW-2)."""

    name = models.CharField(_("Tên lĩnh vực"), max_length=200, unique=True)
    name_en = models.CharField(_("Tên tiếng Anh"), max_length=200, blank=True)
    slug = models.SlugField(unique=True)
    always_expert_review = models.BooleanField(
        _("Luôn cần thẩm định chuyên môn"),
        default=False,
        help_text=_("Mọi tin, bài thuộc lĩnh vực này đều qua thành viên Ban Biên tập phụ trách trước khi duyệt."),
    )

    panels = [FieldPanel("name"), FieldPanel("name_en"), FieldPanel("slug"), FieldPanel("always_expert_review")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("Lĩnh vực")
        verbose_name_plural = _("Lĩnh vực")

    def __str__(self):
        return self.name

    @classmethod
    def every_area(cls) -> list["SubjectArea"]:
        """Every field, kept until the next change (issue 16): search offers them on every request."""
        return remembered("subject-areas", lambda: list(cls.objects.all()))

from django import forms
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel


class BoardMember(models.Model):
    """A member of the Editorial Board and the fields (lĩnh vực) they review (R-FLOW-2, Art 12.3)."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="board_member")
    subject_areas = models.ManyToManyField("home.SubjectArea", verbose_name=_("Lĩnh vực phụ trách"), related_name="board_members")

    panels = [FieldPanel("user"), FieldPanel("subject_areas", widget=forms.CheckboxSelectMultiple)]

    class Meta:
        verbose_name = _("Thành viên Ban Biên tập")
        verbose_name_plural = _("Thành viên Ban Biên tập")

    def __str__(self):
        return self.user.get_full_name() or self.user.get_username()

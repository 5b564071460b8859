"""The Board and the calendar, as data the Chief Editor and the administrators keep (R-FLOW-2, R-FLOW-3)."""

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from editorial.calendar import WorkingCalendar


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


def expert_reviewers(page):
    """The active Board members of the item's fields; every Board member when none covers them (Art 12.3)."""
    members = BoardMember.objects.filter(subject_areas__in=page.subject_areas.all()).distinct()
    if not members.exists():
        members = BoardMember.objects.all()
    return get_user_model().objects.filter(board_member__in=members, is_active=True)


class CalendarException(models.Model):
    """A correction to the national calendar that administrators add each year: an extra day off (Tết is often
    longer than the law's days) or a make-up working day (R-FLOW-3)."""

    date = models.DateField(_("Ngày"), unique=True)
    is_working_day = models.BooleanField(
        _("Là ngày làm việc"), default=False, help_text=_("Đánh dấu nếu là ngày làm việc bù; bỏ trống nếu là ngày nghỉ.")
    )
    note = models.CharField(
        _("Ghi chú"), max_length=255, blank=True, help_text=_("Ví dụ: Nghỉ Tết Nguyên đán theo thông báo của Chính phủ.")
    )

    panels = [FieldPanel("date"), FieldPanel("is_working_day"), FieldPanel("note")]

    class Meta:
        ordering = ["-date"]
        verbose_name = _("Ngày nghỉ, ngày làm bù")
        verbose_name_plural = _("Lịch ngày nghỉ, ngày làm bù")

    def __str__(self):
        return f"{self.date:%d/%m/%Y} — {self.note or (_('làm bù') if self.is_working_day else _('nghỉ'))}"


def working_calendar() -> WorkingCalendar:
    """The national calendar as corrected by the administrators today."""
    return WorkingCalendar(dict(CalendarException.objects.values_list("date", "is_working_day")))

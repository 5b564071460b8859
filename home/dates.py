"""The dates the portal accepts from whoever types one — an editor in the admin, a citizen in a search filter
(issue 12). Every date the portal holds is within them, and a day on either side, or the same moment in UTC,
still exists for Python and PostgreSQL: 1 January of the year 1 at midnight in Hà Nội is in the year 0 in UTC,
which neither can hold, and saving an article dated so failed with a server error."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin import widgets
from wagtail.admin.forms.models import register_form_field_override

EARLIEST_DATE = datetime.date(1900, 1, 1)
LATEST_DATE = datetime.date(2999, 12, 31)
OUT_OF_RANGE = _("Ngày phải từ năm %(earliest)s đến năm %(latest)s.")


def check_range(day: datetime.date) -> None:
    if not EARLIEST_DATE <= day <= LATEST_DATE:
        raise ValidationError(OUT_OF_RANGE, code="out_of_range", params={"earliest": EARLIEST_DATE.year, "latest": LATEST_DATE.year})


class PlausibleDateField(forms.DateField):
    def validate(self, value):
        super().validate(value)
        if value:
            check_range(value)


class PlausibleDateTimeField(forms.DateTimeField):
    def validate(self, value):
        super().validate(value)
        if value:
            check_range(value.date())  # in the editor's time zone, as typed


def register_admin_date_fields() -> None:
    """Every date and date-and-time field of Wagtail's admin forms (pages, snippets, settings) checks the range;
    the widgets stay Wagtail's."""
    register_form_field_override(models.DateField, override={"widget": widgets.AdminDateInput, "form_class": PlausibleDateField})
    register_form_field_override(
        models.DateTimeField, override={"widget": widgets.AdminDateTimeInput, "form_class": PlausibleDateTimeField}
    )

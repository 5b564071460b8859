"""The dates the portal accepts from whoever types one — an editor in the admin, a citizen in a search filter
(issue 12). Every date the portal holds is within them, and a day on either side, or the same moment in UTC,
still exists for Python and PostgreSQL: 1 January of the year 1 at midnight in Hà Nội is in the year 0 in UTC,
which neither can hold, and saving an article dated so failed with a server error."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
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
    """A default such as `timezone.now` makes Django send the instant back in a hidden "initial-" field, to tell whether
    the editor changed the date; that copy never parsed as the widget's value, so every save of an unchanged article
    counted as a change: an approver approving from the editor saved a revision, became an author of the item and was
    refused as reviewing their own text (issue 12). The value shown is compared instead, to the minute the widget shows."""

    def __init__(self, *, show_hidden_initial=False, **kwargs):
        super().__init__(**kwargs)

    def has_changed(self, initial, data):
        if isinstance(initial, datetime.datetime) and data:
            try:
                value = self.to_python(data)
            except ValidationError:
                return True
            return value is None or _to_the_minute(value) != _to_the_minute(initial)
        return super().has_changed(initial, data)

    def validate(self, value):
        super().validate(value)
        if value:
            check_range(value.date())  # in the editor's time zone, as typed


def _to_the_minute(moment: datetime.datetime) -> datetime.datetime:
    if timezone.is_aware(moment):
        moment = timezone.localtime(moment)
    return moment.replace(second=0, microsecond=0, tzinfo=None)


def register_admin_date_fields() -> None:
    """Every date and date-and-time field of Wagtail's admin forms (pages, snippets, settings) checks the range;
    the widgets stay Wagtail's."""
    register_form_field_override(models.DateField, override={"widget": widgets.AdminDateInput, "form_class": PlausibleDateField})
    register_form_field_override(
        models.DateTimeField, override={"widget": widgets.AdminDateTimeInput, "form_class": PlausibleDateTimeField}
    )

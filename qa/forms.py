"""The filters of the public Q&A listing (R-CONT-5): field, answering unit, year answered, and words — found in the
title, the question and the answer whatever the diacritics (PostgreSQL's unaccent, search migration 0001)."""

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

MAX_WORDS = 100


class QuestionFilterForm(forms.Form):
    q = forms.CharField(label=_("Từ khoá"), required=False, max_length=MAX_WORDS)
    linh_vuc = forms.ChoiceField(label=_("Lĩnh vực"), required=False)
    don_vi = forms.ChoiceField(label=_("Đơn vị trả lời"), required=False)
    nam = forms.TypedChoiceField(label=_("Năm trả lời"), required=False, coerce=int, empty_value=None)

    def __init__(self, *args, questions, areas, units, **kwargs):
        """`questions`: the listed questions, whose years are offered; `areas` and `units`: the fields and the units
        of those questions."""
        super().__init__(*args, **kwargs)
        everything = [("", _("Tất cả"))]
        self.fields["linh_vuc"].choices = everything + [(area.slug, area.name) for area in areas]
        self.fields["don_vi"].choices = everything + [(unit.slug, unit.name) for unit in units]
        years = questions.order_by().dates("answered_on", "year", order="DESC")
        self.fields["nam"].choices = everything + [(year.year, year.year) for year in years]

    def apply(self, questions):
        if not self.is_bound or not self.is_valid():
            return questions
        data = self.cleaned_data
        if words := data["q"].strip():
            for word in words.split():
                questions = questions.filter(
                    Q(title__unaccent__icontains=word) | Q(question__unaccent__icontains=word) | Q(answer__unaccent__icontains=word)
                )
        if data["linh_vuc"]:
            questions = questions.filter(subject_area__slug=data["linh_vuc"])
        if data["don_vi"]:
            questions = questions.filter(answering_unit__slug=data["don_vi"])
        if data["nam"]:
            questions = questions.filter(answered_on__year=data["nam"])
        return questions

"""The focal point's decisions on a question (R-CONT-5), one form: each action names the field it needs."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.rich_text import DraftailRichTextArea

from questions.models import Question
from subsites.models import Unit

ANSWER_FEATURES = ["h3", "bold", "italic", "link", "ol", "ul", "document-link"]


class Action(models.TextChoices):
    CLARIFY = "clarify", _("Đề nghị người hỏi làm rõ")
    ANSWER = "answer", _("Trả lời")
    REASSIGN = "reassign", _("Chuyển đơn vị khác")
    NOT_OUR_COMPETENCE = "not_competent", _("Không thuộc thẩm quyền")
    DUPLICATE = "duplicate", _("Câu hỏi trùng")
    SPAM = "spam", _("Thư rác")


class AnswerEditor(DraftailRichTextArea):
    """The rich text editor (the default one: the settings name no other). What it posts is its JSON; anything else
    (a hand-made post) is no answer, which the form then asks for, rather than a server error."""

    def value_from_datadict(self, data, files, name):
        try:
            return super().value_from_datadict(data, files, name)
        except (ValueError, TypeError, KeyError, AttributeError, IndexError):
            return None


class ActionForm(forms.Form):
    action = forms.ChoiceField(label=_("Thao tác"), choices=Action.choices, widget=forms.RadioSelect)
    answer = forms.CharField(label=_("Trả lời"), required=False, widget=AnswerEditor(features=ANSWER_FEATURES))
    unit = forms.ModelChoiceField(label=_("Đơn vị"), queryset=Unit.objects.all(), required=False)
    competent_body = forms.CharField(label=_("Cơ quan có thẩm quyền"), max_length=255, required=False)
    duplicate_code = forms.CharField(label=_("Mã tra cứu của câu hỏi trùng"), max_length=16, required=False)
    note = forms.CharField(
        label=_("Nội dung cần làm rõ, hoặc lý do chuyển đơn vị"), widget=forms.Textarea(attrs={"rows": 4}), required=False, max_length=5000
    )

    NEEDS = {
        Action.CLARIFY: ("note", _("Ghi nội dung cần người hỏi làm rõ.")),
        Action.ANSWER: ("answer", _("Nhập nội dung trả lời.")),
        Action.REASSIGN: ("unit", _("Chọn đơn vị chuyển đến.")),
        Action.NOT_OUR_COMPETENCE: ("competent_body", _("Ghi tên cơ quan có thẩm quyền.")),
        Action.DUPLICATE: ("duplicate_code", _("Nhập mã tra cứu của câu hỏi trùng.")),
    }

    def __init__(self, *args, question=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.question = question

    def clean(self):
        cleaned = super().clean()
        action = cleaned.get("action")
        if action in self.NEEDS:
            field, message = self.NEEDS[action]
            if not cleaned.get(field):
                self.add_error(field, message)
        if action == Action.REASSIGN and not cleaned.get("note", "").strip():
            self.add_error("note", _("Ghi lý do chuyển đơn vị."))
        if action == Action.DUPLICATE and cleaned.get("duplicate_code"):
            code = "".join(cleaned["duplicate_code"].split()).upper()
            original = Question.objects.filter(tracking_code=code).exclude(pk=getattr(self.question, "pk", None)).first()
            if original is None:
                self.add_error("duplicate_code", _("Không có câu hỏi nào khác với mã này."))
            cleaned["duplicate_of"] = original
        return cleaned


class PrivateForm(forms.Form):
    reason = forms.CharField(
        label=_("Lý do gửi trả lời riêng, không đăng"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        error_messages={"required": _("Ghi lý do không đăng câu trả lời.")},
    )

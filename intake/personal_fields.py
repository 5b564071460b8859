"""Who writes to the portal, on its public forms: the name, the e-mail and the consent to the processing of these
personal data (Law 91/2025/QH15), one owner for the Art 9 form (intake.forms), a citizen's question (questions.forms)
and a comment on a draft (consultations.forms). Each form says what the data are processed for and who reads them in
its own consent label; the data themselves are kept encrypted (defence.personal_data)."""

from django import forms
from django.utils.translation import gettext_lazy as _

INVALID_EMAIL = _("Địa chỉ thư điện tử không đúng (ví dụ: ten@example.vn).")


def full_name_field() -> forms.CharField:
    return forms.CharField(label=_("Họ và tên"), max_length=200, error_messages={"required": _("Hãy nhập họ và tên.")})


def email_field(help_text="", invalid=INVALID_EMAIL) -> forms.EmailField:
    return forms.EmailField(
        label=_("Thư điện tử"),
        max_length=254,
        help_text=help_text,
        error_messages={"required": _("Hãy nhập địa chỉ thư điện tử."), "invalid": invalid},
    )


def consent_field(label, refused) -> forms.BooleanField:
    """The consent box: `label` names the purpose and who sees the data, `refused` what cannot be received without it."""
    return forms.BooleanField(label=label, error_messages={"required": refused})


class PersonalDataFields(forms.Form):
    """The name, e-mail and consent of a citizen's public form. A form sets what its e-mail is for (`email_help`), the
    consent's wording (`consent_label`) and the message when it is not given (`consent_refused`)."""

    email_help = ""
    consent_label = ""
    consent_refused = ""

    full_name = full_name_field()
    email = email_field()
    consent = consent_field("", "")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].help_text = self.email_help
        self.fields["consent"].label = self.consent_label
        self.fields["consent"].error_messages["required"] = self.consent_refused

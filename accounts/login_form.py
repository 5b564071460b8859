"""The admin's login form in the user's language (issue 18): Wagtail's own leaves the password field labelled
"Password", from the field's name, in every language."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm


class PortalLoginForm(LoginForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = _("Mật khẩu")

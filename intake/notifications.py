"""E-mails of the register. What goes to the sender carries no personal data beyond their own address; what goes to
staff carries none at all (R-IN-2): they read it in the register."""

from django.conf import settings
from django.core.mail import send_mail
from django.urls import reverse
from django.utils.translation import gettext as _

from intake.models import Entry


def _send(subject: str, body: str, recipients) -> None:
    recipients = [address for address in recipients if address]
    if recipients:
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, recipients)


def acknowledge(entry: Entry) -> None:
    _send(
        _("Đã tiếp nhận thông tin số %(number)s") % {"number": entry.pk},
        _("Ban Biên tập Cổng Thông tin điện tử Bộ Tư pháp đã tiếp nhận thông tin “%(title)s” (số %(number)s) lúc %(time)s.")
        % {"title": entry.title, "number": entry.pk, "time": f"{entry.received_at:%H:%M %d/%m/%Y}"},
        [entry.email],
    )


def refusal(entry: Entry) -> None:
    _send(
        _("Thông tin số %(number)s không được đăng tải") % {"number": entry.pk},
        _("Thông tin “%(title)s” không được đăng tải trên Cổng.\nLý do: %(reason)s.\nÝ kiến: %(comment)s")
        % {"title": entry.title, "reason": entry.get_refusal_reason_display(), "comment": entry.decision_comment},
        [entry.email],
    )


def completion_request(entry: Entry, link: str) -> None:
    _send(
        _("Đề nghị bổ sung thông tin số %(number)s") % {"number": entry.pk},
        _("Ban Biên tập đề nghị bổ sung thông tin “%(title)s”:\n%(request)s\n\nBổ sung tại: %(link)s\nHạn bổ sung: %(due)s.")
        % {"title": entry.title, "request": entry.completion_request, "link": link, "due": f"{entry.completion_due_at:%H:%M %d/%m/%Y}"},
        [entry.email],
    )


def staff_notice(entry: Entry, users, subject: str) -> None:
    """To the people who now have the entry (a site's editors, a unit's focal points): a link, no personal data."""
    link = settings.WAGTAILADMIN_BASE_URL + reverse("intake_entry", args=[entry.pk])
    _send(
        subject,
        _("Thông tin số %(number)s: “%(title)s”.\nXem tại: %(link)s") % {"number": entry.pk, "title": entry.title, "link": link},
        [u.email for u in users],
    )

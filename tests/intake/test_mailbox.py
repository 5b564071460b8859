"""The e-mail channel (R-IN-1) against a real IMAP server (dovecot, tests/intake/imap_server.py): each message
becomes one entry, once, with its attachments and the original kept; HTML is reduced to safe text; bounces and
auto-replies are left out."""

import io
from email.message import EmailMessage

import pytest
from django.core.management import call_command

from intake.models import Channel, Entry
from tests.intake.conftest import MINIMAL_PDF

pytestmark = pytest.mark.django_db


@pytest.fixture
def mailbox(settings, imap_server):
    settings.INTAKE_IMAP_HOST, settings.INTAKE_IMAP_PORT, settings.INTAKE_IMAP_SSL = imap_server.host, imap_server.port, False
    settings.INTAKE_IMAP_USER, settings.INTAKE_IMAP_PASSWORD, settings.INTAKE_IMAP_FOLDER = imap_server.user, imap_server.password, "INBOX"
    return imap_server


def message(subject, body="Kính gửi Ban Biên tập.", sender="Lê Văn Hải <hai.lv@hanoi.gov.vn>", message_id=None, html=None, **headers):
    mail = EmailMessage()
    mail["From"], mail["To"], mail["Subject"] = sender, "banbientap@moj.gov.vn", subject
    mail["Message-ID"] = message_id or f"<{abs(hash(subject))}@hanoi.gov.vn>"
    for name, value in headers.items():
        mail[name.replace("_", "-")] = value
    if html is not None:
        mail.set_content(html, subtype="html")
    else:
        mail.set_content(body)
    return mail


def poll() -> str:
    out = io.StringIO()
    call_command("poll_intake_mailbox", stdout=out)
    return out.getvalue()


def test_a_message_becomes_one_entry_with_its_attachment_and_original_and_only_once(mailbox, main_site):
    mail = message("Đề nghị đăng tin hội nghị", message_id="<hoi-nghi-1@hanoi.gov.vn>")
    mail.add_attachment(MINIMAL_PDF, maintype="application", subtype="pdf", filename="giay-moi.pdf")
    mail.add_attachment(b"MZ\x90\x00", maintype="application", subtype="octet-stream", filename="virus.exe")
    mailbox.append(mail.as_bytes())
    assert poll().startswith("1 registered")
    entry = Entry.objects.get()
    assert (entry.channel, entry.title, entry.message_id) == (Channel.EMAIL, "Đề nghị đăng tin hội nghị", "<hoi-nghi-1@hanoi.gov.vn>")
    assert (entry.full_name, entry.email) == ("Lê Văn Hải", "hai.lv@hanoi.gov.vn")
    assert "Kính gửi Ban Biên tập." in entry.content
    assert list(entry.attachments.values_list("name", flat=True)) == ["giay-moi.pdf"]
    assert "Không nhận tệp virus.exe" in entry.events.get().note
    with entry.raw_message.open("rb") as original:
        assert b"hoi-nghi-1@hanoi.gov.vn" in original.read()
    assert mailbox.unseen() == 0
    # Polled again, and the same message delivered twice: still one entry.
    mailbox.append(mail.as_bytes())
    assert "1 already registered" in poll()
    assert Entry.objects.count() == 1


def test_html_mail_is_reduced_to_safe_text(mailbox, main_site):
    markup = '<p onclick="steal()">Tin <b>hội thảo</b> &amp; tọa đàm</p><script>alert(1)</script><style>p{}</style><img src=x onerror=y>'
    mailbox.append(message("Tin hội thảo", html=markup, message_id="<html-1@hanoi.gov.vn>").as_bytes())
    poll()
    content = Entry.objects.get().content
    assert "Tin hội thảo & tọa đàm" in content
    assert "<" not in content and "alert" not in content and "steal" not in content


def test_bounces_and_auto_replies_are_ignored(mailbox, main_site):
    bounce = message("Undelivered Mail Returned to Sender", sender="MAILER-DAEMON@moj.gov.vn", message_id="<b1@moj.gov.vn>")
    away = message("Vắng mặt: Đề nghị đăng tin", Auto_Submitted="auto-replied", message_id="<a1@hanoi.gov.vn>")
    holiday = message("Out of office", X_Autoreply="yes", message_id="<a2@hanoi.gov.vn>")
    for mail in (bounce, away, holiday):
        mailbox.append(mail.as_bytes())
    assert "3 automatic ignored" in poll()
    assert not Entry.objects.exists()

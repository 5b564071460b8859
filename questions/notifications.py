"""E-mails about a question. The asker's go to their own address only; staff get a link and no personal data."""

from django.conf import settings
from django.core.mail import send_mail
from django.urls import reverse
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from intake.models import FocalPoint
from questions.models import Question


def _send(subject: str, body: str, recipients) -> None:
    recipients = [address for address in recipients if address]
    if recipients:
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, recipients)


def tracking_link() -> str:
    return settings.WAGTAILADMIN_BASE_URL + reverse("questions_tracking")


def received(question: Question) -> None:
    _send(
        _("Đã nhận câu hỏi, mã tra cứu %(code)s") % {"code": question.tracking_code},
        _("Cổng Thông tin điện tử Bộ Tư pháp đã nhận câu hỏi “%(title)s”.\nMã tra cứu: %(code)s\nTra cứu tại: %(link)s")
        % {"title": question.title, "code": question.tracking_code, "link": tracking_link()},
        [question.email],
    )


def clarification_requested(question: Question) -> None:
    _send(
        _("Đề nghị làm rõ câu hỏi %(code)s") % {"code": question.tracking_code},
        _("Đơn vị trả lời đề nghị bạn làm rõ câu hỏi “%(title)s”:\n%(request)s\n\nTrả lời tại: %(link)s (mã %(code)s).")
        % {"title": question.title, "request": question.clarification_request, "link": tracking_link(), "code": question.tracking_code},
        [question.email],
    )


def not_our_competence(question: Question) -> None:
    _send(
        _("Câu hỏi %(code)s không thuộc thẩm quyền của Bộ Tư pháp") % {"code": question.tracking_code},
        _("Câu hỏi “%(title)s” không thuộc thẩm quyền trả lời của Bộ Tư pháp. Cơ quan có thẩm quyền: %(body)s.")
        % {"title": question.title, "body": question.competent_body},
        [question.email],
    )


def answered_privately(question: Question) -> None:
    _send(
        _("Trả lời câu hỏi %(code)s") % {"code": question.tracking_code},
        _("Trả lời câu hỏi “%(title)s” (không đăng trên Cổng):\n\n%(answer)s")
        % {"title": question.title, "answer": _plain(question.answer)},
        [question.email],
    )


def published(question: Question, url: str) -> None:
    _send(
        _("Câu hỏi %(code)s đã được trả lời trên Cổng") % {"code": question.tracking_code},
        _("Câu hỏi “%(title)s” đã được trả lời: %(link)s") % {"title": question.title, "link": url},
        [question.email],
    )


def to_focal_points(question: Question) -> None:
    if not question.unit_id:
        return
    users = [focal.user for focal in FocalPoint.objects.filter(unit_id=question.unit_id, user__is_active=True).select_related("user")]
    link = settings.WAGTAILADMIN_BASE_URL + reverse("questions_detail", args=[question.pk])
    _send(
        _("Câu hỏi pháp luật cần trả lời: %(code)s") % {"code": question.tracking_code},
        _("Câu hỏi “%(title)s” chờ đơn vị trả lời. Xem tại: %(link)s") % {"title": question.title, "link": link},
        [user.email for user in users],
    )


def _plain(html: str) -> str:
    return strip_tags(html)

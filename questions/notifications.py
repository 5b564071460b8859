"""E-mails about a question. The asker's go to their own address only; staff get a link and no personal data."""

from django.conf import settings
from django.core.mail import send_mail
from django.urls import reverse
from django.utils import timezone
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
    link = settings.WAGTAILADMIN_BASE_URL + reverse("questions_detail", args=[question.pk])
    _send(
        _("Câu hỏi pháp luật cần trả lời: %(code)s") % {"code": question.tracking_code},
        _("Câu hỏi “%(title)s” chờ đơn vị trả lời. Xem tại: %(link)s") % {"title": question.title, "link": link},
        focal_point_addresses(question),
    )


def reminder_note(question: Question, overdue: bool) -> str:
    due = f"{timezone.localtime(question.due_at):%H:%M %d/%m/%Y}"
    if overdue:
        return _("Quá hạn trả lời từ %(due)s.") % {"due": due}
    return _("Sắp đến hạn trả lời: %(due)s.") % {"due": due}


def reminder(question: Question, overdue: bool) -> None:
    """To the focal points of the question's unit: the code, the title, the due time and a link; no personal data."""
    if overdue:
        subject = _("Quá hạn trả lời câu hỏi %(code)s") % {"code": question.tracking_code}
    else:
        subject = _("Sắp đến hạn trả lời câu hỏi %(code)s") % {"code": question.tracking_code}
    link = settings.WAGTAILADMIN_BASE_URL + reverse("questions_detail", args=[question.pk])
    body = _("Câu hỏi “%(title)s”. %(note)s\nXem tại: %(link)s") % {
        "title": question.title,
        "note": reminder_note(question, overdue),
        "link": link,
    }
    _send(subject, body, focal_point_addresses(question))


def focal_point_addresses(question: Question) -> list[str]:
    if not question.unit_id:
        return []
    focal_points = FocalPoint.objects.filter(unit_id=question.unit_id, user__is_active=True).select_related("user")
    return [focal.user.email for focal in focal_points]


def _plain(html: str) -> str:
    return strip_tags(html)

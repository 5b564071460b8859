"""The demo's citizens' questions (issue 14): the routing table field → unit, and questions at each stage — waiting
with the THADS focal point (one due soon, one overdue), one waiting for the asker's clarification, one answered and
not yet published, one in an unmapped field waiting for the Standing Board, one not our competence — so that
/admin/questions/ and the focal point's dashboard show work. Askers are invented. Built without e-mails."""

import datetime

from django.contrib.auth import get_user_model

from editorial.calendar import working_days
from editorial.models.board import working_calendar
from intake.models import FocalPoint
from questions.handling import email_digest
from questions.models import Event, Question, Route, State
from subsites.models import Unit

ROUTES = [
    ("thi-hanh-an-dan-su", "cuc-thi-hanh-an-dan-su", None),
    ("ho-tich", "cuc-ho-tich-quoc-tich-chung-thuc", 7),
    ("pho-bien-giao-duc-phap-luat", "vu-pho-bien-giao-duc-phap-luat", None),
    ("cong-nghe-thong-tin", "cuc-cong-nghe-thong-tin", None),
]
# (title, field, working days since asked, state, asker, e-mail, province)
QUESTIONS = [
    (
        "Thời hiệu yêu cầu thi hành án đối với bản án năm 2021",
        "thi-hanh-an-dan-su",
        4.5,
        State.ASSIGNED,
        "Vũ Văn Khải",
        "khai.vv@example.vn",
        "Thái Bình",
    ),
    (
        "Có được hoãn thi hành án khi đang khiếu nại không?",
        "thi-hanh-an-dan-su",
        7,
        State.ASSIGNED,
        "Lò Thị Mai",
        "mai.lt@example.vn",
        "Sơn La",
    ),
    (
        "Thủ tục nhận tiền thi hành án thay người thân",
        "thi-hanh-an-dan-su",
        2,
        State.CLARIFICATION,
        "Đặng Quốc Huy",
        "huy.dq@example.vn",
        "Hải Phòng",
    ),
    (
        "Chi phí cưỡng chế thi hành án do ai chịu?",
        "thi-hanh-an-dan-su",
        3,
        State.ANSWERED,
        "Phạm Thu Trang",
        "trang.pt@example.vn",
        "Nghệ An",
    ),
    (
        "Xin cấp phiếu lý lịch tư pháp số 2 cho người ở nước ngoài",
        "ly-lich-tu-phap",
        1,
        State.NEW,
        "Nguyễn Hải Yến",
        "yen.nh@example.vn",
        "Hà Nội",
    ),
    (
        "Tranh chấp đất đai với hàng xóm giải quyết ở đâu?",
        "thi-hanh-an-dan-su",
        2,
        State.NOT_OUR_COMPETENCE,
        "Hà Văn Tùng",
        "tung.hv@example.vn",
        "Phú Thọ",
    ),
]
CLARIFICATION = "Đề nghị ông cho biết bản án của Toà án nào, số bản án và người được thi hành án đã mất hay chưa."
ANSWER = (
    "<p>Theo Điều 73 Luật Thi hành án dân sự, người phải thi hành án chịu chi phí cưỡng chế thi hành án, "
    "trừ trường hợp pháp luật quy định khác.</p>"
)


class QuestionsMixin:
    """Part of DemoBuilder: needs its `now`; after the people and the units exist (the THADS focal point is the
    intake register's)."""

    def citizens_questions(self, portal_sites, areas):
        units = {unit.slug: unit for unit in Unit.objects.all()}
        for field, unit, days in ROUTES:
            if field in areas and unit in units:
                Route.objects.get_or_create(subject_area=areas[field], defaults={"unit": units[unit], "answer_days": days})
        User = get_user_model()
        focal = User.objects.get(username="focal_thads")
        FocalPoint.objects.get_or_create(unit=units["cuc-thi-hanh-an-dan-su"], user=focal)
        calendar = working_calendar()
        for n, (title, field, days, state, name, email, province) in enumerate(QUESTIONS):
            if Question.objects.filter(title=title).exists():
                continue
            route = Route.objects.filter(subject_area=areas[field]).select_related("unit").first()
            asked = self.now - datetime.timedelta(days=round(days * 7 / 5), hours=n)
            allowed = (route.answer_days if route else None) or 5
            left = allowed - days  # working days left: the due time is counted from now, an overdue one is past
            due = calendar.add(self.now, working_days(left)) if left > 0 else self.now - datetime.timedelta(days=round(-left * 7 / 5) + 1)
            unit = route.unit if route and state != State.NEW else None
            question = Question.objects.create(
                portal_site=portal_sites["moj"],
                full_name=name,
                email=email,
                phone="0912 000 11" + str(n),
                email_digest=email_digest(email),
                province=province,
                consented_at=asked,
                subject_area=areas[field],
                title=title,
                text=f"{title} Kính mong Bộ Tư pháp hướng dẫn.",
                unit=unit,
                state=state,
                asked_at=asked,
                due_at=due,
            )
            Event.objects.create(question=question, kind=Event.Kind.ASKED, at=asked, public=True)
            if unit:
                Event.objects.create(question=question, kind=Event.Kind.ASSIGNED, at=asked, note=unit.name, public=True)
            self._question_stage(question, focal)

    def _question_stage(self, question, focal):
        if question.state == State.CLARIFICATION:
            question.clarification_request, question.paused_at = CLARIFICATION, self.now
            Event.objects.create(question=question, kind=Event.Kind.CLARIFICATION, user=focal, note=CLARIFICATION, public=True)
        elif question.state == State.ANSWERED:
            question.answer, question.answered_at = ANSWER, self.now
            Event.objects.create(question=question, kind=Event.Kind.ANSWERED, user=focal, public=True)
        elif question.state == State.NOT_OUR_COMPETENCE:
            question.competent_body, question.closed_at = "Uỷ ban nhân dân cấp xã nơi có đất", self.now
            Event.objects.create(
                question=question, kind=Event.Kind.NOT_OUR_COMPETENCE, user=focal, note=question.competent_body, public=True
            )
        question.save()

"""The demo's intake register (issue 13): information that arrived by each channel, at each stage of its decision,
so that the Standing Board finds work in /admin/intake/, a component site's team an entry forwarded to it and the
THADS focal point one routed to its unit. Senders are invented; their numbers pass the checks."""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone

from intake import deadlines
from intake.models import Channel, Entry, Event, FocalPoint, Kind, State
from intake.register import register
from subsites.models import Unit

SENDER = {
    "organisation": "Sở Tư pháp tỉnh Ninh Bình",
    "full_name": "Nguyễn Thị Lan",
    "position": "Chuyên viên Văn phòng Sở",
    "tax_code": "0100109106",
    "citizen_id": "037190001234",
    "phone": "0912345678",
    "address": "Số 1 đường Trần Hưng Đạo, thành phố Ninh Bình",
    "email": "lan.nt@ninhbinh.gov.vn",
}
# (title, channel, kind, days since signing or None, state)
ENTRIES = [
    ("Sở Tư pháp Ninh Bình tập huấn nghiệp vụ hộ tịch năm 2026", Channel.WEB, Kind.NEWS, 0, State.RECEIVED),
    ("Quyết định ban hành Kế hoạch phổ biến pháp luật quý IV", Channel.WEB, Kind.ADMINISTRATIVE, 9, State.RECEIVED),
    ("Công văn đề nghị đăng tin hội nghị trực tuyến về thi hành án", Channel.LETTER, Kind.OTHER, 1, State.RECEIVED),
    ("Đề nghị đăng thông báo tuyển dụng công chức", Channel.EMAIL, Kind.OTHER, None, State.RECEIVED),
    ("Kết quả thi hành án dân sự 10 tháng năm 2026 tại Ninh Bình", Channel.WEB, Kind.NEWS, 0, State.FORWARDED),
    ("Hỏi về thủ tục xác minh điều kiện thi hành án", Channel.WEB, Kind.OTHER, None, State.ROUTED),
    ("Tin hội nghị sơ kết công tác tư pháp 6 tháng", Channel.WEB, Kind.NEWS, 0, State.AWAITING_COMPLETION),
]


class IntakeMixin:
    """Part of DemoBuilder: needs its `now`; after the people exist."""

    def intake_register(self, portal_sites):
        unit = Unit.objects.get(slug="cuc-thi-hanh-an-dan-su")
        User = get_user_model()
        FocalPoint.objects.get_or_create(unit=unit, user=User.objects.get(username="focal_thads"))
        keeper = User.objects.get(username="standing_editor")
        for n, (title, channel, kind, days, state) in enumerate(ENTRIES):
            if Entry.objects.filter(title=title).exists():
                continue
            signed_on = timezone.localdate() - datetime.timedelta(days=days) if days is not None else None
            data = {"kind": kind, "title": title, "content": f"{title}.\nNội dung chi tiết kèm theo.", "signed_on": signed_on, **SENDER}
            data["names_portal"] = kind == Kind.ADMINISTRATIVE
            extra = {"reference_number": f"{120 + n}/STP-VP"} if channel == Channel.LETTER else {}
            if channel == Channel.EMAIL:
                extra["message_id"] = f"<demo-{n}@ninhbinh.gov.vn>"
            entry = register(channel, data, received_at=self.now - datetime.timedelta(hours=n), **extra)
            if state == State.FORWARDED:
                entry.target_site = portal_sites["thads"]
            elif state == State.ROUTED:
                entry.target_unit = unit
            elif state == State.AWAITING_COMPLETION:
                entry.completion_requested_at = self.now - datetime.timedelta(days=3)
                entry.completion_due_at = deadlines.completion_deadline(entry.completion_requested_at)
                entry.completion_request = "Đề nghị gửi kèm ảnh và danh sách đại biểu."
                entry.new_completion_nonce()
            if state != State.RECEIVED:
                entry.state, entry.decided_at = state, self.now
                entry.save()
                Event.objects.create(entry=entry, kind=Event.Kind.CLASSIFIED, user=keeper, note=entry.get_state_display())

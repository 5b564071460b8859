"""The demo's citizens' questions (issue 14): `make run` shows the routing table and questions at each stage to the
THADS focal point and the Standing Board; the English edition, which has no Q&A section, answers /en/ addresses of
the Q&A without an error page."""

import pytest
from django.contrib.auth import get_user_model

from questions.models import Question, Route, State


@pytest.mark.django_db
def test_the_demo_has_routes_and_questions_in_each_state(client, demo_portal):
    assert Route.objects.filter(subject_area__slug="thi-hanh-an-dan-su", unit__slug="cuc-thi-hanh-an-dan-su").exists()
    states = set(Question.objects.values_list("state", flat=True))
    assert {State.NEW, State.ASSIGNED, State.CLARIFICATION, State.ANSWERED, State.NOT_OUR_COMPETENCE} <= states
    client.force_login(get_user_model().objects.get(username="focal_thads"))
    listing = client.get("/admin/questions/")
    assert listing.status_code == 200 and "Có được hoãn thi hành án khi đang khiếu nại không?" in listing.text
    assert "Xin cấp phiếu lý lịch tư pháp" not in listing.text  # unmapped: the Standing Board's
    dashboard = client.get("/admin/").text
    assert "Câu hỏi pháp luật chờ trả lời" in dashboard and "questions-due__overdue" in dashboard
    client.force_login(get_user_model().objects.get(username="standing_editor"))
    assert "Xin cấp phiếu lý lịch tư pháp" in client.get("/admin/questions/").text


@pytest.mark.django_db
def test_the_public_pages_of_the_demo(client, demo_portal):
    listing = client.get("/hoi-dap/", HTTP_HOST="localhost")
    assert listing.status_code == 200 and "Gửi câu hỏi pháp luật" in listing.text
    assert client.get("/hoi-dap/gui-cau-hoi/", HTTP_HOST="localhost").status_code == 200
    code = Question.objects.get(state=State.CLARIFICATION).tracking_code
    tracking = client.get("/hoi-dap/tra-cuu/", {"code": code}, HTTP_HOST="localhost")
    assert "Chờ người hỏi làm rõ" in tracking.text and "Đặng Quốc Huy" not in tracking.text
    # The English edition has no Q&A section: its listing is not found, in English; the form answers in English.
    missing = client.get("/en/hoi-dap/", HTTP_HOST="localhost")
    assert missing.status_code == 404 and 'lang="en"' in missing.text
    form = client.get("/en/hoi-dap/gui-cau-hoi/", HTTP_HOST="localhost")
    assert form.status_code == 200 and "Ask a legal question" in form.text

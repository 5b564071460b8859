"""Who reads an asker's personal data (issue 14, R-CONT-5, Law 91/2025): every role signs in and opens every screen
that shows a question — the list, the question's own screen, its attachment, the monthly report, the dashboard,
the audit log and its export. The focal point of the unit the question is routed to, the Standing Board and the
Chief Editor read the asker's name, e-mail and phone, each reading logged; nobody else meets them anywhere, and no
"view of personal data" entry is written for them."""

import io

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import load_workbook
from wagtail.models import ModelLogEntry

from accounts import roles
from accounts.factories import UserFactory
from defence import personal_data
from defence.personal_data import VIEWED
from questions import handling
from questions.models import Question
from tests.questions.conftest import question_fields

NAME, EMAIL = "Trần Văn Bình", "binh.tv@example.vn"
# Readers of the asker's data: the handling unit's focal point, the Standing Board, the Chief Editor.
HANDLERS = ["focal_thads", "standing_editor", "standing_approver", "chief"]
OTHERS = [
    "board_member",
    "itadmin",
    "translator",
    "en_approver",
    "accountant",
    "thads_editor",  # the handling unit's own site team: not its focal point
    "thads_approver",
    "cntt_editor",
    "cntt_approver",
    "focal_tgpl",  # the focal point of another unit
]


@pytest.fixture
def people(main_site, thads_site, cntt_site, routing):
    def user(username, *groups):
        return UserFactory(username=username, groups=list(groups))

    return {
        "focal_thads": routing["focal"],
        "focal_tgpl": routing["other_focal"],
        "standing_editor": user("standing_editor", main_site.editors_group),
        "standing_approver": user("standing_approver", main_site.approvers_group),
        "chief": user("chief", roles.CHIEF_EDITOR),
        "board_member": user("board_member", roles.BOARD_MEMBERS),
        "itadmin": user("itadmin", roles.IT_ADMINS),
        "translator": user("translator", roles.EN_TRANSLATORS),
        "en_approver": user("en_approver", roles.EN_APPROVERS),
        "accountant": user("accountant", roles.ACCOUNTANTS),
        "thads_editor": user("thads_editor", thads_site.editors_group),
        "thads_approver": user("thads_approver", thads_site.approvers_group),
        "cntt_editor": user("cntt_editor", cntt_site.editors_group),
        "cntt_approver": user("cntt_approver", cntt_site.approvers_group),
    }


@pytest.fixture
def question(qa_index, routing):
    scan = SimpleUploadedFile("ban-an.pdf", b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n", content_type="application/pdf")
    question = handling.receive({**question_fields(subject_area=routing["enforcement"]), "attachment": scan})
    # Worked on, so that the log and the report have its events: a clarification asked by its focal point.
    handling.ask_clarification(question, routing["focal"], "Xin cho biết ngày bản án có hiệu lực.")
    personal_data.log_view(question, routing["focal"], "asker")  # the focal point read it: the log names the question
    mail.outbox.clear()
    return Question.objects.get(pk=question.pk)


def everything_seen(client, question) -> tuple[str, dict]:
    """What the signed-in person gets from every screen that shows questions, and each screen's status."""
    screens = {
        "list": "/admin/questions/",
        "question": f"/admin/questions/{question.pk}/",
        "attachment": f"/admin/questions/{question.pk}/tep/",
        "report": "/admin/questions/bao-cao/",
        "dashboard": "/admin/",
        "audit log": "/admin/reports/site-history/",
        "audit log export": "/admin/reports/site-history/?export=csv",
        "audit log export xlsx": "/admin/reports/site-history/?export=xlsx",
    }
    seen, statuses = [], {}
    for name, url in screens.items():
        response = client.get(url)
        statuses[name] = response.status_code
        if response.status_code == 200:
            body = b"".join(response.streaming_content) if response.streaming else response.content
            seen.append(body.decode("utf-8", errors="replace") if not url.endswith("xlsx") else xlsx_text(body))
    return "\n".join(seen), statuses


def xlsx_text(body: bytes) -> str:
    book = load_workbook(io.BytesIO(body), read_only=True)
    return "\n".join(str(cell) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for cell in row if cell)


def personal_data_in(text: str, question) -> list[str]:
    return [value for value in (NAME, EMAIL, question.phone) if value and value in text]


@pytest.mark.parametrize("role", OTHERS)
def test_nobody_else_meets_the_askers_personal_data_on_any_screen(client, question, people, role):
    client.force_login(people[role])
    seen, statuses = everything_seen(client, question)
    assert statuses["question"] != 200 and statuses["attachment"] != 200, statuses
    assert personal_data_in(seen, question) == [], statuses
    assert not ModelLogEntry.objects.filter(action=VIEWED, user=people[role]).exists()
    if role == "itadmin":  # reads the audit log and its exports
        assert statuses["audit log export"] == 200 and statuses["audit log export xlsx"] == 200


@pytest.mark.parametrize("role", HANDLERS)
def test_the_handlers_read_it_and_each_reading_is_logged(client, question, people, role):
    readings = ModelLogEntry.objects.filter(action=VIEWED, user=people[role], object_id=str(question.pk))
    before = readings.count()
    client.force_login(people[role])
    page = client.get(f"/admin/questions/{question.pk}/").text
    assert personal_data_in(page, question) == [NAME, EMAIL, question.phone]
    assert readings.count() == before + 1
    # The list, the report and the dashboard show the question without its asker: only its own screen shows them.
    for url in ("/admin/questions/", "/admin/questions/bao-cao/", "/admin/"):
        assert personal_data_in(client.get(url).text, question) == [], url

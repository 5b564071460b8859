"""Assigning items (Art 12.1), over HTTP: who may assign whom, the assignee's dashboard and e-mail, reassignment with a
reason, the assigner's list, the audit log and the editorial report."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.utils import timezone
from wagtail.models import PageLogEntry

from accounts import roles
from accounts.factories import UserFactory
from editorial.models import Assignment
from home.factories import SectionPageFactory
from news.factories import ArticlePageFactory


@pytest.fixture
def team(newsroom, thads_site):
    thads_section = SectionPageFactory(parent=thads_site.site.root_page.specific, title="Tin THADS", slug="tin-thads")
    return {
        **newsroom,
        "thads_approver": UserFactory(username="thads_approver", groups=[thads_site.approvers_group]),
        "thads_editor": UserFactory(username="thads_editor", groups=[thads_site.editors_group], email="thads@example.org"),
        "board": UserFactory(username="board", groups=[roles.BOARD_MEMBERS]),
        "thads_draft": ArticlePageFactory(parent=thads_section, title="Tin của Cục THADS", live=False),
    }


def assign(client, user, page, **data):
    client.force_login(user)
    return client.post(f"/admin/editorial/pages/{page.pk}/assign/", {"working_days": "2", "note": "", **data})


def refused(response) -> bool:
    """Wagtail answers a refused admin view by sending back to the dashboard with "no permission"."""
    return response.status_code == 403 or (response.status_code == 302 and response.url == "/admin/")


def errors_of(response) -> list[str]:
    soup = BeautifulSoup(response.content, "html.parser")
    return [error.get_text(strip=True) for error in soup.select(".error-message")]


def test_the_standing_board_assigns_a_draft_the_assignee_sees_it_first_and_is_mailed(client, team):
    draft, reporter = team["draft"](), team["reporter"]
    reporter.email = "reporter@example.org"
    reporter.save()
    response = assign(client, team["approver"], draft, assignee=reporter.pk, note="Phỏng vấn Vụ Hộ tịch")
    assert response.status_code == 302

    assignment = Assignment.objects.get(page=draft)
    assert assignment.assignee == reporter and assignment.assigned_by == team["approver"]
    assert assignment.due_at > timezone.now() and assignment.note == "Phỏng vấn Vụ Hộ tịch"
    assert [message.to for message in mail.outbox] == [["reporter@example.org"]]
    assert draft.title in mail.outbox[0].subject and "Phỏng vấn Vụ Hộ tịch" in mail.outbox[0].body
    entry = PageLogEntry.objects.get(page=draft, action="moj.assign")
    assert entry.user == team["approver"] and entry.data["assignee"] == "reporter"

    team["submit"](team["draft"]("Tin khác đang chờ duyệt"))
    client.force_login(reporter)
    dashboard = BeautifulSoup(client.get("/admin/").content, "html.parser")
    rows = dashboard.select(".assignment")
    assert [row.select_one(".title").get_text(strip=True) for row in rows] == [draft.title]
    # "Việc được giao" comes before the other panels of the dashboard.
    text = dashboard.get_text()
    assert text.index("Việc được giao") < text.index("Tin bài tôi đã gửi duyệt")

    # The assigner follows the state: assigned, then submitted once the reporter sends it for approval.
    client.force_login(team["approver"])

    def states():
        page = BeautifulSoup(client.get("/admin/editorial/assignments/").content, "html.parser")
        return [td.get_text(strip=True) for td in page.select(".assignment-state")]

    assert states() == ["Đã giao"]
    team["submit"](draft)
    assert states() == ["Đã gửi duyệt"]


def test_the_assignees_list_is_ordered_by_due_time_with_overdue_in_red(client, team):
    reporter = team["reporter"]
    late, soon = team["draft"]("Tin trễ hạn"), team["draft"]("Tin sắp đến hạn")
    assign(client, team["approver"], soon, assignee=reporter.pk)
    assign(client, team["approver"], late, assignee=reporter.pk)
    Assignment.objects.filter(page=late).update(due_at=timezone.now() - datetime.timedelta(hours=1))

    client.force_login(reporter)
    rows = BeautifulSoup(client.get("/admin/").content, "html.parser").select(".assignment")
    assert [row.select_one(".title").get_text(strip=True) for row in rows][:2] == ["Tin trễ hạn", "Tin sắp đến hạn"]
    assert "editorial-overdue" in rows[0].select("td")[1]["class"] and "Quá hạn" in rows[0].get_text()
    assert "editorial-overdue" not in rows[1].select("td")[1].get("class", [])


def test_a_reassignment_needs_a_reason_and_is_logged(client, team):
    draft = team["draft"]()
    assign(client, team["approver"], draft, assignee=team["reporter"].pk)

    response = assign(client, team["approver"], draft, assignee=team["approver2"].pk)
    assert response.status_code == 200 and "Trường này là bắt buộc." in errors_of(response)
    assert Assignment.objects.get(page=draft, replaced_at__isnull=True).assignee == team["reporter"]

    response = assign(client, team["approver"], draft, assignee=team["approver2"].pk, reason="Phóng viên đi công tác")
    assert response.status_code == 302
    current = Assignment.objects.get(page=draft, replaced_at__isnull=True)
    assert current.assignee == team["approver2"] and current.reason == "Phóng viên đi công tác"
    assert Assignment.objects.filter(page=draft).count() == 2
    entry = PageLogEntry.objects.get(page=draft, action="moj.reassign")
    assert entry.data["reason"] == "Phóng viên đi công tác" and entry.data["previous_assignee"] == "reporter"


@pytest.mark.parametrize("who", ["reporter", "board", "thads_approver", "thads_editor"])
def test_nobody_else_may_assign_on_the_main_portal(client, team, who):
    draft = team["draft"]()
    assert refused(assign(client, team[who], draft, assignee=team["reporter"].pk))
    assert not Assignment.objects.filter(page=draft).exists()
    assert refused(client.get(f"/admin/editorial/pages/{draft.pk}/assign/"))


def test_a_sites_approvers_assign_on_their_own_site_to_its_people_only(client, team):
    page = team["thads_draft"]
    assert assign(client, team["thads_approver"], page, assignee=team["thads_editor"].pk).status_code == 302
    assert Assignment.objects.get(page=page).assignee == team["thads_editor"]
    # The main portal's reporter cannot edit the unit's items: not offered, refused if sent.
    response = assign(client, team["thads_approver"], page, assignee=team["reporter"].pk, reason="Đổi người")
    assert response.status_code == 200 and errors_of(response)
    assert Assignment.objects.get(page=page, replaced_at__isnull=True).assignee == team["thads_editor"]


def test_the_standing_board_may_not_assign_to_someone_without_rights_on_the_site(client, team):
    draft = team["draft"]()
    response = assign(client, team["approver"], draft, assignee=team["thads_editor"].pk)
    assert response.status_code == 200 and errors_of(response)
    assert not Assignment.objects.filter(page=draft).exists()


def test_bad_input_keeps_the_form_with_a_vietnamese_error(client, team):
    draft = team["draft"]()
    response = assign(client, team["approver"], draft, assignee=team["reporter"].pk, working_days="không")
    assert response.status_code == 200 and "Nhập một số." in errors_of(response)
    assert not Assignment.objects.exists()


def test_the_editorial_report_counts_assignments_per_person(client, team):
    done, late = team["draft"]("Tin đã gửi"), team["draft"]("Tin trễ")
    assign(client, team["approver"], done, assignee=team["reporter"].pk)
    assign(client, team["approver"], late, assignee=team["reporter"].pk)
    team["submit"](done)
    client.force_login(team["chief"])
    table = BeautifulSoup(client.get("/admin/editorial/report/").content, "html.parser").select_one(".assignment-figures tbody")
    cells = [cell.get_text(strip=True) for cell in table.select("tr")[0].select("th, td")]
    assert cells[1:] == ["2", "1"]


def test_the_items_editor_says_who_it_is_assigned_to(client, team):
    draft = team["draft"]()
    team["reporter"].first_name, team["reporter"].last_name = "Biên", "Trần"
    team["reporter"].save()
    assign(client, team["approver"], draft, assignee=team["reporter"].pk)
    client.force_login(team["reporter"])
    text = BeautifulSoup(client.get(f"/admin/pages/{draft.pk}/edit/").content, "html.parser").select_one(".messages").get_text()
    assert "Được giao cho" in text and "hạn hoàn thành" in text

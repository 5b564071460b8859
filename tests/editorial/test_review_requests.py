"""Review requests to units (Art 15.4), over HTTP: the Standing Board asks a unit's focal point about published items,
the focal point answers per item (a correction opens a draft), overdue items are flagged, figures per unit, and who
may do what."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.utils import timezone
from wagtail.models import Page, PageLogEntry

from accounts import roles
from accounts.factories import UserFactory
from editorial.models import ReviewRequest, ReviewRequestItem
from home.factories import SectionPageFactory
from news.factories import ArticlePageFactory

NEW = "/admin/editorial/review-requests/new/"


@pytest.fixture
def unit(newsroom, thads_site):
    section = SectionPageFactory(parent=thads_site.site.root_page.specific, title="Tin THADS", slug="tin-thads")
    items = []
    for title in ("Kết quả thi hành án quý I", "Lịch tiếp công dân", "Danh sách đấu giá tài sản"):
        article = ArticlePageFactory(parent=section, title=title, live=False)
        article.save_revision(user=newsroom["reporter"]).publish()
        items.append(Page.objects.get(pk=article.pk))
    return {
        **newsroom,
        "site": thads_site,
        "items": items,
        "focal": UserFactory(username="focal_thads", groups=[roles.FOCAL_POINTS], email="focal@example.org"),
        "other_focal": UserFactory(username="focal_cntt", groups=[roles.FOCAL_POINTS]),
        "thads_editor": UserFactory(username="thads_editor", groups=[thads_site.editors_group], email="thads-editor@example.org"),
        "thads_approver": UserFactory(username="thads_approver", groups=[thads_site.approvers_group]),
        "board": UserFactory(username="board", groups=[roles.BOARD_MEMBERS]),
    }


def refused(response) -> bool:
    return response.status_code == 403 or (response.status_code == 302 and response.url == "/admin/")


def send_request(client, user, unit, due=None):
    client.force_login(user)
    due = due or timezone.localdate() + datetime.timedelta(days=7)
    data = {"focal_point": unit["focal"].pk, "due_date": due.isoformat(), "note": "Rà soát định kỳ", "items": [p.pk for p in unit["items"]]}
    return client.post(f"{NEW}?site={unit['site'].pk}", data)


def answer(client, user, review_request, item, verdict, comment=""):
    client.force_login(user)
    return client.post(f"/admin/editorial/review-requests/{review_request.pk}/", {"item": item.pk, "answer": verdict, "comment": comment})


def test_the_standing_board_asks_a_units_focal_point_who_answers_per_item(client, unit):
    client.force_login(unit["approver"])
    listed = BeautifulSoup(client.get(NEW, {"site": unit["site"].pk}).content, "html.parser").get_text()
    assert all(page.title in listed for page in unit["items"])

    assert send_request(client, unit["approver"], unit).status_code == 302
    review_request = ReviewRequest.objects.get()
    assert review_request.focal_point == unit["focal"] and review_request.items.count() == 3
    assert PageLogEntry.objects.filter(action="moj.review_request", user=unit["approver"]).count() == 3
    assert [message.to for message in mail.outbox] == [["focal@example.org"]]
    mail.outbox.clear()

    first, second, third = review_request.items.order_by("page__title")
    assert answer(client, unit["focal"], review_request, first, "accurate").status_code == 302
    response = answer(client, unit["focal"], review_request, second, "correction")
    assert response.status_code == 200 and "Ghi rõ nội dung cần đính chính." in response.content.decode()
    assert answer(client, unit["focal"], review_request, second, "correction", "Sai ngày đấu giá").status_code == 302

    first.refresh_from_db(), second.refresh_from_db(), third.refresh_from_db()
    assert first.answer == "accurate" and second.answer == "correction" and third.answer == ""
    # The correction opens a draft of the item for the site's editors; the live version stays until it is approved.
    page = Page.objects.get(pk=second.page_id)
    assert second.correction_revision is not None and page.has_unpublished_changes and page.live
    assert page.get_latest_revision() == second.correction_revision
    assert [message.to for message in mail.outbox] == [["thads-editor@example.org", "thads_approver@moj.gov.vn"]]
    assert "Sai ngày đấu giá" in mail.outbox[0].body
    assert PageLogEntry.objects.filter(action="moj.review_answer", user=unit["focal"]).count() == 2


def test_overdue_items_are_flagged_and_counted_per_unit(client, unit):
    send_request(client, unit["approver"], unit)
    review_request = ReviewRequest.objects.get()
    answer(client, unit["focal"], review_request, review_request.items.first(), "accurate")
    ReviewRequest.objects.update(due_date=timezone.localdate() - datetime.timedelta(days=1))

    client.force_login(unit["approver"])
    detail = BeautifulSoup(client.get(f"/admin/editorial/review-requests/{review_request.pk}/").content, "html.parser")
    assert len(detail.select(".review-item.editorial-overdue")) == 2
    row = BeautifulSoup(client.get("/admin/editorial/review-requests/").content, "html.parser").select_one(".unit-figures tbody tr")
    assert [cell.get_text(strip=True) for cell in row.select("th, td")] == [unit["site"].name, "3", "1", "0", "2", "2"]


def test_a_due_date_in_the_past_is_refused_with_the_form_kept(client, unit):
    response = send_request(client, unit["approver"], unit, due=timezone.localdate() - datetime.timedelta(days=1))
    assert response.status_code == 200 and "Hạn trả lời không được ở trong quá khứ." in response.content.decode()
    assert not ReviewRequest.objects.exists()


@pytest.mark.parametrize("who", ["board", "thads_approver", "thads_editor", "focal"])
def test_only_the_standing_board_requests_reviews(client, unit, who):
    assert refused(send_request(client, unit[who], unit))
    assert not ReviewRequest.objects.exists() and mail.outbox == []


@pytest.mark.parametrize("who", ["approver", "other_focal", "thads_approver"])
def test_only_the_focal_point_asked_answers(client, unit, who):
    send_request(client, unit["approver"], unit)
    review_request = ReviewRequest.objects.get()
    item = review_request.items.first()
    assert refused(answer(client, unit[who], review_request, item, "correction", "Sai"))
    item = ReviewRequestItem.objects.get(pk=item.pk)
    assert item.answer == "" and item.correction_revision is None


def test_a_focal_point_relieved_of_the_role_answers_no_more(client, unit):
    send_request(client, unit["approver"], unit)
    review_request = ReviewRequest.objects.get()
    unit["focal"].groups.set([unit["site"].editors_group])  # still staff, no longer the focal point
    item = review_request.items.first()
    assert refused(answer(client, unit["focal"], review_request, item, "correction", "Sai"))
    assert ReviewRequestItem.objects.get(pk=item.pk).answer == ""


def test_the_items_editor_shows_the_units_correction_until_it_is_published_again(client, unit):
    send_request(client, unit["approver"], unit)
    review_request = ReviewRequest.objects.get()
    item = review_request.items.first()
    answer(client, unit["focal"], review_request, item, "correction", "Sai ngày đấu giá")

    def editor_messages():
        client.force_login(unit["thads_editor"])
        found = BeautifulSoup(client.get(f"/admin/pages/{item.page_id}/edit/").content, "html.parser").select_one(".messages")
        return found.get_text() if found else ""

    assert "Đơn vị đề nghị đính chính: Sai ngày đấu giá" in editor_messages()
    Page.objects.get(pk=item.page_id).specific.get_latest_revision().publish()
    assert "Đơn vị đề nghị đính chính" not in editor_messages()

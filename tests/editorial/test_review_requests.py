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
from intake.models import FocalPoint
from news.factories import ArticlePageFactory
from subsites.models import Unit
from tests import platforms
from tests.editorial.conftest import build_newsroom

NEW = "/admin/editorial/review-requests/new/"


@pytest.fixture(scope="module")
def unit_world(common_sites, django_db_blocker):
    """The newsroom, three published items of thads, its unit with a focal point and two other units, built once for
    the module on the common sites; each test reads fresh copies."""
    with platforms.built_once("sites", django_db_blocker):
        main_site, thads_site = map(platforms.portal_site, ("moj", "thads"))
        yield build_unit(build_newsroom(main_site), thads_site)


@pytest.fixture
def unit(unit_world, db):
    return platforms.fresh_copies(unit_world)


def build_unit(newsroom, thads_site):
    section = SectionPageFactory(parent=thads_site.site.root_page.specific, title="Tin THADS", slug="tin-thads")
    items = []
    for title in ("Kết quả thi hành án quý I", "Lịch tiếp công dân", "Danh sách đấu giá tài sản"):
        article = ArticlePageFactory(parent=section, title=title, live=False)
        article.save_revision(user=newsroom["reporter"]).publish()
        items.append(Page.objects.get(pk=article.pk))
    focal = UserFactory(username="focal_thads", groups=[roles.FOCAL_POINTS], email="focal@example.org")
    other_focal = UserFactory(username="focal_cntt", groups=[roles.FOCAL_POINTS])
    units = {
        "thads": Unit.objects.create(name="Cục Quản lý thi hành án dân sự", slug="cuc-thads", portal_site=thads_site),
        "cntt": Unit.objects.create(name="Cục Công nghệ thông tin", slug="cuc-cntt"),
        "no_focal_point": Unit.objects.create(name="Vụ Pháp chế", slug="vu-phap-che"),
    }
    FocalPoint.objects.create(unit=units["thads"], user=focal)
    FocalPoint.objects.create(unit=units["cntt"], user=other_focal)
    return {
        **newsroom,
        "site": thads_site,
        "items": items,
        "units": units,
        "focal": focal,
        "other_focal": other_focal,
        "thads_editor": UserFactory(username="thads_editor", groups=[thads_site.editors_group], email="thads-editor@example.org"),
        "thads_approver": UserFactory(username="thads_approver", groups=[thads_site.approvers_group]),
        "board": UserFactory(username="board", groups=[roles.BOARD_MEMBERS]),
    }


def refused(response) -> bool:
    return response.status_code == 403 or (response.status_code == 302 and response.url == "/admin/")


def send_request(client, user, unit, due=None, asked="thads"):
    client.force_login(user)
    due = due or timezone.localdate() + datetime.timedelta(days=7)
    data = {"unit": unit["units"][asked].pk, "due_date": due.isoformat(), "note": "Rà soát định kỳ", "items": [p.pk for p in unit["items"]]}
    return client.post(f"{NEW}?site={unit['site'].pk}", data)


def answer(client, user, review_request, item, verdict, comment=""):
    client.force_login(user)
    return client.post(f"/admin/editorial/review-requests/{review_request.pk}/", {"item": item.pk, "answer": verdict, "comment": comment})


def test_the_standing_board_asks_a_units_focal_point_who_answers_per_item(client, unit):
    client.force_login(unit["approver"])
    form = BeautifulSoup(client.get(NEW, {"site": unit["site"].pk}).content, "html.parser")
    assert all(page.title in form.get_text() for page in unit["items"])
    # The site's own unit is proposed; the request goes to the focal point the register names for it.
    assert form.select_one("#id_unit option[selected]").get_text(strip=True) == unit["units"]["thads"].name

    assert send_request(client, unit["approver"], unit).status_code == 302
    review_request = ReviewRequest.objects.get()
    assert review_request.unit == unit["units"]["thads"] and review_request.focal_point == unit["focal"]
    assert review_request.items.count() == 3
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
    # In the audit log: the answer, and the correction draft it opened, with its reason.
    draft_entry = PageLogEntry.objects.get(page=page, action="moj.correction_draft")
    assert draft_entry.user == unit["focal"] and draft_entry.revision == second.correction_revision
    assert draft_entry.data == {"reason": "Sai ngày đấu giá", "source": "moj.review_request"}
    assert PageLogEntry.objects.get(page=page, action="moj.review_answer").revision == second.correction_revision
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
    assert [cell.get_text(strip=True) for cell in row.select("th, td")] == [unit["units"]["thads"].name, "3", "1", "0", "2", "2"]


def test_a_unit_without_a_focal_point_is_refused_with_the_form_kept(client, unit):
    response = send_request(client, unit["approver"], unit, asked="no_focal_point")
    assert response.status_code == 200 and "Đơn vị này chưa có đầu mối cung cấp thông tin" in response.content.decode()
    kept = BeautifulSoup(response.content, "html.parser").select_one("#id_note").get_text()
    assert kept.strip() == "Rà soát định kỳ" and not ReviewRequest.objects.exists() and mail.outbox == []


def test_a_new_focal_point_of_the_unit_answers_and_the_one_relieved_no_more(client, unit):
    send_request(client, unit["approver"], unit)
    review_request = ReviewRequest.objects.get()
    successor = UserFactory(username="focal_thads_2", groups=[roles.FOCAL_POINTS])
    FocalPoint.objects.filter(user=unit["focal"]).update(user=successor)
    first, second = review_request.items.all()[:2]
    assert refused(answer(client, unit["focal"], review_request, first, "accurate"))
    assert answer(client, successor, review_request, second, "accurate").status_code == 302
    assert [item.answer for item in review_request.items.filter(pk__in=[first.pk, second.pk]).order_by("pk")] == ["", "accurate"]


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

"""The demo shows the work of issue 20 (Art 12.1, 15.1, 15.4): what each role finds when `make run` opens."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from wagtail.models import PageLogEntry

from demo.editorial_work import ASSIGNED_DRAFTS, SENT_BACK_COMMENT


def page_as(client, username, url):
    client.force_login(get_user_model().objects.get(username=username))
    response = client.get(url, HTTP_HOST="localhost")
    assert response.status_code == 200, (username, url)
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.django_db
def test_the_demo_has_assignments_field_looks_and_a_review_request(client, demo_portal):
    moj_draft, thads_draft = (title for _, title, *_ in ASSIGNED_DRAFTS)
    rows = page_as(client, "standing_editor", "/admin/").select(".assignment")
    assert [row.select_one(".title").get_text(strip=True) for row in rows] == [moj_draft]
    thads = page_as(client, "thads_editor", "/admin/").select(".assignment")
    assert len(thads) == 1 and thads_draft in thads[0].get_text() and "Quá hạn" in thads[0].select_one(".editorial-overdue").get_text()
    given = page_as(client, "standing_approver", "/admin/editorial/assignments/").select(".assignment")
    assert [moj_draft in row.get_text() for row in given] == [True]

    # board_member finds items of their fields waiting; the one sent back is on the main portal approvers' dashboard.
    assert page_as(client, "board_member", "/admin/editorial/fields/").select(".field-item")
    sent_back = page_as(client, "standing_approver", "/admin/").select(".sent-back")
    assert sent_back and SENT_BACK_COMMENT in sent_back[0].get_text()
    assert PageLogEntry.objects.filter(action="moj.correction_draft").count() == 1

    # focal_thads has one request about three items, one answered.
    listing = page_as(client, "focal_thads", "/admin/editorial/review-requests/")
    link = listing.select_one("a[href^='/admin/editorial/review-requests/']")
    assert "Cục Thi hành án dân sự" in link.get_text()
    items = page_as(client, "focal_thads", link["href"]).select(".review-item")
    answered = [item.select_one(".answer").get_text(strip=True) for item in items if not item.select_one("form")]
    assert len(items) == 3 and answered == ["Vẫn chính xác"]

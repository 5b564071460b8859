"""A section's listing for its editors (issue 18): every item across the year/month folders, newest first, with
filters by state (draft, waiting, live, taken down), author and date; only for those who may edit the section."""

import datetime

from django.utils import timezone

from accounts import roles
from accounts.factories import UserFactory
from editorial import publishing
from editorial.models import Takedown
from editorial.section_items import section_items_url
from news.factories import ArticlePageFactory
from news.models import archive_folder


def rows(html: str) -> list[str]:
    body = html.split('class="listing section-items"', 1)[1].split("</tbody>", 1)[0]
    return [part.split("</a>", 1)[0].rsplit(">", 1)[-1] for part in body.split('<td class="title">')[1:]]


def test_the_listing_filters_by_state_author_and_date(client, newsroom):
    section, reporter = newsroom["section"], newsroom["reporter"]
    other = UserFactory(username="phong_vien_2", first_name="Lan", last_name="Trần")
    draft = newsroom["draft"](title="Bản nháp mới")
    waiting = newsroom["draft"](title="Đang chờ")
    newsroom["submit"](waiting)
    live = newsroom["draft"](title="Đã đăng", live=True)
    down = newsroom["draft"](title="Đã gỡ tạm", live=True)
    publishing.take_down(down, newsroom["approver"], Takedown.Kind.TEMPORARY, "Xác minh nguồn tin")
    old_day = timezone.now() - datetime.timedelta(days=400)
    old = ArticlePageFactory(parent=archive_folder(section, old_day), title="Tin năm ngoái", date=old_day, live=False, owner=other)
    old.save_revision(user=other)

    client.force_login(reporter)
    url = section_items_url(section)
    everything = rows(client.get(url).text)
    assert everything[0] in {"Bản nháp mới", "Đang chờ", "Đã đăng", "Đã gỡ tạm"} and everything[-1] == "Tin năm ngoái"
    assert rows(client.get(url, {"trang_thai": "draft"}).text) == ["Bản nháp mới", "Tin năm ngoái"]
    assert rows(client.get(url, {"trang_thai": "waiting"}).text) == ["Đang chờ"]
    assert rows(client.get(url, {"trang_thai": "live"}).text) == ["Đã đăng"]
    assert rows(client.get(url, {"trang_thai": "taken_down"}).text) == ["Đã gỡ tạm"]
    assert rows(client.get(url, {"tac_gia": other.pk}).text) == ["Tin năm ngoái"]
    recent = {"tu_ngay": (timezone.localdate() - datetime.timedelta(days=30)).isoformat()}
    assert "Tin năm ngoái" not in rows(client.get(url, recent).text) and len(rows(client.get(url, recent).text)) == 4
    assert draft.pk and live.pk  # listed above

    # Bad input: a message on the field, what was typed kept, never a 500.
    bad = client.get(url, {"tu_ngay": "0001-01-01", "trang_thai": "nonsense", "tac_gia": "x"})
    assert bad.status_code == 200 and "Ngày phải từ năm" in bad.text


def test_only_who_may_edit_the_section_opens_its_listing(client, newsroom, thads_site):
    url = section_items_url(newsroom["section"])
    for user in (
        UserFactory(username="thads_editor", groups=[thads_site.editors_group]),
        UserFactory(username="board", groups=[roles.BOARD_MEMBERS]),
        UserFactory(username="itadmin", groups=[roles.IT_ADMINS]),
    ):
        client.force_login(user)
        assert client.get(url).status_code in (302, 403), user
    client.force_login(newsroom["approver"])
    assert client.get(url).status_code == 200


def test_the_listing_has_the_section_as_its_heading_and_a_dash_for_a_missing_writer(client, newsroom):
    section, reporter = newsroom["section"], newsroom["reporter"]
    day = timezone.now()
    orphan = ArticlePageFactory(parent=archive_folder(section, day), title="Tin nhập từ cổng cũ", date=day, live=False, owner=None)
    edited = ArticlePageFactory(parent=archive_folder(section, day), title="Tin đã sửa", date=day, live=False, owner=None)
    edited.save_revision(user=reporter)
    client.force_login(newsroom["approver"])
    html = client.get(section_items_url(section)).text
    heading = html.split('<h1 class="w-header__title"', 1)[1].split("</h1>", 1)[0]
    assert f"Tin bài của chuyên mục {section.title}" in heading
    writers = {
        row.split("</a>", 1)[0].rsplit(">", 1)[-1]: row.split('class="section-item__writer">', 1)[1].split("</td>", 1)[0]
        for row in html.split('<td class="title">')[1:]
    }
    assert writers[orphan.title] == "—"
    assert writers[edited.title] == (reporter.get_full_name() or reporter.get_username())

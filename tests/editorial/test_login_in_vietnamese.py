"""The admin's login screen has no English left and no words run together (issue 18), on a platform without sites
as on the main portal. Apart from tests/editorial/test_admin_in_vietnamese.py, whose tests share a newsroom built once
on the main portal: a test on another platform cannot run while that module's transaction holds the connection."""

from accounts.factories import UserFactory
from tests.editorial.admin_english import english_on


def test_the_login_screen_shows_no_english_and_no_garbled_placeholder(client, db):
    html = client.get("/admin/login/").text
    english = english_on(html)
    assert not english, f"{len(english)} English strings: {english}"
    assert "Đăng nhập Cổng TTĐT Bộ Tư pháp" in html
    assert "Tên đăng nhậpcủa" not in html


def test_a_failed_login_says_so_in_whole_vietnamese_words(client, main_site):
    UserFactory(username="bien_tap", groups=[main_site.editors_group])
    html = client.post("/admin/login/", {"username": "bien_tap", "password": "sai-mat-khau"}).text
    assert "nhậpkhông" not in html and "dùngkhông" not in html
    english = english_on(html)
    assert not english, f"{len(english)} English strings: {english}"

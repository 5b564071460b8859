"""The public side of a consultation (issue 15): the listing by state, the draft with its table of contents, anchors,
comment buttons, counts and comparison; the comment form (per-field errors, spam check, closing by the clock with the
typed text kept) and the one-time e-mail confirmation."""

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from wagtail.search.backends import get_search_backend

from consultations.models import Comment
from tests.consultations.conftest import NOW, comment_fields, make_draft, post_comment
from tests.intake.conftest import post_form
from tests.subsites.sitemap_reader import read_sitemap


def test_the_listing_filters_by_state_from_the_clock(client, consultation_index):
    make_draft(consultation_index, title="Dự thảo đang lấy ý kiến")
    make_draft(consultation_index, title="Dự thảo sắp mở", opens=5)
    make_draft(consultation_index, title="Dự thảo đã kết thúc", opens=-100)
    reported = make_draft(consultation_index, title="Dự thảo đã có báo cáo", opens=-200)
    type(reported).objects.filter(pk=reported.pk).update(report_published_at=NOW)

    def titles(query=""):
        response = client.get(f"/lay-y-kien/{query}")
        assert response.status_code == 200
        return re.findall(r'draft-list__title"><a [^>]+>([^<]+)<', response.text)

    assert len(titles()) == 4
    assert titles("?trang_thai=dang-lay-y-kien") == ["Dự thảo đang lấy ý kiến"]
    assert titles("?trang_thai=sap-mo") == ["Dự thảo sắp mở"]
    assert titles("?trang_thai=da-ket-thuc") == ["Dự thảo đã kết thúc"]
    assert titles("?trang_thai=da-co-bao-cao") == ["Dự thảo đã có báo cáo"]
    assert len(titles("?trang_thai=nonsense")) == 4


def test_the_draft_shows_its_structure_with_anchors_buttons_and_the_comparison(client, open_draft):
    response = client.get(open_draft.url)
    assert response.status_code == 200
    text = response.text
    assert 'id="dieu-5-khoan-2"' in text and 'id="chuong-ii-muc-1"' in text and 'id="dieu-12-khoan-1-diem-dd"' in text
    assert 'href="#dieu-35"' in text  # table of contents, and the comparison's new article
    assert f'href="{open_draft.url}gop-y/?vi_tri=dieu-5-khoan-2"' in text
    assert "1 điều mới, 0 điều bỏ, 4 điều sửa đổi, 30 điều giữ nguyên." in text
    assert "Đang lấy ý kiến" in text and "Nghị định" in text
    # The first version has its own text and no comparison.
    first = open_draft.versions.order_by("sort_order").first()
    earlier = client.get(f"{open_draft.url}?phien_ban={first.pk}").text
    assert 'id="dieu-18-khoan-3"' in earlier and 'id="dieu-35"' not in earlier and "điều giữ nguyên" not in earlier


def test_a_comment_is_received_confirmed_once_and_shown_only_when_published(client, open_draft):
    response = post_comment(client, open_draft, comment_fields())
    assert response.status_code == 200 and "Đã nhận góp ý" in response.text
    comment = Comment.objects.get()
    assert (comment.anchor, comment.anchor_label, comment.state) == ("dieu-5-khoan-2", "Điều 5 khoản 2", "received")
    with connection.cursor() as cursor:
        cursor.execute("SELECT full_name, email FROM consultations_comment")
        stored = cursor.fetchone()
    assert "Hoa" not in stored[0] and "example.vn" not in stored[1]
    message = mail.outbox[-1]
    assert message.to == ["hoa.lt@example.vn"] and "Điều 5 khoản 2" in message.body
    link = re.search(r"https?://\S+/xac-nhan/\S+/", message.body).group(0)
    path = link.split("localhost", 1)[1].lstrip(":0123456789")
    assert "Xác nhận thư điện tử" in client.get(path).text  # opening the link alone changes nothing
    comment.refresh_from_db()
    assert not comment.is_confirmed
    assert "Đã xác nhận thư điện tử" in client.post(path).text
    comment.refresh_from_db()
    assert comment.is_confirmed
    assert "đã được xác nhận trước đó" in client.post(path).text
    assert client.get(f"{open_draft.url}xac-nhan/forged-token/").status_code == 400
    # Not on the page before moderation; published, it is, with the count beside its article.
    assert "người khuyết tật" not in client.get(open_draft.url).text
    Comment.objects.update(state="published")
    page = client.get(open_draft.url).text
    assert "người khuyết tật" in page and "Lê Thị Hoa" in page
    assert page.count("Góp ý đã đăng: 1") == 2  # Điều 5 and its khoản 2


def test_a_comment_on_the_whole_draft_by_an_organisation_without_its_name(client, open_draft):
    post_comment(
        client, open_draft, comment_fields(anchor="", author_kind="organisation", organisation="Đoàn Luật sư TP Hà Nội", show_name="")
    )
    comment = Comment.objects.get()
    assert comment.anchor == "" and comment.organisation == "Đoàn Luật sư TP Hà Nội"
    assert comment.public_name == "Người góp ý không công khai tên"


def test_the_button_preselects_the_clause(client, open_draft):
    response = client.get(f"{open_draft.url}gop-y/?vi_tri=dieu-5-khoan-2")
    assert '<option value="dieu-5-khoan-2" selected>' in response.text
    assert client.get(f"{open_draft.url}gop-y/?vi_tri=khong-co").status_code == 200


def test_bad_input_gets_messages_per_field_with_the_form_kept(client, open_draft):
    response = post_comment(
        client, open_draft, comment_fields(email="not-an-address", author_kind="organisation", consent="", anchor="dieu-99")
    )
    assert response.status_code == 400
    for message in ("Địa chỉ thư điện tử không đúng", "Hãy nhập tên cơ quan, tổ chức", "Cần có sự đồng ý", "Vị trí góp ý không có"):
        assert message in response.text
    assert "người khuyết tật có khó khăn" in response.text  # kept
    assert not Comment.objects.exists()


def test_without_the_spam_check_nothing_is_kept(client, open_draft):
    response = post_form(client, comment_fields(), path=f"{open_draft.url}gop-y/", solve=False)
    assert response.status_code == 400 and not Comment.objects.exists()


def test_an_attachment_that_is_not_what_it_says_is_refused(client, open_draft):
    fake = SimpleUploadedFile("y-kien.pdf", b"MZ\x90\x00 not a pdf", content_type="application/pdf")
    response = post_comment(client, open_draft, comment_fields(attachment=fake))
    assert response.status_code == 400 and "không đúng định dạng .pdf" in response.text


@pytest.mark.parametrize("moment", ["after", "before"])
def test_outside_the_period_no_comment_is_taken_and_the_typed_text_is_shown_back(client, open_draft, clock, moment):
    form = client.get(f"{open_draft.url}gop-y/").text  # opened while the period runs
    clock(open_draft.closes_at + timedelta(seconds=1) if moment == "after" else open_draft.opens_at - timedelta(minutes=1))
    data = comment_fields(text="Góp ý gửi muộn: đề nghị giữ nguyên Điều 18.")
    data["cau_hoi_ma"] = re.search(r'name="cau_hoi_ma" value="([^"]+)"', form).group(1)
    response = client.post(f"{open_draft.url}gop-y/", data)
    assert response.status_code == 400
    assert ("Đã hết thời hạn lấy ý kiến" if moment == "after" else "chưa mở lấy ý kiến") in response.text
    assert "Góp ý gửi muộn: đề nghị giữ nguyên Điều 18." in response.text
    assert "tgpl@moj.gov.vn" in response.text  # where to send it instead
    assert not Comment.objects.exists()
    page = client.get(open_draft.url).text
    assert "gop-y/?vi_tri=" not in page


def test_the_period_opens_and_closes_by_itself(client, open_draft, clock):
    clock(open_draft.opens_at - timedelta(seconds=1))
    assert open_draft.state == "sap-mo"
    clock(open_draft.opens_at)
    assert open_draft.state == "dang-lay-y-kien"
    clock(open_draft.closes_at)
    assert open_draft.state == "da-ket-thuc"


def test_the_feeds_carry_the_drafts_open_for_comment(client, consultation_index):
    make_draft(consultation_index, title="Dự thảo đang lấy ý kiến")
    make_draft(consultation_index, title="Dự thảo đã kết thúc", opens=-100)
    listing = client.get("/lay-y-kien/").text
    assert 'href="/lay-y-kien/rss/"' in listing
    for feed in ("/lay-y-kien/rss/", "/lay-y-kien/atom/"):
        body = client.get(feed).content.decode()
        assert "Dự thảo đang lấy ý kiến" in body and "Dự thảo đã kết thúc" not in body


def test_the_draft_is_found_by_search_and_listed_in_the_sitemap(client, open_draft):
    assert open_draft.full_url.split("localhost", 1)[1].lstrip(":0123456789") in read_sitemap(client, "testserver")
    get_search_backend().add(open_draft)
    results = client.get("/tim-kiem/?q=trợ giúp viên pháp lý").text
    assert open_draft.title in results

"""An IT administrator reads the audit log of one component site and downloads it (R-OPS-3)."""

import csv
import io
import re

from playwright.sync_api import expect

from tests.e2e.signing_in import log_in


def test_it_administrator_filters_the_audit_log_by_site_and_downloads_it(page, portal_server):
    thads_admin = portal_server.replace("localhost", "thads.localhost", 1)
    # Someone tries a wrong password on a thads account.
    page.goto(thads_admin + "/admin/login/")
    page.get_by_label(re.compile("Tên đăng nhập|Username")).fill("thads_editor")
    page.get_by_label(re.compile("Mật khẩu|Password")).fill("doan-mat-khau")
    page.get_by_role("button", name=re.compile("Đăng nhập|Sign in")).click()
    expect(page).to_have_url(re.compile("/login/"))

    log_in(page, portal_server, "itadmin")
    page.goto(portal_server + "/admin/")
    page.get_by_role("button", name=re.compile("Báo cáo|Reports")).click()
    page.get_by_role("link", name="Nhật ký kiểm tra").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Nhật ký kiểm tra")
    results = page.locator("#listing-results")
    expect(results).to_contain_text("Đăng nhập thất bại với tên đăng nhập “thads_editor”")

    page.get_by_role("button", name=re.compile("lọc|filters", re.IGNORECASE)).click()
    page.locator(".w-drilldown__toggle", has_text="Trang").click()
    page.locator("#id_site").select_option(label="Cục Công nghệ thông tin")
    expect(page).to_have_url(re.compile(r"site=cntt"))
    expect(results).not_to_contain_text("Đăng nhập thất bại")

    page.reload()  # the export links follow the filters of the page's address
    page.get_by_role("button", name=re.compile("^(Hành động|Thao tác|Actions)$")).click()
    with page.expect_download() as download:
        page.get_by_role("link", name=re.compile("CSV")).click()
    rows = list(csv.reader(io.StringIO(open(download.value.path(), encoding="utf-8-sig").read())))  # noqa: SIM115
    assert rows[0][:4] == ["Thời gian", "Tài khoản", "Họ tên", "Hành động"]
    assert not any("Đăng nhập thất bại" in cell for row in rows for cell in row)

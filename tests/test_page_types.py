"""Every page type: allowed parents and children, created through the admin form, rendered, previewed.
A new page type without an entry in PAGE_TYPES fails `test_every_page_type_is_covered`."""

import datetime

import pytest
from wagtail.models import Page, get_page_models
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from accounts.factories import UserFactory
from consultations.models import ConsultationIndexPage, DraftPage
from documents.factories import LegalDocumentIndexPageFactory
from documents.models import LegalDocumentIndexPage, LegalDocumentPage
from home.factories import SectionPageFactory
from home.models import HomePage, SectionPage, StandardPage
from news.models import ArchiveFolderPage, ArticlePage
from qa.models import QuestionIndexPage, QuestionPage
from subsites.models import ServiceCatalogPage, UnitDirectoryPage

# Reads response.context: Django records the templates' contexts for this module (tests/conftest.py).
pytestmark = pytest.mark.usefixtures("template_contexts")

TODAY = datetime.date(2026, 11, 20)


def home(portal):
    return portal.site.root_page.specific


def section(portal):
    return SectionPageFactory(parent=home(portal), title="Tin tức", slug="tin-tuc")


def documents_index(portal):
    return LegalDocumentIndexPageFactory(parent=home(portal), slug="van-ban")


def consultations_index(portal):
    index = ConsultationIndexPage(title="Lấy ý kiến dự thảo", slug="lay-y-kien")
    home(portal).add_child(instance=index)
    return index


def questions_index(portal):
    index = QuestionIndexPage(title="Hỏi đáp", slug="hoi-dap")
    home(portal).add_child(instance=index)
    return index


# page type: (how to make its parent, the admin form data, text the rendered page must show)
PAGE_TYPES = {
    SectionPage: (home, {"title": "Thông báo", "slug": "thong-bao", "intro": rich_text("<p>Các thông báo.</p>")}, "Các thông báo."),
    StandardPage: (home, {"title": "Liên hệ", "slug": "lien-he", "body": rich_text("<p>Số 60 Trần Phú</p>")}, "Số 60 Trần Phú"),
    ArticlePage: (
        section,
        {
            "title": "Hội nghị tổng kết công tác tư pháp",
            "slug": "hoi-nghi-tong-ket",
            "kind": "news",
            "lead": "Sáng nay, Bộ Tư pháp tổ chức hội nghị.",
            "body": streamfield([("paragraph", rich_text("<p>Tham dự có Lãnh đạo Bộ.</p>"))]),
            "author": "Thu Hà",
            "source": "Báo Pháp luật Việt Nam",
            "date": "2026-11-20 08:30",
            "tags": "hộ tịch, tư pháp",
            "related_links": inline_formset([]),
            "corrections": inline_formset([]),
            "royalty_contributors": inline_formset([]),
        },
        "Báo Pháp luật Việt Nam",
    ),
    LegalDocumentIndexPage: (home, {"title": "Văn bản", "slug": "van-ban", "intro": "Văn bản quy phạm pháp luật."}, "Văn bản quy phạm"),
    LegalDocumentPage: (
        documents_index,
        {
            "title": "Nghị định về dịch vụ công trực tuyến",
            "slug": "nghi-dinh-42",
            "number": "42/2022/NĐ-CP",
            "document_type": "nghi-dinh",
            "issuing_body": "Chính phủ",
            "issue_date": "2022-06-24",
            "validity": "in-force",
            "summary": "Quy định về việc cung cấp thông tin trên môi trường mạng.",
            "attachments": inline_formset([]),
            "relations": inline_formset([]),
        },
        "42/2022/NĐ-CP",
    ),
    UnitDirectoryPage: (
        home,
        {"title": "Cơ cấu tổ chức", "slug": "co-cau-to-chuc", "intro": rich_text("<p>Các đơn vị.</p>")},
        "Các đơn vị.",
    ),
    ServiceCatalogPage: (home, {"title": "Dịch vụ công", "slug": "dich-vu-cong", "intro": rich_text("<p>Dịch vụ.</p>")}, "Dịch vụ công"),
    QuestionIndexPage: (home, {"title": "Hỏi đáp pháp luật", "slug": "hoi-dap", "intro": rich_text("<p>Giải đáp.</p>")}, "Giải đáp."),
    QuestionPage: (
        questions_index,
        {
            "title": "Làm lại giấy khai sinh ở đâu?",
            "slug": "lam-lai-giay-khai-sinh",
            "question": "Tôi bị mất giấy khai sinh.",
            "asker_display_name": "Bạn đọc Trần V. H., Nam Định",
            "answer": rich_text("<p>Đề nghị cấp bản sao trích lục khai sinh.</p>"),
            "asked_on": "2026-11-01",
            "answered_on": "2026-11-10",
        },
        "Đề nghị cấp bản sao trích lục",
    ),
    ConsultationIndexPage: (home, {"title": "Lấy ý kiến dự thảo", "slug": "lay-y-kien", "intro": "Dự thảo văn bản."}, "Dự thảo văn bản."),
    DraftPage: (
        consultations_index,
        {
            "title": "Dự thảo Thông tư về hộ tịch điện tử",
            "slug": "du-thao-thong-tu-ho-tich",
            "document_type": "thong-tu",
            "summary": "Hướng dẫn đăng ký hộ tịch trực tuyến.",
            "opens_at": "2026-11-20 08:00",
            "closes_at": "2027-01-20 17:00",
            "versions": inline_formset(
                [{"label": "Dự thảo lần 1", "posted_on": "2026-11-20", "docx": "", "pasted_text": "Điều 1. Phạm vi\n1. Hộ tịch điện tử."}]
            ),
            "dossier": inline_formset([]),
        },
        "Hộ tịch điện tử.",
    ),
}
NOT_CREATED_IN_THE_ADMIN = {
    HomePage: "made by provisioning (one per site and language)",
    ArchiveFolderPage: "made automatically when an article is filed (news.models.archive_folder)",
}


# Where each page type may live and what may live below it: the page tree of every site, pinned exactly.
TREE = {
    HomePage: (
        {Page},
        {
            SectionPage,
            StandardPage,
            LegalDocumentIndexPage,
            UnitDirectoryPage,
            ServiceCatalogPage,
            QuestionIndexPage,
            ConsultationIndexPage,
        },
    ),
    SectionPage: ({HomePage, SectionPage}, {SectionPage, StandardPage, ArticlePage, ArchiveFolderPage}),
    StandardPage: ({HomePage, SectionPage, StandardPage}, {StandardPage}),
    ArticlePage: ({SectionPage, ArchiveFolderPage}, set()),
    ArchiveFolderPage: ({SectionPage, ArchiveFolderPage}, {ArchiveFolderPage, ArticlePage}),
    LegalDocumentIndexPage: ({HomePage}, {LegalDocumentPage}),
    LegalDocumentPage: ({LegalDocumentIndexPage}, set()),
    UnitDirectoryPage: ({HomePage}, set()),
    ServiceCatalogPage: ({HomePage}, set()),
    QuestionIndexPage: ({HomePage}, {QuestionPage}),
    QuestionPage: ({QuestionIndexPage}, set()),
    ConsultationIndexPage: ({HomePage}, {DraftPage}),
    DraftPage: ({ConsultationIndexPage}, set()),
}


def test_every_page_type_is_covered():
    models = {model for model in get_page_models() if model is not Page}
    assert models == set(PAGE_TYPES) | set(NOT_CREATED_IN_THE_ADMIN)
    assert models == set(TREE)


@pytest.mark.parametrize("model", list(TREE), ids=lambda model: model.__name__)
def test_page_type_states_its_parents_and_children(model):
    assert model.parent_page_types, f"{model.__name__} must say where it may live"
    assert model.subpage_types is not None, f"{model.__name__} must say what may live below it"
    parents, children = TREE[model]
    assert set(model.allowed_parent_page_models()) == parents
    assert set(model.allowed_subpage_models()) == children


@pytest.fixture
def chief(client, main_site):
    client.force_login(UserFactory(superuser=True))
    return client


@pytest.mark.parametrize("model", list(PAGE_TYPES), ids=lambda model: model.__name__)
def test_page_type_is_created_in_the_admin_rendered_and_previewed(chief, main_site, model):
    make_parent, data, shown = PAGE_TYPES[model]
    parent = make_parent(main_site)
    app, name = model._meta.app_label, model._meta.model_name
    response = chief.post(f"/admin/pages/add/{app}/{name}/{parent.pk}/", nested_form_data(data))
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    page = model.objects.get(title=data["title"])
    page.get_latest_revision().publish()  # publishing goes through the two steps (tests/editorial/test_workflow.py)

    rendered = chief.get(page.url, HTTP_HOST="localhost")
    assert rendered.status_code == 200
    assert shown in rendered.text

    preview_url = f"/admin/pages/{page.pk}/edit/preview/"
    assert chief.post(preview_url, nested_form_data(data)).json()["is_valid"]
    preview = chief.get(preview_url)
    assert preview.status_code == 200 and shown in preview.text


@pytest.mark.parametrize(("model", "wrong_parent"), [(ArticlePage, home), (LegalDocumentPage, section), (QuestionPage, section)])
def test_page_type_cannot_be_added_in_the_wrong_place(chief, main_site, model, wrong_parent):
    parent = wrong_parent(main_site)
    response = chief.get(f"/admin/pages/add/{model._meta.app_label}/{model._meta.model_name}/{parent.pk}/")
    assert response.status_code in (302, 403)

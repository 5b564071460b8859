"""Page addresses (issue 18): Vietnamese titles transliterated on the server, and an address already used beside the
page made unique with a note instead of a refusal — for a save, a second article of the same title in the same
month, and the editor's autosave."""

import pytest
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from accounts.factories import UserFactory
from home.factories import SectionPageFactory
from home.models import StandardPage
from home.slugs import SLUG_FORMATTERS
from news.models import ArticlePage
from vietnamese.text import slugify

# Reads response.context: Django records the templates' contexts for this module (tests/conftest.py).
pytestmark = pytest.mark.usefixtures("template_contexts")

TITLE = "Cục THADS tập huấn kỹ năng số"


@pytest.fixture
def newsroom(client, main_site):
    section = SectionPageFactory(parent=main_site.site.root_page, title="Tin tức", slug="tin-tuc")
    client.force_login(UserFactory(username="bien_tap", groups=[main_site.editors_group]))
    return section


def article_form(title, slug, date="2025-12-30 09:00"):
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "kind": "news",
            "lead": "Sapo.",
            "source": "Cổng thông tin điện tử Bộ Tư pháp",  # attribution, required to submit (R-CONT-6)
            "body": streamfield([("paragraph", rich_text("<p>Nội dung.</p>"))]),
            "date": date,
            "related_links": inline_formset([]),
            "corrections": inline_formset([]),
            "royalty_contributors": inline_formset([]),
        }
    )


def page_form(title, slug):
    return nested_form_data({"title": title, "slug": slug, "body": streamfield([])})


def test_the_server_transliterates_a_vietnamese_title_into_the_address(client, newsroom):
    response = client.post(f"/admin/pages/add/home/standardpage/{newsroom.pk}/", page_form(TITLE, ""))
    assert response.status_code == 302, list(response.context["form"].errors.items())
    assert StandardPage.objects.get(title=TITLE).slug == "cuc-thads-tap-huan-ky-nang-so"


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        (TITLE, "cuc-thads-tap-huan-ky-nang-so"),
        ("Đảng ủy Bộ Tư pháp: Hội nghị ƯỚC TÍNH", "dang-uy-bo-tu-phap-hoi-nghi-uoc-tinh"),
        ("Thủy lợi – hòa giải ở cơ sở", "thuy-loi-hoa-giai-o-co-so"),
    ],
)
def test_slugify_writes_every_vietnamese_letter_as_its_ascii_letter(title, slug):
    assert slugify(title) == slug


def test_the_editor_s_live_slug_table_covers_every_vietnamese_letter():
    """The table given to the browser (tests/e2e/test_first_impressions.py runs it in Chromium) writes each letter
    as slugify does."""
    letters = {letter: ascii_letter for pattern, ascii_letter in SLUG_FORMATTERS if ascii_letter for letter in pattern.strip("[]")}
    for letter in "ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ":
        assert letters[letter] == slugify(letter), letter
        assert letters[letter.upper()] == slugify(letter.upper()).upper(), letter


def test_the_page_editor_carries_the_transliteration_table(client, newsroom):
    html = client.get(f"/admin/pages/add/home/standardpage/{newsroom.pk}/").text
    assert "data-w-slug-formatters-value" in html
    assert "ệ" in html.split("data-w-slug-formatters-value", 1)[1][:3000] or "\\u1ec7" in html


def test_saving_a_page_with_an_address_used_beside_it_takes_a_free_one_and_says_so(client, newsroom):
    first = client.post(f"/admin/pages/add/home/standardpage/{newsroom.pk}/", page_form("Giới thiệu", "gioi-thieu"))
    assert first.status_code == 302
    response = client.post(f"/admin/pages/add/home/standardpage/{newsroom.pk}/", page_form("Giới thiệu chung", "gioi-thieu"), follow=True)
    assert response.status_code == 200
    second = StandardPage.objects.get(title="Giới thiệu chung")
    assert second.slug == "gioi-thieu-2"
    told = [str(message) for message in response.context["messages"]]
    assert any("gioi-thieu-2" in message and "“gioi-thieu”" in message for message in told), told
    # Saving it again with the taken address (the form the editor still has open): a free one again, never an error.
    third = client.post(f"/admin/pages/{second.pk}/edit/", page_form("Giới thiệu chung", "gioi-thieu"))
    assert third.status_code == 302
    assert StandardPage.objects.get(pk=second.pk).get_latest_revision_as_object().slug == "gioi-thieu-2"


def test_the_same_title_twice_in_one_month_by_autosave_then_save_never_fails(client, newsroom):
    """The second article of the same title is filed as `…-2` (the create screen no longer autosaves: a page exists
    only once the editor saves, issue 18); the open editor's next autosave is given that address, and its save
    succeeds."""
    url = f"/admin/pages/add/news/articlepage/{newsroom.pk}/"
    assert client.post(url, article_form("UX", "ux"), HTTP_ACCEPT="application/json").status_code == 400  # no autosave
    assert not ArticlePage.objects.exists()
    for _ in range(2):
        assert client.post(url, article_form("UX", "ux")).status_code == 302
    created = {"pk": ArticlePage.objects.get(slug="ux-2").pk}
    edit = f"/admin/pages/{created['pk']}/edit/"
    again = client.post(edit, article_form("UX", "ux"), HTTP_ACCEPT="application/json")  # an autosave before the update
    assert again.status_code == 200, again.content
    assert again.json()["field_updates"]["slug"] == "ux-2"
    saved = client.post(edit, article_form("UX", "ux-2"), follow=True)
    assert saved.status_code == 200
    assert sorted(ArticlePage.objects.values_list("url_path", flat=True)) == ["/moj/tin-tuc/2025/12/ux-2/", "/moj/tin-tuc/2025/12/ux/"]
    assert ArticlePage.objects.get(pk=created["pk"]).get_latest_revision_as_object().slug == "ux-2"

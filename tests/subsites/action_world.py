"""The world the action matrix acts on (tests/subsites/action_table.py): the common sites (main portal, thads, cntt)
with the English edition of the main portal, one account per role named as in the demo (demo/people.py), and on the
main portal and thads every kind of object an admin action changes — a draft, an item waiting for approval, a live
item, a taken-down item, an item published without review, a picture, a file. Built once per module."""

import datetime
import io
from dataclasses import dataclass, field

from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.test import Client
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Task, Workflow
from wagtail.test.utils.form_data import nested_form_data, streamfield
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from accounts import roles
from accounts.models import InactivityExemption
from editorial import publishing
from editorial.models import BoardMember, CalendarException
from editorial.models import Takedown as TakedownModel
from home.factories import SectionPageFactory, SubjectAreaFactory
from news.blocks import ArticleBody
from news.factories import ArticlePageFactory
from news.models import ArticlePage, archive_folder
from subsites.models import OnlineService, PortalSite, Unit
from subsites.provisioning import provision_english_edition
from tests.subsites.action_consultations_world import consultation_objects
from tests.subsites.action_register2_world import register2_objects
from tests.subsites.action_register_world import register_objects

ANONYMOUS = "anonymous"
# The columns: one account per role, named as the demo's; a site team is (site slug, "editors" or "approvers").
ROLES = {
    "chief": roles.CHIEF_EDITOR,
    "standing_editor": ("moj", "editors"),
    "standing_approver": ("moj", "approvers"),
    "board_member": roles.BOARD_MEMBERS,
    "thads_editor": ("thads", "editors"),
    "thads_approver": ("thads", "approvers"),
    "cntt_editor": ("cntt", "editors"),
    "translator": roles.EN_TRANSLATORS,
    "en_approver": roles.EN_APPROVERS,
    "itadmin": roles.IT_ADMINS,
    "focal_thads": roles.FOCAL_POINTS,
    "accountant": roles.ACCOUNTANTS,
    ANONYMOUS: None,
}
# The sites whose objects the site actions act on: the main portal and a component site.
SITES = ["moj", "thads"]


@dataclass
class SiteObjects:
    """One site's objects; every page is an article written and submitted by the newsroom's author."""

    portal_site: PortalSite
    section: Page
    other_section: Page
    draft: ArticlePage
    in_review: ArticlePage
    live: ArticlePage
    taken_down: ArticlePage
    published_without_review: ArticlePage
    image: object
    document: object
    forms: dict = field(default_factory=dict)  # what the browser sends back from each edit form, unchanged

    @property
    def task_state_id(self):
        return Page.objects.get(pk=self.in_review.pk).current_workflow_task_state.pk


@dataclass
class World:
    sites: dict[str, SiteObjects]
    users: dict
    account: object  # a thads editor account that IT administrators edit, lock and delete
    english: dict  # the English translation of a main portal item: page, translation, segment
    snippets: dict
    forms: dict = field(default_factory=dict)
    registers: dict = field(default_factory=dict)  # the intake register's and the editorial registers' objects
    sessions: dict = field(default_factory=dict)  # username → session key


def png(name="anh.png") -> ContentFile:
    buffer = io.BytesIO()
    PILImage.new("RGB", (8, 8), "navy").save(buffer, "PNG")
    return ContentFile(buffer.getvalue(), name=name)


def pdf(name="van-ban.pdf") -> ContentFile:
    return ContentFile(b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n", name=name)


def form_data(html: str) -> dict:
    """What a browser sends back from the page's main form, unchanged (the same as tests/audit/test_audit_log.py)."""
    soup = BeautifulSoup(html, "lxml")  # libxml2: several times faster than html.parser on the admin's large edit forms
    form = next(
        form
        for form in soup.find_all("form")
        if form.find(attrs={"name": "csrfmiddlewaretoken"}) and form.get("method", "").lower() == "post"
    )
    data = {}
    for element in form.find_all(["input", "select", "textarea"]):
        name = element.get("name")
        if not name or "__prefix__" in name or element.get("type") in ("submit", "button", "file") or name == "csrfmiddlewaretoken":
            continue
        if element.name == "select":
            values = [option.get("value", option.text) for option in element.find_all("option") if option.has_attr("selected")]
        elif element.get("type") in ("checkbox", "radio"):
            values = [element.get("value", "on")] if element.has_attr("checked") else []
        else:
            values = [element.text if element.name == "textarea" else element.get("value", "")]
        data.setdefault(name, []).extend(values)
    return data


def build_world() -> World:
    User = get_user_model()
    portal_sites = {portal_site.slug: portal_site for portal_site in PortalSite.objects.select_related("site__root_page")}
    english_root = provision_english_edition(portal_sites["moj"], title="Ministry of Justice")
    users = {}
    for username, role in ROLES.items():
        if role is None:
            continue
        user = User.objects.create_user(username, email=f"{username}@moj.gov.vn", first_name=username)
        group = getattr(portal_sites[role[0]], f"{role[1]}_group") if isinstance(role, tuple) else Group.objects.get(name=role)
        user.groups.add(group)
        users[username] = user
    author = User.objects.create_user("matrix_author", email="author@moj.gov.vn")
    root = User.objects.create_superuser("matrix_root", email="root@moj.gov.vn")
    BoardMember.objects.create(user=users["board_member"])

    sites = {slug: site_objects(portal_sites[slug], author, users["chief"]) for slug in SITES}
    english = english_translation(sites["moj"].live, english_root, author)
    account = User.objects.create_user("matrix_account", email="account@moj.gov.vn", first_name="Tài khoản")
    account.groups.add(portal_sites["thads"].editors_group)
    snippets = {
        "subject_area": SubjectAreaFactory(name="Hộ tịch", slug="ho-tich"),
        "unit": Unit.objects.create(name="Vụ Pháp chế", slug="vu-phap-che"),
        "spare_unit": Unit.objects.create(name="Vụ Kế hoạch - Tài chính", slug="vu-khtc"),
        "calendar_exception": CalendarException.objects.create(date=datetime.date(2030, 9, 2), is_working_day=False, note="Quốc khánh"),
        "board_member": BoardMember.objects.get(user=users["board_member"]),
        "workflow": Workflow.objects.filter(active=True).first(),
        "task": Task.objects.filter(active=True).first(),
        "cntt": portal_sites["cntt"],
        "redirect": Redirect.objects.create(old_path="/lien-he-cu", redirect_link="https://moj.gov.vn/lien-he"),
        "exemption": InactivityExemption.objects.create(user=account, reason="Nghỉ thai sản", expires_on=datetime.date(2031, 1, 1)),
    }
    snippets["service"] = OnlineService.objects.create(
        name="Chứng thực bản sao", code="2.001", url="https://dichvucong.gov.vn/ct", unit=snippets["unit"]
    )
    query = Query.get("ho tich")
    snippets["search_pick"] = SearchPromotion.objects.create(query=query, page=sites["moj"].live, sort_order=0)
    world = World(sites, users, account, english, snippets)
    world.users["matrix_root"] = root
    world.registers = register_objects(world)
    world.registers |= register2_objects(world)
    world.registers |= consultation_objects(world)
    record_forms(world)
    return world


def site_objects(portal_site: PortalSite, author, chief) -> SiteObjects:
    home = portal_site.site.root_page
    section = SectionPageFactory(parent=home, title="Tin tức", slug="tin-tuc")
    other_section = SectionPageFactory(parent=home, title="Chỉ đạo điều hành", slug="chi-dao")
    folder = archive_folder(section, timezone.now())

    def article(slug, *, live=False):
        page = ArticlePageFactory(
            parent=folder,
            title=f"Bài {slug} ({portal_site.slug})",
            slug=slug,
            live=live,
            owner=author,
            body=[("paragraph", as_saved_by_the_editor("<p>Nội dung.</p>"))],
        )
        revision = page.save_revision(user=author)
        if live:
            revision.publish()
        return ArticlePage.objects.get(pk=page.pk)

    draft = article("ban-nhap")
    in_review = article("cho-duyet")
    in_review.get_workflow().start(in_review, author)
    live = article("dang-dang", live=True)
    taken_down = article("da-go", live=True)
    publishing.take_down(taken_down, chief, TakedownModel.Kind.TEMPORARY, "Xác minh nguồn tin")
    published_without_review = article("khong-qua-duyet")
    publishing.publish_without_review(published_without_review, chief, "Tin khẩn")
    image = get_image_model().objects.create(title=f"Ảnh {portal_site.slug}", file=png(), collection=portal_site.collection)
    document = get_document_model().objects.create(title=f"Tài liệu {portal_site.slug}", file=pdf(), collection=portal_site.collection)
    return SiteObjects(portal_site, section, other_section, draft, in_review, live, taken_down, published_without_review, image, document)


def english_translation(source_page, english_root, author) -> dict:
    """The English version of a live main portal item, every string translated, as wagtail-localize makes it."""
    english = Locale.objects.get(language_code="en")
    for ancestor in source_page.get_ancestors(inclusive=False).filter(depth__gt=english_root.depth):
        if not ancestor.has_translation(english):
            ancestor.specific.copy_for_translation(english, copy_parents=True, alias=True)
    source, _ = TranslationSource.get_or_create_from_instance(source_page)
    translation = Translation.objects.create(source=source, target_locale=english)
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    for segment in segments:
        StringTranslation.objects.create(
            translation_of=segment.string, context=segment.context, locale=english, data="English text", translation_type="manual"
        )
    translation.save_target(user=author, publish=False)
    page = source_page.get_translation(english)
    return {"page": page, "translation": translation, "segment": segments.first(), "source_page": source_page}


def _as_lists(data: dict) -> dict:
    return {name: [value] for name, value in data.items()}


# Wagtail's stream fields are drawn by the browser's script: their inputs are not in the HTML.
FOOTER_LINK = {
    name: [value]
    for name, value in nested_form_data(
        {"footer_links": streamfield([("link", {"title": "Liên hệ", "page": "", "url": "https://moj.gov.vn/lien-he"})])}
    ).items()
}
NAVIGATION = _as_lists(nested_form_data({"main_menu": streamfield([]), "footer_links": streamfield([])}))
PARAGRAPH_WIDGET = ArticleBody().child_blocks["paragraph"].field.widget


def as_saved_by_the_editor(html: str) -> str:
    """Rich text as the admin's editor stores it (with its block keys): sent back unchanged, it stays unchanged."""
    return PARAGRAPH_WIDGET.value_from_datadict({"text": PARAGRAPH_WIDGET.format_value(html)}, {}, "text")


def body_form(page) -> dict:
    """What the browser's script sends for an article's body it did not touch: each block, its id, its text."""
    data = {"body-count": [str(len(page.body))]}
    for index, child in enumerate(page.body):
        fields = {"type": child.block_type, "id": child.id, "deleted": "", "order": str(index)}
        fields["value"] = PARAGRAPH_WIDGET.format_value(child.value.source)
        data.update({f"body-{index}-{name}": [value] for name, value in fields.items()})
    return data


def record_forms(world: World) -> None:
    """The edit forms as a superuser's browser gets them: each action posts them back with one change."""
    client = Client()
    client.force_login(world.users["matrix_root"])
    for objects in world.sites.values():
        site = objects.portal_site.site
        for name, url in {
            "draft": f"/admin/pages/{objects.draft.pk}/edit/",
            "in_review": f"/admin/pages/{objects.in_review.pk}/edit/",
            "identity": f"/admin/settings/home/siteidentity/{site.pk}/",
            "navigation": f"/admin/settings/home/sitenavigation/{site.pk}/",
            "image": f"/admin/images/{objects.image.pk}/",
            "document": f"/admin/documents/edit/{objects.document.pk}/",
        }.items():
            streams = NAVIGATION if name == "navigation" else body_form(getattr(objects, name)) if name in ("draft", "in_review") else {}
            objects.forms[name] = {**form_data(client.get(url).text), **streams}
    snippets = world.snippets
    for name, url in {
        "subject_area": f"/admin/snippets/home/subjectarea/edit/{snippets['subject_area'].pk}/",
        "board_member": f"/admin/snippets/editorial/boardmember/edit/{snippets['board_member'].pk}/",
        "unit_add": "/admin/snippets/subsites/unit/add/",
        "account": f"/admin/users/edit/{world.account.pk}/",
        "group": f"/admin/groups/edit/{world.account.groups.get().pk}/",
        "workflow": f"/admin/workflows/edit/{snippets['workflow'].pk}/",
        "task": f"/admin/workflows/tasks/edit/{snippets['task'].pk}/",
        "cntt": f"/admin/portal-sites/edit/{snippets['cntt'].pk}/",
    }.items():
        world.forms[name] = form_data(client.get(url).text)

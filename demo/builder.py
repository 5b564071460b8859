"""Builds the demo portal: sites, sections, articles, legal documents, the English root and one user per role.

Idempotent: every object is looked up by a stable key (site slug, page slug under its parent,
image title in its collection, username) and created only when missing."""

import datetime
import hashlib
import json
from dataclasses import dataclass
from itertools import count

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.db import transaction
from django.test.utils import override_settings
from django.utils import timezone
from django.utils.text import slugify
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale
from wagtail.users.models import UserProfile

from demo import content
from demo.images import document_pdf, news_photo
from documents.models import LegalDocumentAttachment, LegalDocumentIndexPage, LegalDocumentPage
from editorial.models import BoardMember, EditorialTaskState, RefusalReason
from home.models import HomePage, SectionPage, SiteIdentity, StandardPage, SubjectArea
from news.models import ArticlePage, archive_folder
from qa.models import QuestionIndexPage, QuestionPage
from subsites import roles
from subsites.models import OnlineService, ServiceCatalogPage, Unit, UnitDirectoryPage, UnitLeader
from subsites.provisioning import provision_english_edition, provision_site

ARTICLES_PER_SITE = 32


class DemoBuilder:
    def __init__(self, *, port=None, articles_per_site=ARTICLES_PER_SITE, stdout=None):
        self.port = port
        self.articles_per_site = articles_per_site
        self.stdout = stdout
        self.now = timezone.now().replace(minute=0, second=0, microsecond=0)

    def log(self, message):
        if self.stdout:
            self.stdout.write(message)

    @transaction.atomic
    def build(self):
        self.layouts = []  # home pages to arrange once everything they show exists
        Locale.objects.get_or_create(language_code="en")
        areas = self.subject_areas()
        portal_sites = {}
        for site_content in content.SITES:
            portal_site = provision_site(
                site_content.slug, site_content.name, name_en=site_content.name_en, main=site_content.main, port=self.port
            )
            portal_sites[site_content.slug] = portal_site
            self.identity(portal_site.site, site_content)
            self.fill_site(portal_site, site_content, areas)
        english_home = self.english_edition(portal_sites["moj"].site.root_page.specific)
        provision_english_edition(portal_sites["moj"], english_home)
        self.unit_directory(portal_sites)
        catalogue = self.services_and_questions(portal_sites, areas)
        for home, sections, documents_page, images in self.layouts:
            self.home_body(home, sections, documents_page, images, catalogue=catalogue if documents_page else None)
        if settings.DEMO_USERS_ALLOWED:
            self.users(portal_sites, areas)
            self.items_in_review(portal_sites, areas)
        return portal_sites

    # Taxonomy and identity

    def subject_areas(self):
        areas = {}
        for slug, name, name_en in content.SUBJECT_AREAS:
            areas[slug], _ = SubjectArea.objects.get_or_create(slug=slug, defaults={"name": name, "name_en": name_en})
        return areas

    def identity(self, site, site_content):
        SiteIdentity.objects.filter(site=site).update(
            address=site_content.address,
            phone=site_content.phone,
            email=site_content.email,
            responsible_person=site_content.responsible_person,
            licence="Giấy phép số 32/GP-TTĐT do Cục Phát thanh, truyền hình và thông tin điện tử cấp." if site_content.main else "",
        )

    # Pages

    def fill_site(self, portal_site, site_content, areas):
        home = portal_site.site.root_page.specific
        images = self.images(portal_site.collection, site_content)
        site_areas = [areas[slug] for slug in site_content.subject_areas]
        sections = []
        for section in site_content.sections:
            page = self.child(
                home,
                SectionPage,
                section.slug,
                title=section.title,
                intro=f"<p>{section.intro}</p>" if section.intro else "",
                show_in_menus=True,
            )
            sections.append((page, section))
            for child in section.children:
                sections.append((self.child(page, SectionPage, child.slug, title=child.title), child))
        dates = (self.now - datetime.timedelta(hours=9 * i) for i in count())
        for n, (section_page, section, title) in enumerate(self.headlines(sections)):
            self.article(section_page, section, title, next(dates), images, site_areas, n)
        documents_page = None
        if site_content.main:
            documents_page = self.legal_documents(home, areas, content.LEGAL_DOCUMENTS)
        elif site_content.legal_documents:
            self.legal_documents(home, areas, site_content.legal_documents)
        self.child(home, StandardPage, "gioi-thieu", title="Giới thiệu", show_in_menus=True, body=self.about(site_content))
        self.layouts.append((home, sections, documents_page, images))
        self.log(f"  {site_content.name}: {ArticlePage.objects.descendant_of(home).count()} bài viết")

    def headlines(self, sections):
        """Section headlines, with {province}/{month} filled differently in each round, until the site has enough items."""
        produced = 0
        for round_number in range(len(content.PROVINCES)):
            for section_page, section in sections:
                for j, pattern in enumerate(section.headlines):
                    if round_number and "{" not in pattern:
                        continue
                    k = round_number * 5 + j
                    yield (
                        section_page,
                        section,
                        pattern.format(province=content.PROVINCES[k % len(content.PROVINCES)], month=content.MONTHS[k % 12]),
                    )
                    produced += 1
                    if produced >= self.articles_per_site:
                        return

    def article(self, section_page, section, title, date, images, areas, n):
        slug = slugify_vi(title)
        existing = ArticlePage.objects.descendant_of(section_page).filter(slug=slug).first()
        if existing:
            return existing
        image = images[n % len(images)]
        second_image = images[(n + 1) % len(images)]
        paragraphs = [content.PARAGRAPHS[(n + i) % len(content.PARAGRAPHS)] for i in range(3)]
        body = [
            {"type": "paragraph", "value": f"<p>{paragraphs[0]}</p><p>{paragraphs[1]}</p>"},
            {"type": "image", "value": {"image": second_image.pk, "alt_text": second_image.title, "decorative": False}},
            {"type": "paragraph", "value": f"<p>{paragraphs[2]}</p>"},
        ]
        if n % 4 == 1:
            gallery = [{"image": image.pk, "alt_text": image.title, "decorative": False} for image in images[:4]]
            body.append({"type": "gallery", "value": {"title": "Một số hình ảnh", "images": gallery}})
        if n % 3 == 0:
            body.append(
                {
                    "type": "quote",
                    "value": {
                        "text": "Mỗi cán bộ, công chức ngành Tư pháp phải thượng tôn pháp luật, tận tụy phục vụ Nhân dân.",
                        "attribution": "Lãnh đạo Bộ Tư pháp",
                    },
                }
            )
        return self.child(
            archive_folder(section_page, date),
            ArticlePage,
            slug,
            published_at=date,
            title=title,
            kind=section.kind,
            date=date,
            lead=f"{title}. {paragraphs[0]}",
            main_image=image,
            main_image_caption=image.title,
            body=json.dumps(body),
            author=content.AUTHORS[n % len(content.AUTHORS)],
            source="Cổng thông tin điện tử Bộ Tư pháp",
            subject_areas=areas[: 1 + n % max(1, len(areas))],
            tags=[areas[0].name.lower(), section.title.lower()] if areas else [section.title.lower()],
        )

    def legal_documents(self, home, areas, documents):
        index = self.child(
            home,
            LegalDocumentIndexPage,
            "van-ban",
            title="Văn bản",
            intro="Văn bản quy phạm pháp luật và văn bản chỉ đạo, điều hành.",
            show_in_menus=True,
        )
        for n, data in enumerate(documents):
            data = dict(data)
            slug = data.pop("slug")
            area_slugs = data.pop("subject_areas")
            if index.get_children().filter(slug=slug).exists():
                continue
            issue_date = datetime.date.fromisoformat(data.pop("issue_date"))
            effective = data.pop("effective_date")
            pdf = document_pdf([data["issuing_body"].upper(), f"Số: {data['number']}", "", *wrap(data["title"], 60)])
            document = self.document(home, slug, data["number"], pdf)
            # The attachment is part of the version published: only then is its file public (defence.public_media).
            self.child(
                index,
                LegalDocumentPage,
                slug,
                published_at=self.now - datetime.timedelta(days=n),
                issue_date=issue_date,
                effective_date=datetime.date.fromisoformat(effective) if effective else None,
                subject_areas=[areas[s] for s in area_slugs],
                attachments=[LegalDocumentAttachment(document=document, sort_order=0)],
                **data,
            )
        return index

    def document(self, home, slug, number, pdf):
        portal_site = home.get_site().portal_site
        return get_document_model().objects.create(
            title=f"{number} — toàn văn", file=ContentFile(pdf, name=f"{slug}.pdf"), collection=portal_site.collection
        )

    def about(self, site_content):
        return (
            f"<p>{site_content.name} là đơn vị thuộc Bộ Tư pháp.</p>"
            f"<p>Địa chỉ: {site_content.address}. Điện thoại: {site_content.phone}. Thư điện tử: {site_content.email}.</p>"
            if not site_content.main
            else "<p>Bộ Tư pháp là cơ quan của Chính phủ, thực hiện chức năng quản lý nhà nước về xây dựng và thi hành pháp luật, "
            "kiểm tra văn bản quy phạm pháp luật, thi hành án dân sự, hành chính tư pháp, bổ trợ tư pháp và các công tác tư pháp khác.</p>"
        )

    def home_body(self, home, sections, documents_page, images, catalogue=None):
        if home.body:
            return  # the Chief Editor may have rearranged it: never overwrite
        top_sections = [page for page, section in sections if page.depth == home.depth + 1]
        blocks = []
        if catalogue:
            banner = {
                "image": images[2].pk,
                "title": "Hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam 9/11",
                "text": "",
                "page": None,
                "url": "",
            }
            blocks.append({"type": "banner", "value": banner})
        blocks.append({"type": "latest_items", "value": {"heading": "", "section": top_sections[0].pk, "count": 6, "layout": "cards"}})
        blocks += [
            {"type": "latest_items", "value": {"heading": "", "section": page.pk, "count": 5, "layout": "list"}}
            for page in top_sections[1:]
        ]
        if documents_page:
            blocks.append(
                {"type": "latest_items", "value": {"heading": "Văn bản mới", "section": documents_page.pk, "count": 5, "layout": "list"}}
            )
        if catalogue:
            blocks.append({"type": "services", "value": {"heading": "Dịch vụ công trực tuyến", "catalogue": catalogue.pk, "count": 6}})
        blocks.append(
            {
                "type": "quick_links",
                "value": {
                    "heading": "Liên kết",
                    "links": [
                        {"title": "Cổng Dịch vụ công quốc gia", "page": None, "url": "https://dichvucong.gov.vn"},
                        {"title": "Cơ sở dữ liệu quốc gia về văn bản pháp luật", "page": None, "url": "https://vbpl.vn"},
                        {"title": "Cổng thông tin điện tử Chính phủ", "page": None, "url": "https://chinhphu.vn"},
                    ],
                },
            }
        )
        home.body = json.dumps(blocks)
        home.save_revision().publish()

    def images(self, collection, site_content):
        Image = get_image_model()
        images = []
        for n, caption in enumerate(content.IMAGE_CAPTIONS):
            title = f"{caption} — {site_content.name}"
            image = Image.objects.filter(title=title, collection=collection).first()
            if image is None:
                seed = int(hashlib.sha256(title.encode()).hexdigest()[:8], 16)
                image = Image.objects.create(
                    title=title,
                    file=ContentFile(news_photo(site_content.colour, seed), name=f"{site_content.slug}-{n + 1}.jpg"),
                    collection=collection,
                )
            images.append(image)
        return images

    def child(self, parent, model, slug, *, published_at=None, **fields):
        """The live child of `parent` with this slug, created and published if missing."""
        existing = parent.get_children().filter(slug=slug).first()
        if existing:
            return existing.specific
        many_to_many = {name: fields.pop(name) for name in list(fields) if name == "subject_areas"}
        tags = fields.pop("tags", [])
        page = model(slug=slug, **fields)
        for name, value in many_to_many.items():
            getattr(page, name).set(value)
        if tags:
            page.tags.add(*tags)
        parent.add_child(instance=page)
        page.save_revision().publish()
        if published_at:
            model.objects.filter(pk=page.pk).update(first_published_at=published_at, last_published_at=published_at)
            page.first_published_at = published_at
        return page

    # English edition

    def english_edition(self, vi_home: HomePage) -> HomePage:
        """The English root of the main portal (R-EN-1), a translation of the Vietnamese home page."""
        english = Locale.objects.get(language_code="en")
        en_home = vi_home.get_translations().filter(locale=english).first()
        if en_home:
            return en_home.specific
        en_home = vi_home.copy_for_translation(english)
        en_home.title = "Ministry of Justice of Viet Nam"
        en_home.seo_title = "Ministry of Justice of Viet Nam"
        en_home.body = json.dumps(
            [
                {
                    "type": "text",
                    "value": "<h2>Welcome</h2><p>The Ministry of Justice is a governmental body performing the state "
                    "management of law making and law enforcement, civil judgment enforcement, judicial administration, "
                    "judicial support and other justice affairs.</p>",
                },
                {
                    "type": "quick_links",
                    "value": {
                        "heading": "Useful links",
                        "links": [
                            {"title": "National Public Service Portal", "page": None, "url": "https://dichvucong.gov.vn"},
                            {"title": "Government Portal of Viet Nam", "page": None, "url": "https://en.baochinhphu.vn"},
                        ],
                    },
                },
            ]
        )
        en_home.save_revision().publish()
        vi_about = vi_home.get_children().filter(slug="gioi-thieu").first()
        if vi_about:
            en_about = vi_about.specific.copy_for_translation(english)
            en_about.title = "About the Ministry"
            en_about.slug = "about"
            en_about.body = (
                "<p>The Ministry of Justice of Viet Nam performs the state management of law making and law enforcement, "
                "the review of legal documents, civil judgment enforcement, judicial administration and judicial support.</p>"
                "<p>Address: 60 Tran Phu Street, Ba Dinh, Ha Noi. E-mail: banbientap@moj.gov.vn.</p>"
            )
            en_about.save_revision().publish()
        return en_home

    # Unit directory (R-SITE-5)

    def unit_directory(self, portal_sites):
        for data in content.UNITS:
            data = dict(data)
            leaders = data.pop("leaders", [])
            parent = data.pop("parent", None)
            site_slug = data.pop("site", None)
            reviewed = data.pop("last_reviewed", None)
            unit, created = Unit.objects.get_or_create(
                slug=data.pop("slug"),
                defaults={
                    **data,
                    "parent": Unit.objects.get(slug=parent) if parent else None,
                    "portal_site": portal_sites.get(site_slug),
                    "last_reviewed": datetime.date.fromisoformat(reviewed) if reviewed else None,
                },
            )
            if created:
                for n, (name, title, title_en, responsibilities) in enumerate(leaders):
                    UnitLeader.objects.create(
                        unit=unit, sort_order=n, name=name, title=title, title_en=title_en, responsibilities=responsibilities
                    )
        vi_home = portal_sites["moj"].site.root_page.specific
        directory = self.child(
            vi_home,
            UnitDirectoryPage,
            "co-cau-to-chuc",
            title="Cơ cấu tổ chức",
            show_in_menus=True,
            intro="<p>Các đơn vị thuộc Bộ Tư pháp, lãnh đạo và thông tin liên hệ.</p>",
        )
        english = Locale.objects.get(language_code="en")
        if not directory.get_translations().filter(locale=english).exists():
            en_directory = directory.copy_for_translation(english)
            en_directory.title = "Organisation"
            en_directory.slug = "organisation"
            en_directory.intro = "<p>The units of the Ministry of Justice, their leaders and contacts.</p>"
            en_directory.show_in_menus = True
            en_directory.save_revision().publish()

    # Online services (R-SITE-4) and published Q&A (R-CONT-5)

    def services_and_questions(self, portal_sites, areas):
        units = {unit.slug: unit for unit in Unit.objects.all()}
        for name, name_en, code, level, unit, area, url in content.SERVICES:
            OnlineService.objects.get_or_create(
                name=name,
                defaults={"name_en": name_en, "code": code, "level": level, "unit": units[unit], "subject_area": areas[area], "url": url},
            )
        home = portal_sites["moj"].site.root_page.specific
        catalogue = self.child(
            home,
            ServiceCatalogPage,
            "dich-vu-cong",
            title="Dịch vụ công trực tuyến",
            show_in_menus=True,
            intro="<p>Các dịch vụ công trực tuyến và thủ tục hành chính của các đơn vị thuộc Bộ Tư pháp.</p>",
        )
        index = self.child(home, QuestionIndexPage, "hoi-dap", title="Hỏi đáp pháp luật", show_in_menus=True)
        for n, (title, question, asker, area, unit, answer) in enumerate(content.QUESTIONS):
            answered = (self.now - datetime.timedelta(days=3 * n + 1)).date()
            self.child(
                index,
                QuestionPage,
                slugify_vi(title),
                published_at=self.now - datetime.timedelta(days=3 * n + 1),
                title=title,
                question=question,
                asker_display_name=asker,
                subject_area=areas[area],
                answering_unit=units[unit],
                answer=answer,
                asked_on=answered - datetime.timedelta(days=5),
                answered_on=answered,
            )
        return catalogue

    # People

    def users(self, portal_sites, areas):
        global_groups = roles.ensure_global_roles()
        site_groups = {}
        for slug, portal_site in portal_sites.items():
            site_groups[f"{slug}:editors"] = portal_site.editors_group
            site_groups[f"{slug}:approvers"] = portal_site.approvers_group
        User = get_user_model()
        for account in DEMO_ACCOUNTS:
            first_name, _, last_name = account.full_name.rpartition(" ")
            user, created = User.objects.get_or_create(
                username=account.username,
                defaults={"first_name": first_name, "last_name": last_name, "email": f"{account.username}@moj.gov.vn"},
            )
            if created:
                user.set_password(settings.DEMO_PASSWORD)
                user.save()
            user.groups.add(global_groups.get(account.group) or site_groups[account.group])
            profile = UserProfile.get_for_user(user)
            profile.preferred_language = account.language
            profile.save(update_fields=["preferred_language"])
        board_member, _ = BoardMember.objects.get_or_create(user=User.objects.get(username="board_member"))
        board_member.subject_areas.add(areas["xay-dung-phap-luat"], areas["ho-tich"], areas["thi-hanh-an-dan-su"])

    def items_in_review(self, portal_sites, areas):
        """Items in the workflows, so that every reviewing role finds work on its dashboard and the editorial report
        has figures (R-FLOW-1..4): a complex item for the Board member, ordinary ones for the approvers, one overdue;
        and items already approved on time, late, or sent back with a reason of Art 14."""
        User = get_user_model()
        for site_slug, username, title, area, outcome in content.ITEMS_IN_REVIEW:
            home = portal_sites[site_slug].site.root_page
            slug = slugify_vi(title)
            if ArticlePage.objects.descendant_of(home).filter(slug=slug).exists():
                continue
            section = SectionPage.objects.child_of(home).first()
            article = ArticlePage(
                title=title,
                slug=slug,
                live=False,
                date=self.now,
                lead=f"{title}. {content.PARAGRAPHS[0]}",
                body=json.dumps([{"type": "paragraph", "value": f"<p>{content.PARAGRAPHS[1]}</p>"}]),
                needs_expert_review=area is not None,
                main_image=get_image_model().objects.order_by("pk").first(),
            )
            archive_folder(section, self.now).add_child(instance=article)
            if area:
                article.subject_areas.set([areas[area]])
            author = User.objects.get(username=username)
            article.save_revision(user=author)
            # Wagtail e-mails the reviewers on each step; the demo's addresses are not real.
            with override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"):
                workflow_state = article.get_workflow().start(article, author)
                task_state = EditorialTaskState.objects.get(pk=workflow_state.current_task_state_id)
                if outcome in ("overdue", "late"):
                    task_state.due_at = self.now - datetime.timedelta(hours=2)
                    task_state.save(update_fields=["due_at"])
                approver = User.objects.get(username=f"{'standing' if site_slug == 'moj' else site_slug}_approver")
                if outcome in ("approved", "late"):
                    task_state.task.specific.on_action(task_state, approver, "approve", comment="")
                elif outcome in dict(RefusalReason.choices):
                    task_state.task.specific.on_action(task_state, approver, "reject", reason=outcome, comment=content.REFUSAL_COMMENT)


@dataclass(frozen=True)
class DemoAccount:
    username: str
    role: str
    full_name: str
    group: str  # a global role name, or "<site slug>:editors" / "<site slug>:approvers"
    language: str = "vi"  # admin interface language


DEMO_ACCOUNTS = [
    DemoAccount("chief", "Trưởng Ban Biên tập (Chief Editor)", "Nguyễn Văn Trưởng", roles.CHIEF_EDITOR),
    DemoAccount("standing_editor", "Thường trực BBT — biên tập (Standing Board)", "Trần Thị Biên", "moj:editors"),
    DemoAccount("standing_approver", "Thường trực BBT — duyệt, xuất bản (Standing Board)", "Lê Văn Duyệt", "moj:approvers"),
    DemoAccount("board_member", "Thành viên BBT, lĩnh vực: xây dựng pháp luật, hộ tịch, THADS", "Phạm Thị Thẩm", roles.BOARD_MEMBERS),
    DemoAccount("thads_editor", "Biên tập viên — Cục Thi hành án dân sự", "Ngô Văn Hùng", "thads:editors"),
    DemoAccount("thads_approver", "Duyệt — Cục Thi hành án dân sự", "Đinh Thị Hoa", "thads:approvers"),
    DemoAccount("cntt_editor", "Biên tập viên — Cục Công nghệ thông tin", "Lý Văn Minh", "cntt:editors"),
    DemoAccount("cntt_approver", "Duyệt — Cục Công nghệ thông tin", "Mai Thị Lan", "cntt:approvers"),
    DemoAccount("pbgdpl_editor", "Biên tập viên — Vụ Phổ biến, giáo dục pháp luật", "Tạ Văn Nam", "pbgdpl:editors"),
    DemoAccount("pbgdpl_approver", "Duyệt — Vụ Phổ biến, giáo dục pháp luật", "Hồ Thị Thu", "pbgdpl:approvers"),
    DemoAccount("translator", "Biên dịch viên bản tiếng Anh (Vụ HTQT)", "Hoàng Minh Dịch", roles.EN_TRANSLATORS, "en"),
    DemoAccount("en_approver", "Duyệt bản tiếng Anh (Vụ HTQT)", "Vũ Thị Anh", roles.EN_APPROVERS, "en"),
    DemoAccount("itadmin", "Quản trị hệ thống (Cục CNTT)", "Đỗ Văn Quản", roles.IT_ADMINS),
    DemoAccount("focal_thads", "Đầu mối cung cấp thông tin — Cục THADS", "Bùi Thị Mối", roles.FOCAL_POINTS),
]


def slugify_vi(text: str, max_length: int = 80) -> str:
    """ASCII slug of a Vietnamese title: "Đảng" → "dang" (đ is not decomposed by Unicode normalisation)."""
    from anyascii import anyascii

    return slugify(anyascii(text))[:max_length].strip("-")


def wrap(text: str, width: int) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if len(line) + len(word) + 1 > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, line] if line else lines

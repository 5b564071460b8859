"""Builds the demo portal: sites, sections, articles, legal documents, the English root and one user per role.

Idempotent: every object is looked up by a stable key (site slug, page slug under its parent,
image title in its collection, username) and created only when missing."""

import datetime
import hashlib
import json
from itertools import count

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale

from demo import content
from demo.consultations import ConsultationsMixin
from demo.directory import DirectoryMixin
from demo.editorial_work import EditorialWorkMixin
from demo.images import document_pdf, news_photo, wrap
from demo.intake import IntakeMixin
from demo.people import PeopleMixin
from demo.questions import QuestionsMixin
from demo.royalties import RoyaltiesMixin
from documents.models import LegalDocumentAttachment, LegalDocumentIndexPage, LegalDocumentPage, LegalDocumentRelation
from home.models import HomePage, SectionPage, SiteIdentity, StandardPage, SubjectArea
from news.models import ArticlePage, archive_folder
from search.indexing import deferred_indexing
from subsites.provisioning import provision_english_edition, provision_site
from vietnamese.text import slugify

ARTICLES_PER_SITE = 32


class DemoBuilder(DirectoryMixin, PeopleMixin, IntakeMixin, QuestionsMixin, RoyaltiesMixin, ConsultationsMixin, EditorialWorkMixin):
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
        # Each object indexed once at the end, not on every save (about a third of the build otherwise).
        with deferred_indexing():
            return self._build()

    def _build(self):
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
        self.consultations(portal_sites, areas)
        for home, sections, documents_page, images in self.layouts:
            self.home_body(home, sections, documents_page, images, catalogue=catalogue if documents_page else None)
        if settings.DEMO_USERS_ALLOWED:
            self.users(portal_sites, areas)
            self.items_in_review(portal_sites, areas)
            self.intake_register(portal_sites)
            self.editorial_work(portal_sites)
            self.citizens_questions(portal_sites, areas)
            self.royalty_ledger(portal_sites)
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
            # The footer of the English edition (issue 18).
            address_en="60 Tran Phu Street, Dien Bien Ward, Ba Dinh District, Hanoi",
            responsible_person_en="Head of the Editorial Board of the Ministry of Justice Portal" if site_content.main else "",
            licence_en="Licence No. 32/GP-TTĐT issued by the Authority of Broadcasting and Electronic Information"
            if site_content.main
            else "",
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
        slug = slugify(title)
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
        relations = {}
        for n, data in enumerate(documents):
            data = dict(data)
            slug = data.pop("slug")
            area_slugs = data.pop("subject_areas")
            relations[slug] = data.pop("relations", [])
            if index.get_children().filter(slug=slug).exists():
                continue
            issue_date = datetime.date.fromisoformat(data.pop("issue_date"))
            effective = data.pop("effective_date")
            pdf = document_pdf([data["issuing_body"].upper(), f"Số: {data['number']}", "", *wrap(data["title"], 60)])
            document = self.document(home, slug, data["number"], pdf)
            # The attachment is part of the version published: only then is its file public (documents.public_media).
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
        self.document_relations(index, relations)
        return index

    def document_relations(self, index, relations):
        """Relations between the demo's documents (issue 18), part of the version published."""
        documents = {page.slug: page for page in LegalDocumentPage.objects.child_of(index)}
        for slug, pairs in relations.items():
            document = documents[slug]
            if pairs and not document.relations.exists():
                document.relations = [LegalDocumentRelation(kind=kind, target=documents[target]) for kind, target in pairs]
                document.save_revision().publish()

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

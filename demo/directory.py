"""The demo's organisation chart, online services and published Q&A (R-SITE-4, R-SITE-5, R-CONT-5)."""

import datetime

from wagtail.models import Locale

from demo import content
from qa.models import QuestionIndexPage, QuestionPage
from subsites.models import OnlineService, ServiceCatalogPage, Unit, UnitDirectoryPage, UnitLeader, UnitStaffMember
from vietnamese.text import slugify


class DirectoryMixin:
    """Part of DemoBuilder: needs its `child()` and `log()`."""

    # Unit directory (R-SITE-5)

    def unit_directory(self, portal_sites):
        for data in content.UNITS:
            data = dict(data)
            leaders = data.pop("leaders", [])
            staff = data.pop("staff", [])
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
            if staff and not unit.staff.exists():
                for n, (name, title, title_en, phone, email) in enumerate(staff):
                    UnitStaffMember.objects.create(
                        unit=unit, sort_order=n, name=name, title=title, title_en=title_en, phone=phone, email=email
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
                slugify(title),
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

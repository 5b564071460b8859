"""The part of the action matrix's world (tests/subsites/action_world.py) that citizens' questions and the royalty
ledger act on: a question routed to the unit whose focal point is focal_thads, with the asker's personal data, and an
answered one; the main portal's Q&A section; on the main portal and thads an open month of the ledger with a line and
a locked month; a genre, a unit value, a fee rate and a payee no line uses. Made with the features' own code."""

import datetime
from decimal import Decimal

from home.factories import SubjectAreaFactory
from qa.models import QuestionIndexPage
from questions import handling
from questions.models import Route
from royalties import ledger
from royalties.models import Budget, CoefficientValue, Contributor, FeeRate, FeeRole, Genre, Period

ASKER = {"full_name": "Nguyễn Thị Hoa", "email": "hoa.nt@example.vn", "phone": "0987 654 321", "province": "Nam Định"}


def ask(title: str, subject_area):
    data = {**ASKER, "publish_as": "initials", "title": title, "text": f"{title}: tôi cần được hướng dẫn.", "subject_area": subject_area}
    return handling.receive(data)


def question_objects(world) -> dict:
    moj = world.sites["moj"]
    moj.portal_site.site.root_page.add_child(instance=QuestionIndexPage(title="Hỏi đáp pháp luật", slug="hoi-dap"))
    # The field routed to the unit of thads's focal point (action_register_world.py makes the FocalPoint).
    field = SubjectAreaFactory(name="Thi hành án dân sự", slug="thi-hanh-an-dan-su")
    route = Route.objects.create(subject_area=field, unit=world.snippets["unit"])
    question = ask("Thời hạn yêu cầu thi hành án", field)
    answered = ask("Chi phí cưỡng chế thi hành án", field)
    handling.answer(answered, world.users["focal_thads"], "<p>Người phải thi hành án chịu chi phí.</p>")
    return {"question": question, "answered": answered, "route": route, "routed_field": field}


def royalty_objects(world) -> dict:
    genre = Genre.objects.create(name="Tin", page_kind="news", coefficient_min=Decimal(1), coefficient_max=Decimal(3))
    objects = {
        "genre": Genre.objects.create(name="Ảnh", page_kind="", coefficient_min=Decimal(1), coefficient_max=Decimal(2)),
        "coefficient_value": CoefficientValue.objects.create(value=Decimal(100_000), valid_from=datetime.date(2020, 1, 1)),
        "fee_rate": FeeRate.objects.create(role=FeeRole.EDITING, amount=Decimal(50_000), valid_from=datetime.date(2020, 1, 1)),
        "contributor": Contributor.objects.create(name="Lê Văn Cộng", organisation="Báo Pháp luật", tax_code="0100109106"),
        "budget": Budget.objects.create(portal_site=world.sites["moj"].portal_site, year=2025, amount=Decimal(600_000_000)),
    }
    author = Contributor.objects.create(name="Phạm Thị Viết", bank_account="0123456789", bank_name="Vietcombank")
    for slug, objects_of_site in world.sites.items():
        # Months of a past year: publishing the world's items opened this month's periods.
        open_month = Period.objects.create(month=datetime.date(2025, 1, 1), portal_site=objects_of_site.portal_site)
        objects[f"line_{slug}"] = ledger.add_line(open_month, objects_of_site.live, author, genre=genre)
        locked = Period.objects.create(month=datetime.date(2025, 2, 1), portal_site=objects_of_site.portal_site)
        ledger.add_line(locked, objects_of_site.live, author, genre=genre)
        ledger.approve(locked, world.users["chief"])
        objects[f"open_{slug}"], objects[f"locked_{slug}"] = open_month, locked
    return objects


def register2_objects(world) -> dict:
    objects = question_objects(world) | royalty_objects(world)
    # An add row tells it happened by one more object than the world has.
    models = {
        "route": Route,
        "genre": Genre,
        "coefficient_value": CoefficientValue,
        "fee_rate": FeeRate,
        "contributor": Contributor,
        "budget": Budget,
    }
    for key, model in models.items():
        objects[f"{key}_count"] = model.objects.count()
    return objects

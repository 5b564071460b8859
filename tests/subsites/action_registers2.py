"""The rows of the permission matrix (tests/subsites/action_table.py) for citizens' questions (R-CONT-5: the focal
point of the unit a question is routed to, the Standing Board and the Chief Editor handle it; the Standing Board keeps
the routing table) and the royalty ledger (R-ROY-1: the Standing Board adjusts, a component site's approvers on their
own site; the Chief Editor approves the main portal's months, a component site's approvers their own; the Chief Editor
and the accountant keep the regime and the payees). Who may, as the features say: questions/access.py,
royalties/access.py, accounts/roles.py (QUESTION_ROUTING, REGIME_PERMISSIONS)."""

import json

from questions.models import Question, Route, State
from royalties.models import Budget, CoefficientValue, Contributor, FeeRate, Genre, Period, RoyaltyLine
from tests.subsites.action_table import Action, only

# The question's handlers (questions.access.handles): the keepers and the focal point of the routed unit.
handlers = only("chief", "standing_editor", "standing_approver", "focal_thads")
routing_keepers = only("standing_editor", "standing_approver")  # accounts.roles.QUESTION_ROUTING
regime_keepers = only("chief", "accountant")  # accounts.roles.REGIME_PERMISSIONS
budget_keepers = only("chief")  # accounts.roles.BUDGET_PERMISSIONS: the royalty fund is the Chief Editor's
# royalties.access.may_adjust and may_approve, per site of the month.
ADJUSTERS = {
    "moj": only("chief", "standing_editor", "standing_approver"),
    "thads": only("chief", "standing_editor", "standing_approver", "thads_approver"),
}
APPROVERS = {"moj": only("chief"), "thads": only("chief", "thads_approver")}


def draftail(text: str) -> str:
    block = {"key": "a1b2c", "type": "unstyled", "depth": 0, "text": text, "inlineStyleRanges": [], "entityRanges": [], "data": {}}
    return json.dumps({"blocks": [block], "entityMap": {}})


def question(w, name="question"):
    return Question.objects.get(pk=w.registers[name].pk)


def act(action, **fields):
    def perform(c, w, s):
        values = {name: value(w) if callable(value) else value for name, value in fields.items()}
        return c.post(f"/admin/questions/{w.registers['question'].pk}/xu-ly/", {"action": action, **values})

    return perform


def question_row(name, perform, changed):
    return Action(name, ("admin/questions/<int:question_id>/xu-ly/",), perform, changed, handlers, per_site=False)


QUESTION_ACTIONS = [
    question_row("question_clarify", act("clarify", note="Đề nghị gửi bản án."), lambda w, s: question(w).state == State.CLARIFICATION),
    question_row(
        "question_answer", act("answer", answer=draftail("Thời hiệu là 05 năm.")), lambda w, s: question(w).state == State.ANSWERED
    ),
    question_row(
        "question_reassign",
        act("reassign", unit=lambda w: w.snippets["spare_unit"].pk, note="Thuộc lĩnh vực tài chính."),
        lambda w, s: question(w).unit_id == w.snippets["spare_unit"].pk,
    ),
    question_row(
        "question_not_competent",
        act("not_competent", competent_body="Toà án nhân dân tỉnh Nam Định"),
        lambda w, s: question(w).state == State.NOT_OUR_COMPETENCE,
    ),
    question_row(
        "question_duplicate",
        act("duplicate", duplicate_code=lambda w: w.registers["answered"].tracking_code),
        lambda w, s: question(w).state == State.DUPLICATE,
    ),
    question_row("question_spam", act("spam"), lambda w, s: question(w).state == State.SPAM),
    Action(
        "question_publish",
        ("admin/questions/<int:question_id>/dang/",),
        lambda c, w, s: c.post(f"/admin/questions/{w.registers['answered'].pk}/dang/"),
        lambda w, s: question(w, "answered").page_id is not None,
        handlers,
        per_site=False,
    ),
    Action(
        "question_send_privately",
        ("admin/questions/<int:question_id>/gui-rieng/",),
        lambda c, w, s: c.post(f"/admin/questions/{w.registers['answered'].pk}/gui-rieng/", {"reason": "Vụ việc riêng của người hỏi."}),
        lambda w, s: question(w, "answered").private_reason != "",
        handlers,
        per_site=False,
    ),
]


def snippet_rows(name, url, model, key, add, edit, edited):
    """Add, edit and delete of a snippet: `add` and `edit` are the forms sent, `edited` tells the edit happened."""
    base = f"/admin/snippets/{url}"
    route = f"admin/snippets/{url}"
    allowed = {Route: routing_keepers, Budget: budget_keepers}.get(model, regime_keepers)
    pk = lambda w: w.registers[key].pk  # noqa: E731
    return [
        Action(
            f"{name}_add",
            (f"{route}add/",),
            lambda c, w, s: c.post(f"{base}add/", add(w)),
            lambda w, s: model.objects.count() > w.registers[f"{key}_count"],
            allowed,
            per_site=False,
        ),
        Action(
            f"{name}_edit",
            (f"{route}edit/<int:pk>/",),
            lambda c, w, s: c.post(f"{base}edit/{pk(w)}/", edit(w)),
            lambda w, s: edited(model.objects.get(pk=pk(w)), w),
            allowed,
            per_site=False,
        ),
        Action(
            f"{name}_delete",
            (f"{route}delete/<int:pk>/",),
            lambda c, w, s: c.post(f"{base}delete/{pk(w)}/"),
            lambda w, s: not model.objects.filter(pk=pk(w)).exists(),
            allowed,
            per_site=False,
        ),
    ]


def route_form(subject_area):
    """A route from the field to the spare unit: `subject_area` names the matrix's shared field or the routed one."""

    def data(w):
        field = w.snippets[subject_area] if subject_area in w.snippets else w.registers[subject_area]
        return {"subject_area": field.pk, "unit": w.snippets["spare_unit"].pk, "answer_days": "10"}

    return data


GENRE = {"page_kind": "", "coefficient_min": "1", "coefficient_max": "2"}
CONTRIBUTOR = {"organisation": "Báo Pháp luật", "tax_code": "0100109106", "citizen_id": "", "bank_account": "", "bank_name": "", "user": ""}

SNIPPET_ACTIONS = [
    *snippet_rows(
        "question_route",
        "questions/route/",
        Route,
        "route",
        route_form("subject_area"),
        route_form("routed_field"),
        lambda route, w: route.unit_id == w.snippets["spare_unit"].pk,
    ),
    *snippet_rows(
        "royalty_genre",
        "royalties/genre/",
        Genre,
        "genre",
        lambda w: {"name": "Phóng sự ảnh", **GENRE},
        lambda w: {"name": "Ảnh báo chí", **GENRE},
        lambda genre, w: genre.name == "Ảnh báo chí",
    ),
    *snippet_rows(
        "royalty_coefficient_value",
        "royalties/coefficientvalue/",
        CoefficientValue,
        "coefficient_value",
        lambda w: {"value": "120000", "valid_from": "2027-01-01", "source": "Nghị định mới"},
        lambda w: {"value": "110000", "valid_from": "2020-01-01", "source": ""},
        lambda value, w: value.value == 110_000,
    ),
    *snippet_rows(
        "royalty_fee_rate",
        "royalties/feerate/",
        FeeRate,
        "fee_rate",
        lambda w: {"role": "translation", "amount": "80000", "coefficient": "", "valid_from": "2020-01-01"},
        lambda w: {"role": "editing", "amount": "60000", "coefficient": "", "valid_from": "2020-01-01"},
        lambda rate, w: rate.amount == 60_000,
    ),
    *snippet_rows(
        "royalty_contributor",
        "royalties/contributor/",
        Contributor,
        "contributor",
        lambda w: {"name": "Hoàng Văn Mới", **CONTRIBUTOR},
        lambda w: {"name": "Lê Văn Cộng (CTV)", **CONTRIBUTOR},
        lambda contributor, w: contributor.name == "Lê Văn Cộng (CTV)",
    ),
    *snippet_rows(
        "royalty_budget",
        "royalties/budget/",
        Budget,
        "budget",
        lambda w: {"portal_site": w.sites["moj"].portal_site.pk, "year": "2027", "amount": "900000000", "source": ""},
        lambda w: {"portal_site": w.sites["moj"].portal_site.pk, "year": "2025", "amount": "750000000", "source": "Điều chỉnh"},
        lambda budget, w: budget.amount == 750_000_000,
    ),
]


def ledger_rows(slug):
    line, open_month, locked = (lambda w, key=key: w.registers[f"{key}_{slug}"].pk for key in ("line", "open", "locked"))
    return [
        Action(
            f"royalty_adjust_{slug}",
            ("admin/royalties/dong/<int:line_id>/dieu-chinh/",),
            lambda c, w, s: c.post(f"/admin/royalties/dong/{line(w)}/dieu-chinh/", {"coefficient": "2", "share": "0.5"}),
            lambda w, s: RoyaltyLine.objects.get(pk=line(w)).state == RoyaltyLine.State.ADJUSTED,
            ADJUSTERS[slug],
            per_site=False,
        ),
        Action(
            f"royalty_approve_{slug}",
            ("admin/royalties/ky/<int:period_id>/duyet/",),
            lambda c, w, s: c.post(f"/admin/royalties/ky/{open_month(w)}/duyet/"),
            lambda w, s: Period.objects.get(pk=open_month(w)).is_locked,
            APPROVERS[slug],
            per_site=False,
        ),
        Action(
            f"royalty_reopen_{slug}",
            ("admin/royalties/ky/<int:period_id>/mo-lai/",),
            lambda c, w, s: c.post(f"/admin/royalties/ky/{locked(w)}/mo-lai/", {"reason": "Sai hệ số một dòng."}),
            lambda w, s: not Period.objects.get(pk=locked(w)).is_locked,
            APPROVERS[slug],
            per_site=False,
        ),
    ]


REGISTER2_ACTIONS = QUESTION_ACTIONS + SNIPPET_ACTIONS + ledger_rows("moj") + ledger_rows("thads")

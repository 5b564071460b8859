"""The rows of the permission matrix (tests/subsites/action_table.py) for the registers: the intake register
(R-IN-1, R-IN-5: letters registered by hand, the Standing Board's decisions, the units' focal points), assignments
(Art 12.1), a Board member's look at the items of their fields (Art 15.1) and review requests to units (Art 15.4).
Who may, as the features say: intake/access.py, editorial/assignments.py, monitoring.py, review_requests.py."""

import datetime

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from editorial.models import Assignment, FieldReview, ReviewRequest, ReviewRequestItem
from intake.models import Entry, FocalPoint, State
from tests.subsites.action_register_world import MINIMAL_PDF
from tests.subsites.action_table import Action, only
from tests.subsites.action_world import ROLES

# The register's keepers (intake.access.is_register_keeper): the Standing Board and the Chief Editor.
register_keepers = only("chief", "standing_editor", "standing_approver")


def assigners(username, site):
    """The Chief Editor and the Standing Board's approvers on every site, a site's approvers on their own (Art 12.1)."""
    return username in ("chief", "standing_approver") or ROLES[username] == (site, "approvers")


def letter(c, w, s):
    data = {"reference_number": "125/STP-VP", "received_on": timezone.localdate().strftime("%d/%m/%Y"), "kind": "other"}
    data |= {"title": "Công văn đề nghị đăng tin", "organisation": "Sở Tư pháp Hà Nội", "full_name": "Trần Văn Bình"}
    return c.post("/admin/intake/van-ban-giay/", data | {"scan": SimpleUploadedFile("cong-van.pdf", MINIMAL_PDF)})


def decide(decision, **fields):
    def perform(c, w, s):
        values = {name: value(w) for name, value in fields.items()}
        return c.post(f"/admin/intake/{w.registers['entry'].pk}/quyet-dinh/", {"decision": decision, **values})

    return perform


def entry_state(w):
    return Entry.objects.get(pk=w.registers["entry"].pk).state


def assign(c, w, s):
    assignee = w.users["standing_editor" if s.portal_site.is_main_portal else "thads_editor"]
    return c.post(f"/admin/editorial/pages/{s.draft.pk}/assign/", {"assignee": assignee.pk, "working_days": "2", "note": "Ma trận"})


def reassign(c, w, s):
    """The site's live item, assigned to its editor in the world, given to its approver with a reason."""
    assignee = w.users["standing_approver" if s.portal_site.is_main_portal else "thads_approver"]
    data = {"assignee": assignee.pk, "working_days": "1", "note": "", "reason": "Ma trận giao lại"}
    return c.post(f"/admin/editorial/pages/{s.live.pk}/assign/", data)


def review_request(c, w, s):
    """To the unit whose focal point is focal_thads (the register names the person)."""
    moj = w.sites["moj"]
    data = {"unit": w.snippets["unit"].pk, "due_date": (timezone.localdate() + datetime.timedelta(days=5)).isoformat()}
    data |= {"note": "Rà soát ma trận", "items": [moj.live.pk]}
    return c.post(f"/admin/editorial/review-requests/new/?site={moj.portal_site.pk}", data)


REGISTER_ACTIONS = [
    Action(
        "intake_letter",
        ("admin/intake/van-ban-giay/",),
        letter,
        lambda w, s: Entry.objects.filter(reference_number="125/STP-VP").exists(),
        register_keepers,
        per_site=False,
    ),
    Action(
        "intake_decide_route",
        ("admin/intake/<int:entry_id>/quyet-dinh/",),
        decide("route", unit=lambda w: w.snippets["spare_unit"].pk),
        lambda w, s: entry_state(w) == State.ROUTED,
        register_keepers,
        per_site=False,
    ),
    Action(
        "intake_decide_publish",
        ("admin/intake/<int:entry_id>/quyet-dinh/",),
        decide("publish", section=lambda w: w.sites["moj"].section.pk),
        lambda w, s: entry_state(w) == State.PUBLISH,
        register_keepers,
        per_site=False,
    ),
    Action(
        "intake_decide_forward",
        ("admin/intake/<int:entry_id>/quyet-dinh/",),
        decide("forward", portal_site=lambda w: w.sites["thads"].portal_site.pk),
        lambda w, s: entry_state(w) == State.FORWARDED,
        register_keepers,
        per_site=False,
    ),
    Action(
        "intake_decide_ask",
        ("admin/intake/<int:entry_id>/quyet-dinh/",),
        decide("ask", comment=lambda w: "Đề nghị gửi kèm ảnh."),
        lambda w, s: entry_state(w) == State.AWAITING_COMPLETION,
        register_keepers,
        per_site=False,
    ),
    Action(
        "intake_decide_refuse",
        ("admin/intake/<int:entry_id>/quyet-dinh/",),
        decide("refuse", reason=lambda w: "duplicate", comment=lambda w: "Đã đăng tin này."),
        lambda w, s: entry_state(w) == State.REFUSED,
        register_keepers,
        per_site=False,
    ),
    Action(
        "focal_point_add",
        ("admin/snippets/intake/focalpoint/add/",),
        lambda c, w, s: c.post(
            "/admin/snippets/intake/focalpoint/add/", {"unit": w.snippets["spare_unit"].pk, "user": w.users["focal_thads"].pk}
        ),
        lambda w, s: FocalPoint.objects.filter(unit=w.snippets["spare_unit"]).exists(),
        only("chief"),
        per_site=False,
    ),
    Action(
        "focal_point_edit",
        ("admin/snippets/intake/focalpoint/edit/<int:pk>/",),
        lambda c, w, s: c.post(
            f"/admin/snippets/intake/focalpoint/edit/{w.registers['focal_point'].pk}/",
            {"unit": w.snippets["spare_unit"].pk, "user": w.users["focal_thads"].pk},
        ),
        lambda w, s: FocalPoint.objects.get(pk=w.registers["focal_point"].pk).unit == w.snippets["spare_unit"],
        only("chief"),
        per_site=False,
    ),
    Action(
        "focal_point_delete",
        ("admin/snippets/intake/focalpoint/delete/<int:pk>/",),
        lambda c, w, s: c.post(f"/admin/snippets/intake/focalpoint/delete/{w.registers['focal_point'].pk}/"),
        lambda w, s: not FocalPoint.objects.filter(pk=w.registers["focal_point"].pk).exists(),
        only("chief"),
        per_site=False,
    ),
    Action(
        "assign",
        ("admin/editorial/pages/<int:page_id>/assign/",),
        assign,
        lambda w, s: Assignment.objects.filter(page=s.draft).exists(),
        assigners,
    ),
    Action(
        "reassign",
        ("admin/editorial/pages/<int:page_id>/assign/",),
        reassign,
        lambda w, s: Assignment.objects.filter(page=s.live, replaced_at__isnull=True, reason="Ma trận giao lại").exists(),
        assigners,
    ),
    Action(
        "field_review",
        ("admin/editorial/fields/",),
        lambda c, w, s: c.post("/admin/editorial/fields/", {"page": w.sites["moj"].live.pk, "verdict": "reviewed"}),
        lambda w, s: FieldReview.objects.filter(page=w.sites["moj"].live).exists(),
        only("board_member"),
        per_site=False,
    ),
    Action(
        "field_send_back",
        ("admin/editorial/fields/",),
        lambda c, w, s: c.post(
            "/admin/editorial/fields/",
            {"page": w.sites["moj"].live.pk, "verdict": "needs-look", "comment": "Ma trận", "proposal": "correction"},
        ),
        lambda w, s: FieldReview.objects.filter(page=w.sites["moj"].live, verdict="needs-look", correction_revision__isnull=False).exists(),
        only("board_member"),
        per_site=False,
    ),
    Action(
        "review_request_new",
        ("admin/editorial/review-requests/new/",),
        review_request,
        lambda w, s: ReviewRequest.objects.filter(note="Rà soát ma trận").exists(),
        register_keepers,
        per_site=False,
    ),
    Action(
        "review_request_answer",
        ("admin/editorial/review-requests/<int:request_id>/",),
        lambda c, w, s: c.post(
            f"/admin/editorial/review-requests/{w.registers['review_request'].pk}/",
            {"item": w.registers["review_item"].pk, "answer": "accurate"},
        ),
        lambda w, s: ReviewRequestItem.objects.get(pk=w.registers["review_item"].pk).answer == "accurate",
        only("focal_thads"),
        per_site=False,
    ),
    Action(
        "review_request_answer_correction",
        ("admin/editorial/review-requests/<int:request_id>/",),
        lambda c, w, s: c.post(
            f"/admin/editorial/review-requests/{w.registers['review_request'].pk}/",
            {"item": w.registers["review_item"].pk, "answer": "correction", "comment": "Ma trận: sai số liệu"},
        ),
        lambda w, s: ReviewRequestItem.objects.filter(
            pk=w.registers["review_item"].pk, answer="correction", correction_revision__isnull=False
        ).exists(),
        only("focal_thads"),
        per_site=False,
    ),
]

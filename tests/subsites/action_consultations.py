"""The rows of the permission matrix (tests/subsites/action_table.py) for the moderation of comments on draft legal
documents (issue 15) and their disposition after closing, on the objects of action_consultations_world.py. Who may, as the feature says
(consultations/access.py): the site's editors and approvers on their own site's drafts (the main portal's are the
Standing Board), the Chief Editor on every site."""

from consultations.dispositions import Disposition, DispositionReview
from consultations.models import Comment, DraftPage
from tests.subsites.action_consultations_world import revised_docx
from tests.subsites.action_table import Action, only

MODERATORS = {
    "moj": only("chief", "standing_editor", "standing_approver"),
    "thads": only("chief", "thads_editor", "thads_approver"),
}


def _comment(w, slug):
    return Comment.objects.get(pk=w.registers[f"comment_{slug}"].pk)


def moderation_rows(slug):
    def moderate(**values):
        return lambda c, w, s: c.post(f"/admin/consultations/{w.registers[f'comment_{slug}'].pk}/kiem-duyet/", values)

    route = ("admin/consultations/<int:comment_id>/kiem-duyet/",)
    return [
        Action(
            f"consultation_comment_publish_{slug}",
            route,
            moderate(action="publish"),
            lambda w, s: _comment(w, slug).state == "published",
            MODERATORS[slug],
            per_site=False,
        ),
        Action(
            f"consultation_comment_hide_{slug}",
            route,
            moderate(action="hide", reason="Nội dung không liên quan đến dự thảo."),
            lambda w, s: _comment(w, slug).state == "hidden",
            MODERATORS[slug],
            per_site=False,
        ),
        Action(
            f"consultation_comment_duplicate_{slug}",
            route,
            lambda c, w, s: moderate(action="duplicate", duplicate_of=w.registers[f"first_comment_{slug}"].pk)(c, w, s),
            lambda w, s: _comment(w, slug).state == "duplicate",
            MODERATORS[slug],
            per_site=False,
        ),
    ]


CONSULTATION_ACTIONS = moderation_rows("moj") + moderation_rows("thads")


# Disposition after closing (issue 15, item 4): the drafting unit (the same people as moderation) disposes and sends for
# approval; the site's approvers and the Chief Editor approve or send back — never the writer, who is outside the columns
# here (tests/consultations/test_dispositions.py tests that rule).
APPROVERS = {"moj": only("chief", "standing_approver"), "thads": only("chief", "thads_approver")}


def _review_state(w, slug):
    return DispositionReview.objects.get(page=w.registers[f"submitted_draft_{slug}"]).state


def disposition_rows(slug):
    def post(url, **values):
        return lambda c, w, s: c.post(url(w), values)

    def draft_url(name, action):
        return lambda w: f"/admin/consultations/du-thao/{w.registers[f'{name}_draft_{slug}'].pk}/{action}/"

    def dispose(c, w, s):
        comment = w.registers[f"closed_comment_{slug}"]
        prefix = f"y-kien-{comment.pk}"
        values = {f"{prefix}-kind": "khong-tiep-thu", f"{prefix}-explanation": "Không phù hợp với Luật."}
        return c.post(f"/admin/consultations/{comment.pk}/giai-trinh/", values)

    def submit(c, w, s):
        values = {"revised_label": "Dự thảo chỉnh lý", "revised_docx": revised_docx()}
        return c.post(draft_url("closed", "gui-duyet")(w), values)

    decide = "admin/consultations/du-thao/<int:page_id>/duyet/"
    return [
        Action(
            f"consultation_dispose_{slug}",
            ("admin/consultations/<int:comment_id>/giai-trinh/",),
            dispose,
            lambda w, s: Disposition.objects.get(comment=w.registers[f"closed_comment_{slug}"]).kind == "khong-tiep-thu",
            MODERATORS[slug],
            per_site=False,
        ),
        Action(
            f"consultation_dispositions_submit_{slug}",
            ("admin/consultations/du-thao/<int:page_id>/gui-duyet/",),
            submit,
            lambda w, s: DispositionReview.objects.get(page=w.registers[f"closed_draft_{slug}"]).state == "submitted",
            MODERATORS[slug],
            per_site=False,
        ),
        Action(
            f"consultation_dispositions_approve_{slug}",
            (decide,),
            post(draft_url("submitted", "duyet"), decision="approve"),
            lambda w, s: DraftPage.objects.get(pk=w.registers[f"submitted_draft_{slug}"].pk).report_published_at is not None,
            APPROVERS[slug],
            per_site=False,
        ),
        Action(
            f"consultation_dispositions_return_{slug}",
            (decide,),
            post(draft_url("submitted", "duyet"), decision="return", reason="Giải trình chưa đủ căn cứ."),
            lambda w, s: _review_state(w, slug) == "returned",
            APPROVERS[slug],
            per_site=False,
        ),
    ]


CONSULTATION_ACTIONS += disposition_rows("moj") + disposition_rows("thads")

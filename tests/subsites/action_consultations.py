"""The rows of the permission matrix (tests/subsites/action_table.py) for the moderation of comments on draft legal
documents (issue 15), on the objects of action_consultations_world.py. Who may, as the feature says
(consultations/access.py): the site's editors and approvers on their own site's drafts (the main portal's are the
Standing Board), the Chief Editor on every site."""

from consultations.models import Comment
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

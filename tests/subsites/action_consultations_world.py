"""The part of the action matrix's world (tests/subsites/action_world.py) that the moderation of comments acts on: on
the main portal and on thads a draft open for comment with a confirmed comment and an earlier one it may duplicate."""

from django.utils import timezone

from consultations import commenting
from consultations.models import Comment, ConsultationIndexPage
from tests.consultations.conftest import comment_fields, make_draft

SITES = ("moj", "thads")


def consultation_objects(world) -> dict:
    objects = {}
    for slug in SITES:
        home = world.sites[slug].live.get_site().root_page
        index = home.add_child(instance=ConsultationIndexPage(title="Lấy ý kiến dự thảo", slug="lay-y-kien"))
        draft = make_draft(index)
        fields = comment_fields() | {"consent": True, "show_name": True}
        first, comment = (commenting.receive(draft, draft.current_version(), fields) for _ in range(2))
        Comment.objects.filter(pk__in=[first.pk, comment.pk]).update(email_confirmed_at=timezone.now())
        objects[f"comment_{slug}"], objects[f"first_comment_{slug}"] = comment, first
    return objects

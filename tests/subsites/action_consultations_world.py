"""The part of the action matrix's world (tests/subsites/action_world.py) that the consultation rows act on: on the
main portal and on thads a draft open for comment with a confirmed comment and an earlier one it may duplicate; a
closed draft whose published comment was disposed by someone outside the columns ("drafter"); and a closed draft whose
set of dispositions that person sent for approval with the revised draft."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from accounts.factories import UserFactory
from consultations import commenting, disposing, moderation
from consultations.models import Comment, ConsultationIndexPage
from demo.consultation_samples import sample_docx
from tests.consultations.conftest import comment_fields, make_draft

SITES = ("moj", "thads")


def revised_docx():
    return SimpleUploadedFile("du-thao-chinh-ly.docx", sample_docx("nghi-dinh-tro-giup-phap-ly-lan-2"))


def _published_comment(draft):
    comment = commenting.receive(draft, draft.current_version(), comment_fields() | {"consent": True, "show_name": True})
    Comment.objects.filter(pk=comment.pk).update(email_confirmed_at=timezone.now())
    comment.refresh_from_db()
    moderation.publish(comment, None)
    return comment


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
        drafter = UserFactory(username=f"drafter_{slug}")
        for name in ("closed", "submitted"):
            closed = make_draft(index, title=f"Dự thảo đã kết thúc lấy ý kiến ({name})", opens=-70, days=60)
            disposed = _published_comment(closed)
            disposing.dispose(disposed, drafter, "tiep-thu", "Đã tiếp thu.")
            objects[f"{name}_draft_{slug}"], objects[f"{name}_comment_{slug}"] = closed, disposed
        disposing.submit(objects[f"submitted_draft_{slug}"], drafter, revised_docx(), "Dự thảo sau tiếp thu, giải trình")
    return objects

"""Helpers for the disposition tests: a comment published and confirmed, and the posts of the
disposition screens (the fixtures closed_draft and team are in conftest.py)."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from consultations import commenting, moderation
from consultations.models import Comment
from demo.consultation_samples import sample_docx
from tests.consultations.conftest import comment_fields

REVISED = "nghi-dinh-tro-giup-phap-ly-lan-2"


def revised_upload(name="du-thao-chinh-ly.docx", content=None):
    return SimpleUploadedFile(name, content if content is not None else sample_docx(REVISED))


def comment_on(draft, anchor, text, publish=True, **changes):
    fields = comment_fields(anchor=anchor, text=text, **changes)
    fields |= {"consent": True, "show_name": bool(fields["show_name"])}
    comment = commenting.receive(draft, draft.current_version(), fields)
    Comment.objects.filter(pk=comment.pk).update(email_confirmed_at=timezone.now())
    comment.refresh_from_db()
    if publish:
        moderation.publish(comment, None)
    return comment


def dispose(client, comment, kind="tiep-thu", explanation="Đã tiếp thu, chỉnh lý khoản 2.", summary=""):
    prefix = f"y-kien-{comment.pk}"
    data = {f"{prefix}-kind": kind, f"{prefix}-explanation": explanation, f"{prefix}-summary": summary}
    return client.post(f"/admin/consultations/{comment.pk}/giai-trinh/", data)


def submit(client, draft, upload=None):
    data = {"revised_label": "Dự thảo sau tiếp thu, giải trình", "revised_docx": upload or revised_upload()}
    return client.post(f"/admin/consultations/du-thao/{draft.pk}/gui-duyet/", data)


def decide(client, draft, decision="approve", reason=""):
    return client.post(f"/admin/consultations/du-thao/{draft.pk}/duyet/", {"decision": decision, "reason": reason})

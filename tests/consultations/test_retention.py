"""Commenters' personal data is erased once it has served (consultations.retention): what the public saw stays."""

import datetime

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import ModelLogEntry

from accounts.factories import UserFactory
from consultations import retention
from consultations.models import Comment, DraftPage

pytestmark = pytest.mark.django_db

LATER = datetime.timedelta(days=settings.CONSULTATION_PERSONAL_DATA_RETENTION_DAYS + 1)


def comment_on(draft, confirmed=True, **fields) -> Comment:
    values = {
        "text": "Đề nghị bổ sung khoản 3.",
        "full_name": "Lê Thị Hoa",
        "email": "hoa.lt@example.vn",
        "email_digest": "d" * 64,
        "organisation": "Hội Luật gia tỉnh Nam Định",
        "show_name": False,
        "consented_at": timezone.now(),
        "email_confirmed_at": timezone.now() if confirmed else None,
    }
    values.update(fields)
    return draft.comments.create(**values)


def publish_report(draft, when):
    DraftPage.objects.filter(pk=draft.pk).update(report_published_at=when)


def test_personal_data_stays_until_the_report_has_served_its_retention_period(closed_draft):
    comment = comment_on(closed_draft)
    comment.attachment.save("gop-y.pdf", ContentFile(b"%PDF-1.4 gop y"), save=True)
    stored = comment.attachment.name
    assert retention.purge(timezone.now() + LATER) == 0  # no report yet: the commenters are still to be e-mailed
    publish_report(closed_draft, timezone.now())
    assert retention.purge(timezone.now() + LATER - datetime.timedelta(days=2)) == 0
    comment.refresh_from_db()
    assert comment.email == "hoa.lt@example.vn"

    assert retention.purge(timezone.now() + LATER) == 1
    comment.refresh_from_db()
    assert (comment.full_name, comment.email, comment.organisation, comment.email_digest) == ("", "", "", "")
    assert not comment.attachment and not comment.attachment.storage.exists(stored)
    assert comment.text == "Đề nghị bổ sung khoản 3." and comment.personal_data_erased_at is not None
    entry = ModelLogEntry.objects.get(action=retention.ERASED, object_id=str(comment.pk))
    assert "email" in entry.data["fields"] and "full_name" in entry.data["fields"]
    assert retention.purge(timezone.now() + LATER * 2) == 0  # once


def test_a_name_the_commenter_chose_to_show_stays_as_it_was_published(closed_draft):
    person = comment_on(closed_draft, show_name=True, author_kind=Comment.AuthorKind.INDIVIDUAL)
    organisation = comment_on(closed_draft, show_name=True, author_kind=Comment.AuthorKind.ORGANISATION)
    publish_report(closed_draft, timezone.now())
    shown_before = (person.public_name, organisation.public_name)
    assert retention.purge(timezone.now() + LATER) == 2
    person.refresh_from_db()
    organisation.refresh_from_db()
    assert (person.public_name, organisation.public_name) == shown_before
    assert (person.email, person.organisation) == ("", "")
    assert (organisation.email, organisation.full_name) == ("", "")


def test_an_unconfirmed_comment_is_erased_after_the_period_without_waiting_for_a_report(open_draft):
    unconfirmed = comment_on(open_draft, confirmed=False)
    confirmed = comment_on(open_draft)
    Comment.objects.filter(pk=unconfirmed.pk).update(submitted_at=timezone.now() - LATER)
    call_command("purge_consultation_personal_data", stdout=open("/dev/null", "w"))  # noqa: SIM115
    unconfirmed.refresh_from_db()
    confirmed.refresh_from_db()
    assert unconfirmed.email == "" and confirmed.email == "hoa.lt@example.vn"


def test_the_moderator_sees_that_the_data_was_erased_and_the_job_is_scheduled(client, closed_draft, main_site):
    assert settings.OPERATIONS_SCHEDULE["purge_consultation_personal_data"]["command"] == "purge_consultation_personal_data"
    comment = comment_on(closed_draft)
    publish_report(closed_draft, timezone.now())
    retention.purge(timezone.now() + LATER)
    client.force_login(UserFactory(username="standing_editor", groups=[main_site.editors_group]))
    response = client.get(f"/admin/consultations/{comment.pk}/")
    assert response.status_code == 200
    assert "hoa.lt@example.vn" not in response.text and "đã xoá hết thời hạn lưu trữ" in response.text

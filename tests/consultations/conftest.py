"""Helpers for consultations: a site's /lay-y-kien/ with the sample decree open for comment (two versions), the clock
fixed where a test says so (consultations.periods.now), and a comment posted with its spam check solved."""

from datetime import timedelta

import pytest
from django.utils import timezone

from accounts import roles
from accounts.factories import UserFactory
from consultations import periods
from consultations.draft_text import parse_text
from consultations.models import ConsultationIndexPage, DraftPage, DraftVersion
from demo.consultation_samples import VERSIONS, sample_text
from tests.intake.conftest import post_form

NOW = timezone.now().replace(microsecond=0)


def make_draft(index, title="Dự thảo Nghị định quy định chi tiết Luật Trợ giúp pháp lý", opens=-10, days=60, **fields) -> DraftPage:
    """A live draft whose period opened `opens` days from now (negative: in the past) and lasts `days` days."""
    versions = [
        DraftVersion(
            label=f"Dự thảo lần {number}", pasted_text=sample_text(name), structure=parse_text(sample_text(name)), sort_order=number
        )
        for number, name in enumerate(VERSIONS, start=1)
    ]
    draft = DraftPage(
        title=title,
        document_type=DraftPage.DocumentType.DECREE,
        summary="Quy định chi tiết người được trợ giúp pháp lý, tổ chức và hoạt động trợ giúp pháp lý.",
        opens_at=NOW + timedelta(days=opens),
        closes_at=NOW + timedelta(days=opens + days),
        contact="Cục Trợ giúp pháp lý, 60 Trần Phú, Hà Nội; tgpl@moj.gov.vn",
        **fields,
    )
    draft.versions = versions
    index.add_child(instance=draft)
    return draft


@pytest.fixture
def consultation_index(main_site):
    return main_site.site.root_page.add_child(instance=ConsultationIndexPage(title="Lấy ý kiến dự thảo", slug="lay-y-kien"))


@pytest.fixture
def open_draft(consultation_index):
    return make_draft(consultation_index)


@pytest.fixture
def clock(monkeypatch):
    """Sets the app's clock: clock(datetime)."""

    def set_to(moment):
        monkeypatch.setattr(periods, "now", lambda: moment)

    return set_to


def comment_fields(**changes) -> dict:
    data = {
        "anchor": "dieu-5-khoan-2",
        "text": "Đề nghị bổ sung người khuyết tật có khó khăn về tài chính vào khoản 2.",
        "author_kind": "individual",
        "full_name": "Lê Thị Hoa",
        "organisation": "",
        "email": "hoa.lt@example.vn",
        "show_name": "on",
        "consent": "on",
    }
    data.update(changes)
    return data


def post_comment(client, draft, data, host="localhost", **extra):
    return post_form(client, data, path=f"{draft.url}gop-y/", host=host, **extra)


@pytest.fixture
def closed_draft(consultation_index):
    """Closed ten days ago, after a 60-day period."""
    return make_draft(consultation_index, opens=-70, days=60)


@pytest.fixture
def team(main_site, thads_site):
    return {
        "standing_editor": UserFactory(username="standing_editor", groups=[main_site.editors_group]),
        "standing_approver": UserFactory(username="standing_approver", groups=[main_site.approvers_group]),
        "chief": UserFactory(username="chief", groups=[roles.CHIEF_EDITOR]),
        "thads_approver": UserFactory(username="thads_approver", groups=[thads_site.approvers_group]),
        "board_member": UserFactory(username="board_member", groups=[roles.BOARD_MEMBERS]),
    }

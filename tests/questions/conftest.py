"""Helpers for citizens' questions: a site with a Q&A section, a unit routed from a field with its focal point,
a valid question, and the spam check solved as a browser solves it (tests.intake.conftest's helpers)."""

import pytest

from accounts import roles
from accounts.factories import UserFactory
from home.models import SubjectArea
from intake.models import FocalPoint
from qa.models import QuestionIndexPage
from questions.models import Route
from subsites.models import Unit
from tests.intake.conftest import challenge_of, post_form, question_of  # noqa: F401


@pytest.fixture
def qa_index(main_site):
    return main_site.site.root_page.add_child(instance=QuestionIndexPage(title="Hỏi đáp pháp luật", slug="hoi-dap"))


@pytest.fixture
def routing(main_site, thads_site):
    """Civil judgment enforcement → the enforcement department (thads), its focal point; civil status → legal aid."""
    thads = Unit.objects.create(name="Cục Quản lý thi hành án dân sự", slug="cuc-thads", portal_site=thads_site)
    other = Unit.objects.create(name="Cục Trợ giúp pháp lý", slug="cuc-tgpl")
    enforcement = SubjectArea.objects.create(name="Thi hành án dân sự", slug="thi-hanh-an-dan-su")
    civil_status = SubjectArea.objects.create(name="Hộ tịch", slug="ho-tich")
    Route.objects.create(subject_area=enforcement, unit=thads)
    focal = UserFactory(username="focal_thads", email="focal@thads.moj.gov.vn", groups=[roles.FOCAL_POINTS])
    FocalPoint.objects.create(unit=thads, user=focal)
    other_focal = UserFactory(username="focal_tgpl", email="focal@tgpl.moj.gov.vn", groups=[roles.FOCAL_POINTS])
    FocalPoint.objects.create(unit=other, user=other_focal)
    return {
        "thads": thads,
        "other": other,
        "enforcement": enforcement,
        "civil_status": civil_status,
        "focal": focal,
        "other_focal": other_focal,
    }


def question_fields(**changes) -> dict:
    data = {
        "full_name": "Trần Văn Bình",
        "email": "binh.tv@example.vn",
        "phone": "0912 345 678",
        "province": "Nam Định",
        "subject_area": "",
        "title": "Thời hạn yêu cầu thi hành án",
        "text": "Bản án có hiệu lực từ năm 2022, tôi chưa yêu cầu thi hành án. Tôi còn được yêu cầu thi hành án không?",
        "publish_as": "initials",
        "pseudonym": "",
        "consent": "on",
    }
    data.update(changes)
    return data


def ask(client, data, host="localhost"):
    return post_form(client, data, path="/hoi-dap/gui-cau-hoi/", host=host)

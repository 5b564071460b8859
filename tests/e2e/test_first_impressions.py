"""What editors and citizens meet first (issue 18), measured in Chromium: the editor's live address of a Vietnamese
title, and public layouts by the boxes of their elements at 1280 and 375 px."""

import re

from django.db import connections
from playwright.sync_api import expect
from wagtail.models import Site

from home.models import SectionPage
from tests.e2e.test_site_isolation import log_in


def main_section() -> SectionPage:
    section = SectionPage.objects.child_of(Site.objects.get(is_default_site=True).root_page).first()
    connections.close_all()
    return section


def test_the_editor_s_live_address_transliterates_the_vietnamese_title(page, portal_server):
    log_in(page, portal_server, "chief")
    page.goto(f"{portal_server}/admin/pages/add/home/standardpage/{main_section().pk}/")
    page.locator("#id_title").press_sequentially("Cục THADS tập huấn kỹ năng số")
    expect(page.locator("#id_slug")).to_have_value("cuc-thads-tap-huan-ky-nang-so")
    # Typed with separate combining marks (NFD keyboards), and with đ/Đ.
    page.locator("#id_title").fill("Đề án Cu\u0309ng cô\u0301 pháp chế")
    page.locator("#id_title").blur()
    expect(page.locator("#id_slug")).to_have_value(re.compile("^de-an-cung-co-phap-che$"))

"""The English edition in a browser (R-EN-1, R-FLOW-6): the Standing Board chooses an article for English, the
translator (English admin interface) translates it in wagtail-localize's editor and submits it, the English
approver approves it, and it is live under /en/ with a language switcher both ways."""

import re
from urllib.parse import urlparse

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect
from wagtail.models import Page, Site

from news.models import ArticlePage
from tests.e2e.test_accessibility import WCAG_AA


def test_translator_translates_an_article_and_the_english_approver_publishes_it(browser, portal_server, signed_in):
    main_home = Site.objects.get(is_default_site=True).root_page
    article = ArticlePage.objects.live().descendant_of(main_home).order_by("-date")[3]
    vietnamese_url, article_pk, translation_key = article.full_url, article.pk, article.translation_key

    # The Standing Board chooses the article for English.
    editor = signed_in("standing_editor")
    editor.goto(f"{portal_server}/admin/localize/submit/page/{article_pk}/")
    editor.get_by_label("English").check()
    editor.get_by_role("button", name=re.compile("^Gửi$|Gửi bản dịch|Submit|Dịch")).last.click()
    expect(editor).not_to_have_url(re.compile("/localize/submit/"))
    editor.context.close()
    page_id = Page.objects.get(translation_key=translation_key, locale__language_code="en").pk
    english_edit_url = f"{portal_server}/admin/pages/{page_id}/edit/"

    # The translator, in English, translates every segment and submits.
    translator = signed_in("translator")
    translator.goto(english_edit_url)
    for tab in ("Content", "Promote"):
        translator.get_by_role("tab", name=tab).click()
        n = 0
        while translator.get_by_role("button", name="Translate", exact=True).count():
            translator.get_by_role("button", name="Translate", exact=True).first.click()
            text = (
                "minister-receives-japanese-ambassador"
                if tab == "Promote"
                else f"The Ministry of Justice receives the Ambassador of Japan ({n})"
            )
            translator.locator("textarea").first.fill(text)
            translator.get_by_role("button", name="Save", exact=True).first.click()
            n += 1
    translator.goto(f"{portal_server}/admin/translations/{page_id}/submit/")
    translator.get_by_role("button", name="Submit for approval").click()
    expect(translator.locator(".messages")).to_contain_text("sent to the English approvers")
    # Not live before an approver acts.
    response = translator.request.get(f"{portal_server}/en/")
    assert "The Ministry of Justice receives" not in response.text()
    # And a Vietnamese page stays out of the translator's reach.
    translator.goto(f"{portal_server}/admin/pages/{article_pk}/edit/")
    expect(translator).not_to_have_url(re.compile(rf"/pages/{article_pk}/edit/"))
    expect(translator.locator(".messages")).to_contain_text(re.compile("permission|không có quyền", re.IGNORECASE))
    translator.context.close()

    # The English approver approves from the dashboard.
    approver = signed_in("en_approver")
    approver.goto(f"{portal_server}/admin/")
    review_row = approver.locator("tr").filter(has_text="The Ministry of Justice receives the Ambassador of Japan")
    review_row.locator("[data-w-dropdown-target='toggle'], button[aria-label*='ction'], .dropdown-toggle").first.click()
    approver.get_by_role("button", name=re.compile("^Approve")).or_(approver.get_by_role("link", name=re.compile("^Approve"))).first.click()
    expect(review_row).to_have_count(0)  # approved: nothing left awaiting review
    approver.context.close()

    # Live under /en/, with the switcher and hreflang both ways.
    reader = browser.new_context().new_page()
    reader.goto(vietnamese_url)
    reader.get_by_role("link", name="English").click()
    expect(reader).to_have_url(re.compile(r"/en/.*minister-receives-japanese-ambassador/$"))
    expect(reader.locator("html")).to_have_attribute("lang", "en")
    expect(reader.get_by_role("heading", level=1)).to_contain_text("The Ministry of Justice receives the Ambassador of Japan")
    expect(reader.locator('link[rel="alternate"][hreflang="vi"]')).to_have_attribute("href", vietnamese_url)
    expect(reader.get_by_role("link", name="Tiếng Việt")).to_have_attribute(
        "href", re.compile(re.escape(urlparse(vietnamese_url).path) + "$")
    )
    results = Axe().run(reader, options=WCAG_AA)  # the English article is as accessible as the Vietnamese one
    assert results.violations_count == 0, results.generate_report()
    reader.context.close()

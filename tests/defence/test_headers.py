"""Security headers (R-OPS-5): a strict Content-Security-Policy with nonces on public pages, a compatible one on the
admin, Permissions-Policy, and a CSP report endpoint that logs and rate-limits."""

import json
import logging
import re

import pytest
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from wagtail_factories import ImageFactory

from home.factories import SectionPageFactory
from news.factories import ArticlePageFactory
from news.models import archive_folder

VIDEO = "https://www.youtube.com/watch?v=moj-demo"


def directives(header: str) -> dict[str, list[str]]:
    parts = (part.strip().split() for part in header.split(";") if part.strip())
    return {part[0]: part[1:] for part in parts}


@pytest.fixture
def article(portal):
    """An article with every kind of block the body offers, published."""
    Embed.objects.create(
        hash=get_embed_hash(VIDEO),
        url=VIDEO,
        type="video",
        html='<iframe width="560" height="315" src="https://www.youtube.com/embed/moj-demo" title="Video"></iframe>',
        width=560,
        height=315,
    )
    image = ImageFactory(title="Hội nghị", collection=portal.main.collection)
    document = get_document_model().objects.create(
        title="Báo cáo", file=ContentFile(b"%PDF-1.4\n%%EOF\n", name="bao-cao.pdf"), collection=portal.main.collection
    )
    section = SectionPageFactory(parent=portal.main.site.root_page, title="Tin tức", slug="tin-tuc")
    body = [
        {"type": "paragraph", "value": f'<p>Đoạn văn có <a linktype="document" id="{document.pk}">tệp</a>.</p>'},
        {"type": "image", "value": {"image": image.pk, "alt_text": "Hội nghị", "decorative": False}},
        {"type": "gallery", "value": {"title": "Ảnh", "images": [{"image": image.pk, "alt_text": "Ảnh", "decorative": False}] * 2}},
        {"type": "video", "value": VIDEO},
        {"type": "quote", "value": {"text": "Pháp luật phải được thực thi nghiêm minh.", "attribution": "Bộ trưởng"}},
        {"type": "file", "value": {"document": document.pk, "title": "Báo cáo tổng kết"}},
    ]
    page = ArticlePageFactory(
        parent=archive_folder(section, timezone.now()), title="Hội nghị tổng kết", main_image=image, body=json.dumps(body)
    )
    page.save_revision().publish()
    return page


def test_a_public_page_has_a_strict_policy_whose_nonce_every_script_carries(client, article):
    response = client.get(article.url, HTTP_HOST="localhost")
    assert response.status_code == 200
    policy = directives(response["Content-Security-Policy"])
    nonce = next(source for source in policy["script-src"] if source.startswith("'nonce-"))[len("'nonce-") : -1]
    assert "'unsafe-inline'" not in policy["script-src"] + policy["style-src"] and "'unsafe-eval'" not in policy["script-src"]
    assert f"'nonce-{nonce}'" in policy["style-src"]
    assert policy["object-src"] == ["'none'"] and policy["base-uri"] == ["'self'"] and policy["frame-ancestors"] == ["'self'"]
    assert "https://www.youtube.com" in policy["frame-src"]
    html = response.text
    scripts = re.findall(r"<script\b[^>]*>", html)
    assert len(scripts) >= 2  # the search box's suggestions and the print button
    assert all(f'nonce="{nonce}"' in tag for tag in scripts), scripts
    # Nothing inline that the policy would block: no style attributes (the video's wrapper had one), no handlers.
    assert "youtube.com/embed/moj-demo" in html
    assert not re.search(r"\sstyle=", html), re.search(r".{80}\sstyle=.{80}", html)
    assert not re.search(r"\son[a-z]+=", html)
    assert all("nonce=" in tag for tag in re.findall(r"<style\b[^>]*>", html))
    # A new nonce for every response.
    assert nonce not in client.get(article.url, HTTP_HOST="localhost")["Content-Security-Policy"]


def test_permissions_policy_refuses_powerful_features(client, portal):
    header = client.get("/", HTTP_HOST="localhost")["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()"):
        assert feature in header


def test_the_admin_gets_the_policy_wagtail_meets_and_the_strict_one_reported_only(client, portal, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("root", password="x", email="root@moj.gov.vn"))
    response = client.get(f"/admin/pages/{portal.main.site.root_page_id}/edit/")
    assert response.status_code == 200
    enforced = directives(response["Content-Security-Policy"])
    reported = directives(response["Content-Security-Policy-Report-Only"])
    assert enforced["script-src"] == ["'self'", "'unsafe-inline'"] and enforced["object-src"] == ["'none'"]
    assert enforced["img-src"] == ["'self'", "data:", "blob:"] and enforced["frame-ancestors"] == ["'self'"]
    assert "'unsafe-inline'" not in reported["script-src"] + reported["style-src"]
    assert enforced["report-uri"] == reported["report-uri"] == ["/csp-report/"]


def csp_report(client, address="203.0.113.5", **fields):
    body = {
        "csp-report": {"document-uri": "http://localhost/", "effective-directive": "script-src-elem", "blocked-uri": "inline", **fields}
    }
    return client.post("/csp-report/", json.dumps(body), content_type="application/csp-report", REMOTE_ADDR=address)


def test_csp_reports_are_logged_and_rate_limited_per_address(client, db, caplog):
    cache.clear()
    with caplog.at_level(logging.WARNING, logger="moj.csp"):
        assert csp_report(client, **{"source-file": "https://evil.example/x.js"}).status_code == 204
    assert "script-src-elem" in caplog.text and "evil.example" in caplog.text
    reporting_api = [{"type": "csp-violation", "body": {"documentURL": "http://localhost/a/", "effectiveDirective": "style-src-attr"}}]
    response = client.post("/csp-report/", json.dumps(reporting_api), content_type="application/reports+json", REMOTE_ADDR="203.0.113.5")
    assert response.status_code == 204 and "style-src-attr" in caplog.text
    statuses = [csp_report(client).status_code for _ in range(40)]
    assert statuses.count(204) == 28 and statuses[-1] == 429  # 30 a minute, two already sent
    assert csp_report(client, address="198.51.100.9").status_code == 204  # another address is not held back
    # The admin's report-only policy reports on every editor's screen: counted apart, logged as information.
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="moj.csp"):
        assert csp_report(client, disposition="report").status_code == 204
    assert caplog.records[-1].levelno == logging.INFO
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="moj.csp"):
        assert csp_report(client, address="198.51.100.10", **{"blocked-uri": "x" * 5000}).status_code == 204
    assert "x" * 301 not in caplog.text  # each value cut short
    assert client.post("/csp-report/", "{", content_type="application/csp-report", REMOTE_ADDR="198.51.100.11").status_code == 400
    big = json.dumps({"csp-report": {"blocked-uri": "y" * 20_000}})
    assert client.post("/csp-report/", big, content_type="application/csp-report", REMOTE_ADDR="198.51.100.12").status_code == 413
    assert client.get("/csp-report/").status_code == 405

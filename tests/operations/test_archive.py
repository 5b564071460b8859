"""The archive of a period (R-OPS-7, Art 16): a folder that opens in a browser from disk, with every publication of
the period, its author, approver and dates, the page's takedowns and corrections, its files and their checksums."""

import datetime
import hashlib
import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.core.management import CommandError, call_command
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import Page, PageLogEntry

from editorial.publishing import TAKEDOWN

pytestmark = pytest.mark.django_db


def export(tmp_path, start, end) -> Path:
    call_command("export_archive", "--from", start.isoformat(), "--to", end.isoformat(), target=tmp_path, stdout=open("/dev/null", "w"))  # noqa: SIM115
    (folder,) = tmp_path.iterdir()
    return folder


def test_the_archive_of_the_demo_opens_from_disk_with_every_publication(demo_portal, tmp_path):
    published = PageLogEntry.objects.filter(action="wagtail.publish").order_by("timestamp")
    page = Page.objects.get(pk=published.last().page_id)
    log(page, TAKEDOWN, data={"reason": "Thông tin chưa được xác minh"})
    today = timezone.localdate()

    folder = export(tmp_path, today - datetime.timedelta(days=1), today)

    index = BeautifulSoup((folder / "index.html").read_text(), "html.parser")
    links = [link["href"] for link in index.select("tbody a") if link["href"].endswith(".html")]
    assert len(links) == published.filter(timestamp__date__gte=today - datetime.timedelta(days=1)).count() > 20
    for href in links:
        revision = BeautifulSoup((folder / href).read_text(), "html.parser")
        assert revision.h1.get_text(strip=True)
        assert revision.select_one('a[href="../../index.html"]')

    record = json.loads(next(folder.glob(f"pages/{page.pk}-*/revision-*.json")).read_text())
    assert record["title"] == page.specific.title and record["published_at"] and record["author"]
    assert any(event["action"] == TAKEDOWN and event["data"]["reason"] == "Thông tin chưa được xác minh" for event in record["events"])

    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["publications"] == len(links)
    attachments = [name for name in manifest["files"] if name.startswith("attachments/")]
    assert attachments, "the demo's documents and images are copied"
    for name, checksum in manifest["files"].items():
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == checksum


def test_an_empty_period_gives_an_index_that_says_so(tmp_path):
    folder = export(tmp_path, datetime.date(2020, 1, 1), datetime.date(2020, 1, 31))
    index = BeautifulSoup((folder / "index.html").read_text(), "html.parser")
    assert "Không có nội dung nào được xuất bản" in index.get_text()


def test_a_reversed_period_is_refused(tmp_path):
    with pytest.raises(CommandError, match="--from"):
        call_command("export_archive", "--from", "2026-02-01", "--to", "2026-01-01", target=tmp_path)

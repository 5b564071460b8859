"""Helpers for the intake register's tests: a valid submission, its spam check solved the way a browser solves it
(from the challenge written in the page), and the register's people."""

import html
import io
import json
import re
import shutil
import tempfile
from pathlib import Path

import pytest
from PIL import Image

from accounts import roles
from accounts.factories import UserFactory
from defence import spam
from tests.intake import imap_server as imap_server_module

MINIMAL_PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def png_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "red").save(buffer, "PNG")
    return buffer.getvalue()


def challenge_of(page_html: str) -> dict:
    return json.loads(html.unescape(re.search(r'data-proof-of-work="([^"]+)"', page_html).group(1)))


def question_of(page_html: str) -> tuple[str, int]:
    """The fallback question's token and its answer, read as a person reads it."""
    token = re.search(r'name="cau_hoi_ma" value="([^"]+)"', page_html).group(1)
    label = html.unescape(re.search(r'<label for="id_cau_tra_loi">([^<]+)</label>', page_html).group(1))
    first, second = re.match(r"(\w+) cộng (\w+) bằng", label).groups()
    return token, spam.NUMBER_WORDS.index(first.lower()) + spam.NUMBER_WORDS.index(second)


def valid_fields(**changes) -> dict:
    data = {
        "kind": "news",
        "title": "Hội nghị tập huấn nghiệp vụ hộ tịch năm 2026",
        "content": "Sáng 25/11, Sở Tư pháp tổ chức hội nghị tập huấn nghiệp vụ hộ tịch cho công chức cấp xã.",
        "signed_on": "",
        "organisation": "Sở Tư pháp tỉnh Ninh Bình",
        "full_name": "Nguyễn Thị Lan",
        "position": "Chuyên viên",
        "tax_code": "0100109106",
        "citizen_id": "037190001234",
        "phone": "0912 345 678",
        "address": "Số 1 đường Trần Hưng Đạo, Ninh Bình",
        "email": "lan.nt@ninhbinh.gov.vn",
        "consent": "on",
    }
    data.update(changes)
    return {name: value for name, value in data.items() if value is not None}


def post_form(client, data: dict, path="/gui-thong-tin/", host="localhost", solve=True, **extra):
    """Opens the form, then posts `data` with the page's proof of work solved (solve=False: not solved)."""
    page = client.get(path, HTTP_HOST=host).text
    payload = dict(data)
    if solve:
        payload["bang_chung"] = spam.solve(challenge_of(page))
    payload["cau_hoi_ma"] = re.search(r'name="cau_hoi_ma" value="([^"]+)"', page).group(1)
    return client.post(path, payload, HTTP_HOST=host, **extra)


@pytest.fixture
def staff(main_site, thads_site):
    """One account per role the register's doors know (standing_editor/standing_approver are the Standing Board)."""
    return {
        "standing_editor": UserFactory(username="standing_editor", groups=[main_site.editors_group]),
        "standing_approver": UserFactory(username="standing_approver", groups=[main_site.approvers_group]),
        "chief": UserFactory(username="chief", groups=[roles.CHIEF_EDITOR]),
        "thads_editor": UserFactory(username="thads_editor", groups=[thads_site.editors_group]),
        "focal_thads": UserFactory(username="focal_thads", groups=[roles.FOCAL_POINTS]),
    }


@pytest.fixture(scope="module")
def imap_server():
    """Dovecot on a loopback port for this module's tests (tests/intake/imap_server.py)."""
    root = Path(tempfile.mkdtemp(prefix="moj-dovecot-"))
    process, server = imap_server_module.start(root)
    yield server
    process.terminate()
    process.wait(timeout=10)
    shutil.rmtree(root, ignore_errors=True)

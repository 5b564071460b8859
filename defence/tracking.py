"""What a site's tracking code may contain (R-SHARE-2 under R-OPS-5): `<script src="https://…">` elements only, from a
host an IT administrator allowed (defence.models.TrackingScriptHosts) — no inline code, no event attributes, nothing
else. Site approvers paste the code; a script that could run anything would run with the session of whoever reads
the page, so the code is parsed, checked, and rendered again from what was checked, never pasted into the page."""

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from bs4 import BeautifulSoup, Comment, NavigableString
from django.core.exceptions import ValidationError
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

# Attributes a loader script may carry; `on…` handlers, `nonce` and anything else are refused.
SCRIPT_ATTRIBUTES = {"src", "async", "defer", "type", "crossorigin", "integrity", "referrerpolicy", "charset"}
SCRIPT_TYPES = {"", "text/javascript", "application/javascript"}
# A browser reads `\` as `/` and `@` as the end of a user name: "https://evil.example\@allowed.host/" loads from evil.example.
UNSAFE_URL_CHARACTERS = re.compile(r"[\\@\s\x00-\x1f\x7f]")


@dataclass(frozen=True)
class TrackingScript:
    src: str
    is_async: bool = False
    defer: bool = False
    crossorigin: str = ""
    integrity: str = ""
    referrerpolicy: str = ""

    def render(self, nonce: str) -> str:
        return format_html(
            '<script src="{}" nonce="{}"{}{}{}{}{}></script>',
            self.src,
            nonce,
            " async" if self.is_async else "",
            " defer" if self.defer else "",
            format_html(' crossorigin="{}"', self.crossorigin) if self.crossorigin else "",
            format_html(' integrity="{}"', self.integrity) if self.integrity else "",
            format_html(' referrerpolicy="{}"', self.referrerpolicy) if self.referrerpolicy else "",
        )


def parse_tracking_code(code: str, allowed_hosts: list[str]) -> list[TrackingScript]:
    """The scripts of `code`, or a ValidationError with a Vietnamese message saying what is not allowed."""
    scripts = []
    for node in BeautifulSoup(code, "html.parser").contents:
        if isinstance(node, Comment) or (isinstance(node, NavigableString) and not node.strip()):
            continue
        if getattr(node, "name", None) != "script":
            raise ValidationError(_('Chỉ dán các thẻ <script src="https://…"></script> do Hệ thống đo lường Chính phủ số cung cấp.'))
        scripts.append(_check_script(node, allowed_hosts))
    return scripts


def _check_script(node, allowed_hosts: list[str]) -> TrackingScript:
    if node.get_text().strip():
        raise ValidationError(
            _(
                'Không được viết mã trực tiếp bên trong thẻ <script>: chỉ dùng <script src="https://…"></script>. '
                "Với Hệ thống đo lường Chính phủ số (EMC), hãy nhập mã trang (siteId) vào ô riêng."
            )
        )
    for attribute in node.attrs:
        if attribute.lower() not in SCRIPT_ATTRIBUTES:
            raise ValidationError(_("Thuộc tính “%(attribute)s” không được phép trong thẻ <script>.") % {"attribute": attribute})
    if str(node.get("type", "")).strip().lower() not in SCRIPT_TYPES:
        raise ValidationError(_("Thẻ <script> chỉ được nạp JavaScript thông thường."))
    src = str(node.get("src", "")).strip()
    if not src.lower().startswith("https://"):
        raise ValidationError(_("Địa chỉ tập lệnh phải bắt đầu bằng https://"))
    parts = urlsplit(src)
    if UNSAFE_URL_CHARACTERS.search(src) or parts.port not in (None, 443) or not parts.hostname:
        raise ValidationError(_("Địa chỉ tập lệnh không hợp lệ."))
    if parts.hostname.lower() not in allowed_hosts:
        raise ValidationError(
            _("Máy chủ %(host)s không có trong danh sách được phép do Cục Công nghệ thông tin quy định.") % {"host": parts.hostname}
        )
    return TrackingScript(
        src=src,
        is_async=node.has_attr("async"),
        defer=node.has_attr("defer"),
        crossorigin=str(node.get("crossorigin", "")),
        integrity=str(node.get("integrity", "")),
        referrerpolicy=str(node.get("referrerpolicy", "")),
    )


def render_scripts(scripts: list[TrackingScript], nonce: str) -> str:
    return format_html_join("", "{}", ((script.render(nonce),) for script in scripts))

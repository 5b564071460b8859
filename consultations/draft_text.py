"""A draft legal document as structure (issue 15): Chương / Mục / Điều / Khoản / Điểm, read from a DOCX file
(python-docx) or from pasted text, with anchors that depend only on the numbers (`chuong-ii`, `chuong-ii-muc-1`,
`dieu-5`, `dieu-5-khoan-2`, `dieu-5-khoan-2-diem-a`), so that a comment on Điều 5 khoản 2 points to the same place
in every version that keeps the numbering; and the article-by-article comparison of two versions.

The structure is plain JSON (stored on DraftVersion.structure): {"preamble": [lines], "nodes": [node], "plain_text"},
a node being {"kind", "anchor", "number", "label", "heading", "text": [paragraphs], "children": [node]}.

Recognised as in the drafting rules (Decree 34/2016, Law 64/2025): a line "Chương I" / "CHƯƠNG II" (its title on the
same line or the next), "Mục 1" likewise, "Điều 5. Title", a clause "2. …" and a point "a) …" inside an article.
Known limit: numbers made by Word's automatic list numbering are not in the text, so such clauses are read as
paragraphs of their article; drafts typed to the rules number them by hand."""

import difflib
import re
import unicodedata
import zipfile

import docx
from django.utils.translation import gettext_lazy as _
from docx.opc.exceptions import PackageNotFoundError
from lxml.etree import LxmlError

MAX_CHARACTERS = 2_000_000
CHAPTER = re.compile(r"^chương\s+([IVXLCDM]+|\d+)\b\s*[.:\-–]?\s*(.*)$", re.IGNORECASE)
SECTION = re.compile(r"^mục\s+(\d+)\b\s*[.:\-–]?\s*(.*)$", re.IGNORECASE)
ARTICLE = re.compile(r"^điều\s+(\d+[a-zđ]?)\s*[.:]\s*(.*)$", re.IGNORECASE)
CLAUSE = re.compile(r"^(\d+[a-zđ]?)\.\s+(.+)$")
POINT = re.compile(r"^([a-zđ]\d*)\)\s+(.+)$")
LEVEL = {"chuong": 0, "muc": 1, "dieu": 2, "khoan": 3, "diem": 4}


class DraftTextError(ValueError):
    """The file or text cannot be read as a draft; the message says why, in Vietnamese, for the form."""


def slug_part(value: str) -> str:
    return value.strip().lower().replace("đ", "dd")


# Reading.


def parse_docx(file) -> dict:
    """The structure of a .docx file (a path or an open binary file). Raises DraftTextError for anything else."""
    try:
        if hasattr(file, "seek"):
            file.seek(0)
        document = docx.Document(file)
        lines = [line for paragraph in document.paragraphs for line in paragraph.text.split("\n")]
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, LxmlError, OSError) as error:
        raise DraftTextError(
            _("Không đọc được tệp dự thảo: tệp không phải là tài liệu Word .docx hợp lệ. Hãy mở tệp bằng Word và lưu lại dưới dạng .docx.")
        ) from error
    return parse_lines(lines)


def parse_text(text: str) -> dict:
    """The structure of a draft pasted as text, one paragraph a line."""
    return parse_lines(text.splitlines())


def parse_lines(lines: list[str]) -> dict:
    if sum(len(line) for line in lines) > MAX_CHARACTERS:
        raise DraftTextError(_("Dự thảo quá dài (quá %(count)s ký tự).") % {"count": f"{MAX_CHARACTERS:,}".replace(",", ".")})
    builder = _Builder()
    for raw in lines:
        line = " ".join(unicodedata.normalize("NFC", raw).split())
        if line:
            builder.take(line)
    if not builder.articles:
        raise DraftTextError(
            _(
                "Không tìm thấy Điều nào trong dự thảo. Mỗi điều cần bắt đầu một đoạn bằng “Điều <số>.” "
                "(ví dụ: “Điều 1. Phạm vi điều chỉnh”)."
            )
        )
    structure = {"preamble": builder.preamble, "nodes": builder.nodes}
    structure["plain_text"] = "\n".join([*builder.preamble, *(_node_text(node) for node in builder.nodes)])
    return structure


class _Builder:
    def __init__(self):
        self.preamble, self.nodes = [], []
        self.chapter = self.section = self.article = self.clause = self.point = None
        self.awaiting_heading = None  # a chapter or section whose title is on the next line
        self.articles = 0
        self.seen = set()

    def take(self, line: str) -> None:
        if (match := CHAPTER.match(line)) and _is_heading(match.group(2)):
            self.chapter = self._add(self.nodes, "chuong", match.group(1).upper(), match.group(2), f"chuong-{slug_part(match.group(1))}")
            self.section = self.article = self.clause = self.point = None
            self.awaiting_heading = None if match.group(2) else self.chapter
        elif (match := SECTION.match(line)) and _is_heading(match.group(2)):
            prefix = f"{self.chapter['anchor']}-" if self.chapter else ""
            parent = self.chapter["children"] if self.chapter else self.nodes
            self.section = self._add(parent, "muc", match.group(1), match.group(2), f"{prefix}muc-{slug_part(match.group(1))}")
            self.article = self.clause = self.point = None
            self.awaiting_heading = None if match.group(2) else self.section
        elif match := ARTICLE.match(line):
            parent = (self.section or self.chapter or {"children": self.nodes})["children"]
            self.article = self._add(parent, "dieu", match.group(1), match.group(2), f"dieu-{slug_part(match.group(1))}")
            self.clause = self.point = self.awaiting_heading = None
            self.articles += 1
        elif self.article is not None and (match := CLAUSE.match(line)):
            anchor = f"{self.article['anchor']}-khoan-{slug_part(match.group(1))}"
            self.clause = self._add(self.article["children"], "khoan", match.group(1), "", anchor, [match.group(2)])
            self.point = None
        elif self.article is not None and (match := POINT.match(line)):
            owner = self.clause or self.article
            anchor = f"{owner['anchor']}-diem-{slug_part(match.group(1))}"
            self.point = self._add(owner["children"], "diem", match.group(1), "", anchor, [match.group(2)])
        elif self.awaiting_heading is not None:
            self.awaiting_heading["heading"] = line
            self.awaiting_heading = None
        else:
            owner = self.point or self.clause or self.article or self.section or self.chapter
            (owner["text"] if owner else self.preamble).append(line)

    def _add(self, siblings, kind, number, heading, anchor, text=None) -> dict:
        unique, count = anchor, 1
        while unique in self.seen:  # a number typed twice: the second gets its own anchor, the first keeps it
            count += 1
            unique = f"{anchor}-{count}"
        self.seen.add(unique)
        node = {"kind": kind, "anchor": unique, "number": number, "heading": heading.strip(), "text": text or [], "children": []}
        siblings.append(node)
        return node


def _is_heading(rest: str) -> bool:
    """“Chương II” alone or with a title in capitals; not a sentence that begins with “Mục 2 của…”."""
    letters = [character for character in rest if character.isalpha()]
    return not letters or all(character.isupper() for character in letters)


# Reading back.


def walk(nodes: list[dict], parents=()):
    for node in nodes:
        yield node, parents
        yield from walk(node["children"], (*parents, node))


def label_of(node: dict, parents=()) -> str:
    """“Chương II”, “Mục 1”, “Điều 5”, “Điều 5 khoản 2”, “Điều 5 khoản 2 điểm a”."""
    names = {"chuong": _("Chương"), "muc": _("Mục"), "dieu": _("Điều"), "khoan": _("khoản"), "diem": _("điểm")}
    if node["kind"] in ("chuong", "muc", "dieu"):
        return f"{names[node['kind']]} {node['number']}"
    chain = [parent for parent in parents if parent["kind"] in ("dieu", "khoan")] + [node]
    return " ".join(f"{names[item['kind']]} {item['number']}" for item in chain)


def anchor_labels(structure: dict) -> dict[str, str]:
    return {node["anchor"]: label_of(node, parents) for node, parents in walk(structure.get("nodes", []))}


def toc(structure: dict) -> list[dict]:
    """Chapters, sections and articles, in order, with their level (0, 1, 2) for indentation."""
    return [
        {"anchor": node["anchor"], "label": label_of(node), "heading": node["heading"], "level": LEVEL[node["kind"]]}
        for node, _parents in walk(structure.get("nodes", []))
        if node["kind"] in ("chuong", "muc", "dieu")
    ]


def articles(structure: dict) -> dict[str, dict]:
    return {node["anchor"]: node for node, _parents in walk(structure.get("nodes", [])) if node["kind"] == "dieu"}


def _node_text(node: dict) -> str:
    own = " ".join(part for part in (_numbered(node), node["heading"], *node["text"]) if part)
    return "\n".join([own, *(_node_text(child) for child in node["children"])])


def _numbered(node: dict) -> str:
    return {"chuong": f"Chương {node['number']}", "muc": f"Mục {node['number']}", "dieu": f"Điều {node['number']}."}.get(
        node["kind"], f"{node['number']}." if node["kind"] == "khoan" else f"{node['number']})"
    )


# Comparing two versions, article by article.


def compare(old: dict, new: dict) -> dict:
    """Articles added, removed and changed from `old` to `new` (matched by anchor, that is by number), in the order
    of the new version (removed ones in the order of the old). A changed article lists the clauses and points that
    changed, and its words as segments ("same", "removed", "added") to show the change inline."""
    before, after = articles(old), articles(new)
    result = {"added": [], "removed": [], "changed": [], "unchanged": 0}
    for anchor, node in after.items():
        if anchor not in before:
            result["added"].append(_summary(node))
        elif _node_text(before[anchor]) != _node_text(node):
            details = {"parts": _changed_parts(before[anchor], node), "words": word_diff(before[anchor], node)}
            result["changed"].append(_summary(node) | details)
        else:
            result["unchanged"] += 1
    result["removed"] = [_summary(node) for anchor, node in before.items() if anchor not in after]
    return result


def _summary(node: dict) -> dict:
    return {"anchor": node["anchor"], "label": label_of(node), "heading": node["heading"]}


def _changed_parts(old: dict, new: dict) -> list[str]:
    """Labels of the clauses and points added, removed or reworded."""
    before, after = _parts(old), _parts(new)
    changed = []
    for anchor in [*after, *(anchor for anchor in before if anchor not in after)]:
        old_part, new_part = before.get(anchor), after.get(anchor)
        if _own_words(old_part) != _own_words(new_part):
            changed.append(label_of(*(new_part or old_part)))
    return changed


def _parts(article: dict) -> dict[str, tuple]:
    return {node["anchor"]: (node, parents) for node, parents in walk(article["children"], (article,))}


def _own_words(part):
    return part and (part[0]["heading"], part[0]["text"])


def word_diff(old: dict, new: dict) -> list[tuple[str, str]]:
    old_words, new_words = _node_text(old).split(), _node_text(new).split()
    segments = []
    matcher = difflib.SequenceMatcher(a=old_words, b=new_words, autojunk=False)
    for operation, a1, a2, b1, b2 in matcher.get_opcodes():
        if operation == "equal":
            segments.append(("same", " ".join(old_words[a1:a2])))
            continue
        if a2 > a1:
            segments.append(("removed", " ".join(old_words[a1:a2])))
        if b2 > b1:
            segments.append(("added", " ".join(new_words[b1:b2])))
    return segments

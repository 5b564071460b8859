"""The sample draft of the consultation demo (issue 15): a decree of 34 articles in chapters and sections, in two
versions, kept as text in consultations/samples/ and written here as DOCX the way a drafting unit types one (centred
headings, bold article titles, clauses and points numbered by hand). Regenerate the committed files with
`.venv/bin/python -m demo.consultation_samples`."""

import io
import re
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

SAMPLES = Path(__file__).resolve().parent.parent / "consultations" / "samples"
VERSIONS = ["nghi-dinh-tro-giup-phap-ly-lan-1", "nghi-dinh-tro-giup-phap-ly-lan-2"]
CENTRED = re.compile(r"^(CHÍNH PHỦ|DỰ THẢO|NGHỊ ĐỊNH|Quy định chi tiết|Chương |Mục \d|[A-ZĐÀ-Ỹ ,]+$)")
ARTICLE = re.compile(r"^(Điều \d+\.)(.*)$")


def docx_bytes(text: str) -> bytes:
    document = docx.Document()
    document.styles["Normal"].font.name = "Times New Roman"
    document.styles["Normal"].font.size = Pt(13)
    for line in text.splitlines():
        paragraph = document.add_paragraph()
        if match := ARTICLE.match(line):
            paragraph.add_run(match.group(1)).bold = True
            paragraph.add_run(match.group(2)).bold = True
        elif CENTRED.match(line) and not line.startswith("Căn cứ"):
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            paragraph.add_run(line).bold = True
        else:
            paragraph.add_run(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def sample_text(name: str) -> str:
    return (SAMPLES / f"{name}.txt").read_text()


def sample_docx(name: str) -> bytes:
    return (SAMPLES / f"{name}.docx").read_bytes()


if __name__ == "__main__":
    for name in VERSIONS:
        (SAMPLES / f"{name}.docx").write_bytes(docx_bytes(sample_text(name)))
        print(SAMPLES / f"{name}.docx")

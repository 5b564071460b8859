"""The demo content: names fixed by the "Demo content contract" of DESIGN.md, texts in Vietnamese.

Items are composed from realistic headline patterns so each site gets 30+ distinct items
without a 3,000-line data file; the composition is deterministic, so reloading creates nothing twice."""

from .directory import MOJ_ADDRESS, SERVICES, UNITS
from .documents import LEGAL_DOCUMENTS
from .prose import AUTHORS, IMAGE_CAPTIONS, MONTHS, PARAGRAPHS
from .sites import MAIN, PROVINCES, SITES, SUBJECT_AREAS, SUBSITES, Section, SiteContent
from .workflow import ITEMS_IN_REVIEW, QUESTIONS, REFUSAL_COMMENT

__all__ = [
    "AUTHORS",
    "IMAGE_CAPTIONS",
    "ITEMS_IN_REVIEW",
    "LEGAL_DOCUMENTS",
    "MAIN",
    "MOJ_ADDRESS",
    "MONTHS",
    "PARAGRAPHS",
    "PROVINCES",
    "QUESTIONS",
    "REFUSAL_COMMENT",
    "SERVICES",
    "SITES",
    "SUBJECT_AREAS",
    "SUBSITES",
    "UNITS",
    "Section",
    "SiteContent",
]

"""The English text of a record under /en/ when it has one, else the Vietnamese (R-EN-1): units, services, fields,
sites and site identities keep their English beside their Vietnamese in a field named `<field>_en`."""

from django.conf import settings
from django.utils.translation import get_language


def localized(obj, attribute: str, language: str | None = None):
    """`obj.<attribute>_en` in English when it is filled in, else `obj.<attribute>`; the active language by default."""
    language = language or get_language() or settings.LANGUAGE_CODE
    if language != settings.LANGUAGE_CODE:
        translated = getattr(obj, f"{attribute}_{language}", "")
        if translated:
            return translated
    return getattr(obj, attribute)

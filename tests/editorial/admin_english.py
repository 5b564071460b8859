"""What of an admin screen is still English: every visible text, the labels of controls, and the strings of the
admin's own JSON data (the sidebar is drawn from it), compared with the English source strings (msgids) of the
catalogues the admin is built from — Wagtail, wagtail-localize, Django's admin and auth, django-otp, axes."""

import json
import re
from functools import cache
from pathlib import Path

import django
import polib
import wagtail
import wagtail_localize
from bs4 import BeautifulSoup

PACKAGES = [Path(wagtail.__file__).parent, Path(wagtail_localize.__file__).parent, Path(django.__file__).parent]
# Words that are the same in a Vietnamese interface: names, abbreviations, units; and "English", which lists of
# languages write in the language itself, as the public language switcher does.
SAME_IN_VIETNAMESE = {
    "English",
    "Email",
    "email",
    "URL",
    "ID",
    "OK",
    "PDF",
    "Wagtail",
    "HTML",
    "RSS",
    "Atom",
    "API",
    "IP",
    "ms",
    "px",
    "CSV",
    "XLSX",
    "SEO",
}
SAME = {word.casefold() for word in SAME_IN_VIETNAMESE}
VISIBLE_ATTRIBUTES = ["placeholder", "title", "aria-label", "alt", "data-w-tooltip-content-value", "data-w-kbd-key-value"]
JSON_SCRIPTS = ["wagtail-sidebar-props", "wagtail-config"]
PLACEHOLDER = re.compile(r"%\(\w+\)[sdr]|%[sdr]|\{\w*\}")
TAG = re.compile(r"<[^>]+>")


@cache
def english_msgids() -> tuple[frozenset, re.Pattern]:
    """The msgids of the catalogues (exact texts), and one pattern for those with placeholders (two words at least),
    each of its alternatives a whole text."""
    exact, patterns = set(), []
    for package in PACKAGES:
        for path in package.rglob("locale/en/LC_MESSAGES/django.po"):
            for entry in polib.pofile(str(path)):
                for msgid in filter(None, [entry.msgid, entry.msgid_plural]):
                    # A msgid with markup reaches the page as several text nodes: each part is looked for alone.
                    for part in TAG.split(msgid):
                        _add(" ".join(part.split()), exact, patterns)
    return frozenset(exact), re.compile("^(?:" + "|".join(dict.fromkeys(patterns)) + ")$", re.I)


def _add(text: str, exact: set, patterns: list):
    if PLACEHOLDER.search(text):
        literal = PLACEHOLDER.sub(" ", text)
        words = re.findall(r"[A-Za-z]{2,}", literal)
        if len(words) >= 2:
            patterns.append(".+?".join(re.escape(part) for part in PLACEHOLDER.split(text)))
        elif len(words) == 1 and len(words[0]) >= 4 and words[0].casefold() not in SAME:
            # "52 Pages": one word beside a value — the value is one token, so Vietnamese text cannot match.
            patterns.append(r"\S+".join(re.escape(part) for part in PLACEHOLDER.split(text)))
    elif re.search(r"[A-Za-z]{2,}", text) and text.casefold() not in SAME:
        exact.add(text.casefold())


JSON_LABELS = {"label", "title", "text", "help_text", "description", "heading", "STRINGS"}


def _json_strings(value, shown=False):
    """The strings of the admin's JSON that are shown: labels and the interface strings, not names nor icons."""
    if isinstance(value, str):
        if shown:
            yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _json_strings(item, shown or key in JSON_LABELS)
    elif isinstance(value, list):
        for item in value:
            yield from _json_strings(item, shown)


def texts_of(html: str) -> list[str]:
    soup = BeautifulSoup(html, "html.parser")
    texts = []
    for script in soup.find_all("script"):
        if script.get("id") in JSON_SCRIPTS:
            texts += _json_strings(json.loads(script.string or "null"))
        script.decompose()
    # What a <style> or <noscript> holds is never seen. A <template> is copied into the page by a script only when
    # asked (a new block, a new inline form: the strings of the forms already shown), except a teleported one, which
    # Wagtail moves into the page as it loads (the editor's "schedule publishing" dialog: go-live, expiry).
    for element in soup.find_all(["style", "noscript", "template"]):
        if element.name == "template" and "w-teleport" in element.get("data-controller", ""):
            element.unwrap()
        else:
            element.decompose()
    for element in soup.find_all(attrs={"hidden": True}):
        # An inactive tab of the editor is hidden until its tab is clicked: its labels are read like the shown ones.
        # Any other hidden element is filled by a script with its own content (Wagtail leaves a "None" in one).
        if not element.decomposed and element.get("role") != "tabpanel":
            element.decompose()
    texts += list(soup.find_all(string=True))
    for element in soup.find_all(True):
        texts += [element[name] for name in VISIBLE_ATTRIBUTES if isinstance(element.get(name), str)]
        if element.name == "input" and element.get("type") in {"submit", "button"} and element.get("value"):
            texts.append(element["value"])
    return [" ".join(str(text).split()) for text in texts if str(text).strip()]


def english_on(html: str) -> list[str]:
    """Compared without regard to case: the admin writes some msgids in capitals ("LIVE") or capitalises them."""
    return sorted({text for text in texts_of(html) if is_english(text)})


@cache  # the same texts come back on every screen (the sidebar, the headers)
def is_english(text: str) -> bool:
    exact, pattern = english_msgids()
    return text.rstrip(":").strip().casefold() in exact or text.casefold() in exact or bool(pattern.match(text))

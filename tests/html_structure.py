"""What a browser makes of a screen's forms and ids, which a test reading the HTML as text does not see: a `<form>`
opened inside another is dropped by every browser (its fields and its button then submit the outer form), and an id
used twice sends a label's click, and the first field's value, to the wrong field (issue 18: the history's restore
buttons saved the settings instead). What a `<template>` holds is left out: it is not part of the page until used."""

from collections import Counter
from html.parser import HTMLParser


class _Structure(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms, self.templates, self.nested, self.ids = 0, 0, [], Counter()

    def handle_starttag(self, tag, attrs):
        if tag == "template":
            self.templates += 1
        if self.templates:
            return
        attributes = dict(attrs)
        if attributes.get("id"):
            self.ids[attributes["id"]] += 1
        if tag == "form":
            if self.forms:
                self.nested.append(attributes.get("action") or attributes.get("id") or attributes.get("class") or "form")
            self.forms += 1

    def handle_endtag(self, tag):
        if tag == "template" and self.templates:
            self.templates -= 1
        elif tag == "form" and self.forms and not self.templates:
            self.forms -= 1


def read(html: str) -> _Structure:
    structure = _Structure()
    structure.feed(html)
    structure.close()
    return structure


def nested_forms(html: str) -> list[str]:
    """The forms opened inside another form (by their action), which a browser drops."""
    return read(html).nested


def duplicate_ids(html: str) -> list[str]:
    return sorted(name for name, count in read(html).ids.items() if count > 1)

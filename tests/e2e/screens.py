"""The screens the journeys are seen on: a desktop, and phones of a given width."""

DESKTOP = {"locale": "vi-VN", "viewport": {"width": 1280, "height": 900}}


def phone_of(width: int, height: int = 640) -> dict:
    return {"locale": "vi-VN", "viewport": {"width": width, "height": height}, "is_mobile": True, "has_touch": True}

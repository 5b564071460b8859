"""Pictures for the demo content, drawn with Pillow: no network, no binary files in the repository."""

import io
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont


def news_photo(colour: tuple[int, int, int], seed: int, size=(1200, 675)) -> bytes:
    """An abstract "photo" in the site's colours: a gradient with soft shapes, as a JPEG."""
    rng = random.Random(seed)
    width, height = size
    image = Image.new("RGB", size)
    draw = ImageDraw.Draw(image)
    light = tuple(min(255, c + 110) for c in colour)
    for y in range(height):
        t = y / height
        draw.line([(0, y), (width, y)], fill=tuple(int(light[i] * (1 - t) + colour[i] * t) for i in range(3)))
    overlay = Image.new("RGBA", size, (0, 0, 0, 0))
    shapes = ImageDraw.Draw(overlay)
    for _ in range(12):
        x, y, r = rng.randint(0, width), rng.randint(0, height), rng.randint(40, 220)
        shade = rng.randint(180, 255)
        shapes.ellipse([x - r, y - r, x + r, y + r], fill=(shade, shade, shade, rng.randint(30, 90)))
    # A "stage" with a banner, as in most conference photos.
    shapes.rectangle([width * 0.1, height * 0.62, width * 0.9, height * 0.7], fill=(*colour, 230))
    shapes.rectangle([width * 0.2, height * 0.12, width * 0.8, height * 0.3], fill=(200, 30, 30, 220))
    image = Image.alpha_composite(image.convert("RGBA"), overlay.filter(ImageFilter.GaussianBlur(2))).convert("RGB")
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=80)
    return buffer.getvalue()


def document_pdf(lines: list[str]) -> bytes:
    """A one-page PDF with the document's heading, for the attachments of legal documents."""
    page = Image.new("RGB", (1240, 1754), "white")
    draw = ImageDraw.Draw(page)
    try:
        font = ImageFont.truetype("DejaVuSans.ttf", 28)
    except OSError:
        font = ImageFont.load_default(size=28)
    y = 160
    for line in lines:
        draw.text((120, y), line, fill="black", font=font)
        y += 56
    buffer = io.BytesIO()
    page.save(buffer, "PDF", resolution=150)
    return buffer.getvalue()


def wrap(text: str, width: int) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if len(line) + len(word) + 1 > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, line] if line else lines

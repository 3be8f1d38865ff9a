"""The demo's logo and signatures, drawn by the project from simple shapes at seed time (no
third-party artwork): a PNG each, deterministic, so seeding twice draws the same pictures."""

import hashlib
import io
import math
import random

from PIL import Image, ImageDraw, ImageFont

from core import fonts

PLUM = (106, 27, 77, 255)  # the certificate's colour (certificate.css)
INK = (24, 40, 110, 255)
SCALE = 4  # drawn large, then scaled down: smooth edges without an antialiasing library


def _png(image: Image.Image, size: tuple[int, int]) -> bytes:
    output = io.BytesIO()
    image.resize(size, Image.Resampling.LANCZOS).save(output, format="PNG", optimize=True)
    return output.getvalue()


def logo_png(word: str = "ТЕҢДИК") -> bytes:
    """Two interlocking rings (two people, equal) beside the project's name."""
    width, height = 640, 200
    image = Image.new("RGBA", (width * SCALE, height * SCALE), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    s = SCALE
    ring = 12 * s
    for cx in (78, 132):
        draw.ellipse(
            [(cx - 54) * s, (100 - 54) * s, (cx + 54) * s, (100 + 54) * s], outline=PLUM, width=ring
        )
    # The equals sign where the rings meet.
    for y in (86, 108):
        draw.rounded_rectangle([88 * s, y * s, 122 * s, (y + 8) * s], radius=3 * s, fill=PLUM)
    font = ImageFont.truetype(str(fonts.font_files()[700]), 86 * s)
    draw.text((210 * s, 100 * s), word, font=font, fill=PLUM, anchor="lm")
    return _png(image, (width, height))


def _stroke(draw, points, width: float) -> None:
    """A pen line through the points, thicker in the middle as a pen pressed down."""
    count = len(points)
    for i in range(count - 1):
        pressure = 0.55 + 0.45 * math.sin(math.pi * i / max(count - 1, 1))
        w = max(1, round(width * pressure))
        draw.line([points[i], points[i + 1]], fill=INK, width=w)
        r = w / 2
        x, y = points[i + 1]
        draw.ellipse([x - r, y - r, x + r, y + r], fill=INK)


def signature_png(name: str) -> bytes:
    """A signature-like scrawl, the same for the same name: a tall opening loop, a run of
    slanted cursive loops, and an underline flourish."""
    rng = random.Random(hashlib.sha256(name.encode()).digest())  # noqa: S311  (not security)
    width, height = 480, 150
    s = SCALE
    image = Image.new("RGBA", (width * s, height * s), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    base = 95
    # The capital: a tall loop that comes down into the run.
    capital = []
    for step in range(120):
        t = step / 119
        angle = math.pi * 2.3 * t
        capital.append(
            (
                (52 + 26 * math.sin(angle) + 30 * t) * s,
                (base - 62 * math.sin(math.pi * t) + 10 * math.cos(angle)) * s,
            )
        )
    _stroke(draw, capital, 5.5 * s)
    # The run: loops of varying height and width, slanted to the right.
    run, x = [], 100.0
    for _letter in range(rng.randint(7, 10)):
        tall = rng.random() < 0.3
        amplitude = rng.uniform(26, 38) if tall else rng.uniform(10, 18)
        stride = rng.uniform(22, 32)
        for step in range(24):
            t = step / 23
            y = base - amplitude * math.sin(math.pi * t) ** 1.4
            run.append(((x + stride * t + (base - y) * 0.35) * s, y * s))
        x += stride
    _stroke(draw, run, 4.5 * s)
    # The flourish: a long, slightly rising underline back under the name.
    flourish = []
    for step in range(80):
        t = step / 79
        flourish.append(
            ((x + 20 - (x - 40) * t) * s, (base + 18 + 8 * math.sin(math.pi * 1.5 * t) - 6 * t) * s)
        )
    _stroke(draw, flourish, 4 * s)
    return _png(image, (width, height))

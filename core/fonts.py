"""The fonts of our PDFs (certificates, sign-in sheets): Noto Sans from npm (frontend/package.json),
never the machine's own.

Embedding a whole font is cheap but subsetting it for every PDF is what makes WeasyPrint slow,
so each face is subset once, to every letter a PDF of ours may need (Latin, Russian and Kyrgyz
Cyrillic with Ң ң Ү ү Ө ө, punctuation), and cached on disk; the renderer then embeds these
small files whole instead of subsetting per document."""

import hashlib
import os
import tempfile
from functools import cache
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from fontTools import subset
from fontTools.ttLib import TTFont

PACKAGE = Path(settings.BASE_DIR) / "frontend" / "node_modules" / "@expo-google-fonts" / "noto-sans"
FACES = {
    400: PACKAGE / "400Regular" / "NotoSans_400Regular.ttf",
    700: PACKAGE / "700Bold" / "NotoSans_700Bold.ttf",
}
FAMILY = "Tendik Certificate Sans"
KYRGYZ = "ҢңҮүӨө"
UNICODES = [
    *range(0x20, 0x7F),  # ASCII
    *range(0xA0, 0x180),  # Latin-1 and Latin Extended-A (names written abroad)
    *range(0x400, 0x530),  # Cyrillic and its supplement: Russian, Kyrgyz, Kazakh, Uzbek
    *range(0x2010, 0x2030),  # dashes, quotes, bullets, ellipsis
    0x2116,  # №
]


def font_cache_dir() -> Path:
    return Path(settings.CERTIFICATE_FONT_CACHE)


def _subset(source: Path, target: Path) -> None:
    options = subset.Options()
    options.hinting = False  # printed and viewed at high resolution: hints only add bytes
    options.layout_features = ["kern", "liga", "mark", "mkmk", "ccmp", "locl"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    font = TTFont(source)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=UNICODES)
    subsetter.subset(font)
    target.parent.mkdir(parents=True, exist_ok=True)
    # Written aside then renamed, so a process reading the cache never sees half a file.
    handle, temporary = tempfile.mkstemp(dir=target.parent, suffix=".part")
    os.close(handle)
    font.save(temporary)
    os.replace(temporary, target)


@cache
def font_files() -> dict[int, Path]:
    """The subset face for each weight, made on first use."""
    files = {}
    for weight, source in FACES.items():
        if not source.exists():
            raise ImproperlyConfigured(
                f"The certificate font {source} is missing: run `make install` "
                "(it installs frontend/package.json with npm)."
            )
        digest = hashlib.sha256(source.read_bytes() + repr(UNICODES).encode()).hexdigest()[:12]
        target = font_cache_dir() / f"{source.stem}-{digest}.ttf"
        if not target.exists():
            _subset(source, target)
        files[weight] = target
    return files


def font_face_css() -> str:
    return "\n".join(
        f'@font-face {{ font-family: "{FAMILY}"; font-weight: {weight}; '
        f"src: url({path.as_uri()}); }}"
        for weight, path in font_files().items()
    )


@cache
def _advances(weight: int) -> tuple[dict[int, int], int, int]:
    font = TTFont(font_files()[weight])
    metrics = font["hmtx"].metrics
    cmap = font.getBestCmap()
    widths = {code: metrics[name][0] for code, name in cmap.items()}
    return widths, font["head"].unitsPerEm, metrics[".notdef"][0]


def text_width_em(text: str, weight: int = 400) -> float:
    """The width of `text` set at 1 em, from the font's own advance widths (kerning aside)."""
    widths, units, fallback = _advances(weight)
    return sum(widths.get(ord(char), fallback) for char in text) / units

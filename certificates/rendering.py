"""Certificates as PDF/A-3b with WeasyPrint, built for speed.

What makes WeasyPrint slow on a one-page certificate is font subsetting (and reading a large
system font). So: the fonts are pre-subset once (core.fonts) and embedded whole
(`full_fonts`), and the font configuration, the stylesheet and decoded images are made once per
process and reused. A batch is laid out certificate by certificate and written as one PDF, so
the fonts and the background are embedded once for the whole batch."""

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe

from certificates import wording
from core import fonts
from core.pdf import font_config, qr_data_uri

PDF_OPTIONS = {"pdf_variant": "pdf/a-3b", "full_fonts": False, "optimize_images": False}
PAGE_SIZES_MM = {"A4": (210, 297), "A5": (148, 210), "letter": (216, 279)}
PLACEHOLDER = re.compile(r"\{(\w*)\}")
NAME_MAX_PT, NAME_MIN_PT = 34.0, 14.0
MARGIN_MM = 29  # the frame (7 mm) and the sheet padding (22 mm)


class RenderError(Exception):
    """A certificate that cannot be rendered as its template says (a missing image…)."""


@dataclass(frozen=True)
class SignatoryLayout:
    """A signatory as the PDF prints her (the model certificates.models.Signatory, read)."""

    name: str
    position: str
    signature: Path | None = None


@dataclass(frozen=True)
class Layout:
    """What a certificate template says, in one language."""

    language: str
    title: str
    body: str
    page_size: str = "A4"
    orientation: str = "landscape"
    background: Path | None = None
    logos: tuple[Path, ...] = ()
    signatories: tuple[SignatoryLayout, ...] = field(default_factory=tuple)

    @property
    def width_mm(self) -> float:
        short, long = PAGE_SIZES_MM[self.page_size]
        return long if self.orientation == "landscape" else short

    @property
    def height_mm(self) -> float:
        short, long = PAGE_SIZES_MM[self.page_size]
        return short if self.orientation == "landscape" else long

    def images(self) -> list[Path]:
        signatures = [person.signature for person in self.signatories if person.signature]
        return [path for path in [self.background, *self.logos, *signatures] if path]


@dataclass(frozen=True)
class Holder:
    """What one certificate says about its holder, already in the certificate's language."""

    name: str
    course: str
    hours: str
    date: str
    code: str
    url: str
    kind: str = wording.COURSE
    gender: str = ""
    # A face-to-face training's: where it was held, and, for a participant without an account,
    # the claim code with which she signs up and takes the certificate into her account.
    place: str = ""
    claim_code: str = ""
    site: str = ""
    # A programme's: the items it rests on, as (title, hours with their unit), in order.
    items: tuple[tuple[str, str], ...] = ()

    def values(self) -> dict[str, str]:
        return {
            "name": self.name,
            "course": self.course,
            "hours": self.hours,
            "date": self.date,
            "code": self.code,
            "place": self.place,
        }


def name_size_pt(name: str, layout: Layout) -> tuple[float, bool]:
    """The largest type, up to NAME_MAX_PT, at which the name fits on one line; a name too
    long even at NAME_MIN_PT wraps at that size instead (never cut, never overflowing)."""
    available_pt = (layout.width_mm - 2 * MARGIN_MM) * 72 / 25.4 * 0.96
    width = fonts.text_width_em(name, weight=700) or 1
    size = min(NAME_MAX_PT, available_pt / width)
    if size < NAME_MIN_PT:
        return NAME_MIN_PT, True
    return round(size, 1), False


TEXT_PT, ITEM_MAX_PT, ITEM_MIN_PT, ITEM_LINE = 15.0, 11.0, 7.5, 1.25
PT_MM = 25.4 / 72


def _lines(text: str, size_pt: float, width_mm: float, weight: int = 400) -> int:
    """How many lines `text` takes at `size_pt` in a box `width_mm` wide (an estimate from the
    font's advance widths, a little generous: words do not break where the width ends)."""
    width_pt = fonts.text_width_em(text, weight=weight) * size_pt * 1.08
    return max(1, -int(-width_pt // (width_mm / PT_MM)))


def items_layout(layout: Layout, holder: Holder, paragraphs: list[dict]) -> dict | None:
    """How a programme's items are set: the largest type, down to ITEM_MIN_PT, at which they
    fit between the text and the signatures (one column up to three items, two beyond); so
    many that they would not fit even then: on a page of their own after the certificate, as
    large as fits there, flowing on to another page rather than ever overprinting."""
    if not holder.items:
        return None
    text_mm = layout.width_mm - 14 - 2 * 22
    used = 16 + (20 if layout.logos else 0) + 30 * PT_MM * 1.2 + 5  # padding, logos, title
    for paragraph in paragraphs:
        if paragraph.get("name"):
            used += paragraph["size"] * 1.2 * PT_MM * (2 if paragraph["wraps"] else 1) + 6
        else:
            # Measured as it reads: its tags (<b>) take no room on the page.
            text = strip_tags(str(paragraph["html"]))
            used += _lines(text, TEXT_PT, text_mm) * TEXT_PT * 1.35 * PT_MM + 2
    if holder.claim_code:
        used += 16
    # The signatures' boxes (a signature image and two lines) or, without them, the QR code.
    bottom = 38 + 30 if layout.signatories else 36
    columns = 1 if len(holder.items) <= 3 else 2
    size = _fitting_size(holder.items, text_mm, columns, layout.height_mm - 14 - used - bottom - 3)
    if size is not None:
        return {"size": size, "columns": columns, "own_page": False}
    # Its own page: a heading, her name, the list, the code under it.
    size = _fitting_size(holder.items, text_mm, 2, layout.height_mm - 14 - 16 - 40)
    return {"size": size or ITEM_MIN_PT, "columns": 2, "own_page": True}


def _fitting_size(items, text_mm: float, columns: int, available_mm: float) -> float | None:
    column_mm = (text_mm - (columns - 1) * 8) / columns
    size = ITEM_MAX_PT
    while size >= ITEM_MIN_PT:
        lines = [_lines(f"{title} — {hours}", size, column_mm - 6) for title, hours in items]
        # Columns are balanced by lines, an item never split: the longer column counts.
        per_column = _longest_column(lines, columns)
        if per_column * size * ITEM_LINE * PT_MM + len(items) * 0.6 / columns <= available_mm:
            return size
        size -= 0.5
    return None


def _longest_column(lines: list[int], columns: int) -> int:
    """The lines of the longer column, once balanced: an item is never split across two, so a
    column holds at least its longest item, and one more line for the uneven split."""
    if columns == 1:
        return sum(lines)
    return max(-(-sum(lines) // columns) + 1, max(lines))


def _paragraphs(layout: Layout, holder: Holder) -> list[dict]:
    """The body's lines; a line that is only `{name}` is the holder's name, set large."""
    values = holder.values()
    paragraphs = []
    for line in layout.body.splitlines():
        line = line.strip().replace(
            "{achievement}", wording.achievement(holder.kind, holder.gender)
        )
        if not line:
            continue
        if line == "{name}":
            size, wraps = name_size_pt(holder.name, layout)
            paragraphs.append({"name": holder.name, "size": size, "wraps": wraps})
            continue
        parts = PLACEHOLDER.split(line)
        for i in range(1, len(parts) - 1, 2):
            # "8 декабря 2026 г." at the end of a sentence: one full stop, not two.
            if values.get(parts[i], "").endswith(".") and parts[i + 1].startswith("."):
                parts[i + 1] = parts[i + 1][1:]
            # The hours keep their unit on their line ("1,5 ч.", "12 саат").
            if parts[i] == "hours" and parts[i + 1].startswith(" "):
                parts[i + 1] = "\u00a0" + parts[i + 1][1:]
        html = "".join(
            escape(part) if i % 2 == 0 else _value_html(part, values.get(part, ""))
            for i, part in enumerate(parts)
        )
        paragraphs.append({"html": mark_safe(html)})  # noqa: S308  (every part is escaped)
    return paragraphs


def _value_html(placeholder: str, value: str) -> str:
    # A date is never broken across lines ("8-" on one, "декабрь 2026-ж." on the next).
    css_class = ' class="keep"' if placeholder == "date" else ""
    return f"<b{css_class}>{escape(value)}</b>"


def css_mm(value: float) -> str:
    """A length for CSS, never localised (CSS reads 35,8mm as invalid and ignores it)."""
    return f"{value:.1f}mm"


def certificate_html(layout: Layout, holder: Holder) -> str:
    missing = [path for path in layout.images() if not path.exists()]
    if missing:
        raise RenderError(f"image file missing: {', '.join(str(path) for path in missing)}")
    with translation.override(layout.language):
        paragraphs = _paragraphs(layout, holder)
        return render_to_string(
            "certificates/pdf/certificate.html",
            {
                "layout": layout,
                "holder": holder,
                "paragraphs": paragraphs,
                "items": items_layout(layout, holder, paragraphs),
                "qr": qr_data_uri(holder.url),
                "background_uri": layout.background.as_uri() if layout.background else "",
                "logo_uris": [path.as_uri() for path in layout.logos],
                "signatories": [
                    {
                        "name": person.name,
                        "position": person.position,
                        "signature_uri": person.signature.as_uri() if person.signature else "",
                        # Spread evenly across the page; absolute boxes lay out cheaply.
                        "left": css_mm(
                            (layout.width_mm - 14) * (2 * i + 1) / (2 * len(layout.signatories))
                            - 35
                        ),
                    }
                    for i, person in enumerate(layout.signatories)
                ],
            },
        )


@cache
def _stylesheet():
    from weasyprint import CSS

    source = Path(__file__).parent / "templates" / "certificates" / "pdf" / "certificate.css"
    return CSS(
        string=fonts.font_face_css() + source.read_text(encoding="utf-8"),
        font_config=font_config(),
    )


# Decoded images, shared by every certificate this process renders (a cohort shares one
# background, logos and signatures).
_image_cache: dict = {}


# WeasyPrint's user-agent stylesheet styles all of HTML; matching every element of every
# certificate against it is a good part of the time. The certificate's HTML is ours and uses a
# handful of elements, so this is all the user agent needs to say.
USER_AGENT_CSS = """
html, body, div, p, h1, h2, ol { display: block }
li { display: list-item }
head, style, title, meta { display: none }
h1, h2, b { font-weight: bold }
br::before { content: "\\A"; white-space: pre-line }
"""


@cache
def _html_class():
    from weasyprint import CSS, HTML

    user_agent = CSS(string=USER_AGENT_CSS)

    class CertificateHTML(HTML):
        def _ua_stylesheets(self, forms=False):
            return [user_agent]

    return CertificateHTML


def _layout_document(html: str):
    return _html_class()(string=html, base_url=str(settings.BASE_DIR)).render(
        font_config=font_config(),
        stylesheets=[_stylesheet()],
        cache=_image_cache,
        **PDF_OPTIONS,
    )


def render_pdf(
    certificates: list[tuple[Layout, Holder]],
    *,
    compress: bool = True,
    title: str = "",
    rendered: Callable[[int], None] | None = None,
    attachments: tuple[dict, ...] | list[dict] = (),
) -> bytes:
    """One PDF, one page per certificate, in the order given; `title` names a batch (else the
    PDF takes its first certificate's); `rendered(n)` is told after each certificate is laid
    out, n of them so far.

    `compress=False` leaves out WeasyPrint's object-stream compression, which is pure Python
    and costs about 3 ms a PDF, a tenth of a certificate's time, to save some 18 KB: worth it
    for a learner's own certificate, not for a cohort's thousand pages.

    `attachments` (certificates.signals.certificate_attachments) are embedded as PDF/A-3
    associated files: the signed credential travels inside the holder's PDF."""
    if not certificates:
        raise RenderError("nothing to render")
    # Emptied only between PDFs: pages laid out for this one refer to its entries until written.
    if len(_image_cache) > 500:
        _image_cache.clear()
    documents = []
    for item in certificates:
        documents.append(_layout_document(certificate_html(*item)))
        if rendered is not None:
            rendered(len(documents))
    first = documents[0]
    if len(documents) > 1:
        first = first.copy([page for document in documents for page in document.pages])
    if title:
        first.metadata.title = title  # WeasyPrint writes it to the info and the XMP metadata
    from weasyprint import Attachment

    files = [
        Attachment(
            string=item["content"],
            name=item["name"],
            description=item.get("description", ""),
            relationship=item.get("relationship", "Data"),
        )
        for item in attachments
    ]
    return first.write_pdf(**PDF_OPTIONS, uncompressed_pdf=not compress, attachments=files)


def warm_up() -> None:
    """Load WeasyPrint, the fonts and the stylesheet now rather than in a learner's first
    certificate (about a second and a half)."""
    _html_class()
    _stylesheet()

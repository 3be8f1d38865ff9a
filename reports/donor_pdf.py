"""The donor report as a PDF (WeasyPrint): a title, the period, the filters it was made with, the
suppression note, then a section per table, each with its chart (an SVG drawn by the charts'
library) and the table behind it. In Kyrgyz, Russian or English, with the project's own fonts
(core.fonts, which hold Ң ң Ү ү Ө ө) and the font configuration shared by every PDF of ours
(core.pdf).

Everything it prints is given to it already counted and suppressed (core.suppression): it only
lays out text. It fetches nothing from the network: only the fonts' files and the charts, which
are embedded as data."""

import base64
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from django.template.loader import render_to_string
from django.utils import formats, timezone, translation

from core import fonts
from core.pdf import font_config

STYLESHEET = Path(__file__).parent / "templates" / "reports" / "donor_pdf.css"
# A table wider than this many columns is set in smaller type, so that it fits A4's width.
WIDE_TABLE = 7
SVG_OPEN = re.compile(r"<svg\b[^>]*>", re.IGNORECASE)
SVG_DATA = "data:image/svg+xml;base64,"


@dataclass
class Section:
    """One table of the report, with the chart drawn from it (or None): the SVG's text, or a
    data URI of it as the pages show charts. `header` and `rows` are text exactly as a screen
    shows it ("<5", "×" included): the PDF adds nothing."""

    title: str
    description: str = ""
    svg: str | None = None
    header: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)


def chart_uri(svg: str) -> str:
    """The chart as a data URI image, its text set in the project's font: a chart drawn for the
    screen names fonts this machine may not have (and without Kyrgyz letters), so a rule that
    overrides them is put first inside the drawing."""
    if svg.startswith(SVG_DATA):
        svg = base64.b64decode(svg.removeprefix(SVG_DATA)).decode("utf-8")
    rule = f'<style>text, tspan {{ font-family: "{fonts.FAMILY}" !important; }}</style>'
    svg = SVG_OPEN.sub(lambda match: match.group(0) + rule, svg.strip(), count=1)
    return SVG_DATA + base64.b64encode(svg.encode("utf-8")).decode("ascii")


def donor_pdf_html(
    *,
    title: str,
    period_label: str,
    filters: list[tuple[str, str]],
    sections: list[Section],
    suppression_note: str,
    language: str,
) -> str:
    with translation.override(language):
        return render_to_string(
            "reports/donor_pdf.html",
            {
                "language": language,
                "title": title,
                "period_label": period_label,
                "filters": filters,
                "suppression_note": suppression_note,
                "prepared_on": formats.date_format(timezone.localdate(), "DATE_FORMAT"),
                "sections": [
                    {
                        "section": section,
                        "chart": chart_uri(section.svg) if section.svg else "",
                        "wide": len(section.header) > WIDE_TABLE,
                    }
                    for section in sections
                ],
            },
        )


@cache
def _url_fetcher():
    from weasyprint.urls import URLFetcher

    # The fonts are files; the charts are data URIs. Nothing else is fetched.
    return URLFetcher(allowed_protocols={"file", "data"})


@cache
def _stylesheet():
    from weasyprint import CSS

    return CSS(
        string=fonts.font_face_css() + STYLESHEET.read_text(encoding="utf-8"),
        font_config=font_config(),
        url_fetcher=_url_fetcher(),
    )


def render_donor_pdf(
    *,
    title: str,
    period_label: str,
    filters: list[tuple[str, str]],
    sections: list[Section],
    suppression_note: str,
    language: str,
) -> bytes:
    """The report as PDF bytes, in `language` (ky, ru or en), which is active while it is
    written (labels, the date it was prepared on). `filters` are (label, value) pairs as the
    reader reads them, e.g. ("Oblast", "Нарын облусу")."""
    from weasyprint import HTML

    html = donor_pdf_html(
        title=title,
        period_label=period_label,
        filters=filters,
        sections=sections,
        suppression_note=suppression_note,
        language=language,
    )
    document = HTML(string=html, base_url=str(STYLESHEET.parent), url_fetcher=_url_fetcher())
    rendered = document.render(font_config=font_config(), stylesheets=[_stylesheet()])
    return rendered.write_pdf()

"""Charts drawn on the server as SVG by pygal, shown as images (the site's pages allow no
inline style or script; an SVG image runs none). Each chart comes with its title, a sentence
describing it and the table behind it (reports/includes/chart.html); its words are in the
page's language, as the labels given are. A hidden count (core.suppression) is a gap."""

import base64
from dataclasses import dataclass

import pygal
from django.utils.translation import gettext as _
from pygal.style import Style

from core.suppression import Cell

STYLE = Style(
    background="white",
    plot_background="white",
    foreground="#222",
    foreground_strong="#111",
    foreground_subtle="#666",
    colors=("#6a1b9a", "#00796b", "#c62828", "#1565c0", "#ef6c00"),
    font_family="sans-serif",
    label_font_size=13,
    major_label_font_size=13,
    value_font_size=12,
    title_font_size=16,
    no_data_font_size=18,
)


@dataclass
class Chart:
    title: str
    description: str
    src: str  # a data: URL of the SVG
    header: list[str]
    rows: list[list[str]]


def _config(title: str, **options) -> dict:
    return {
        "title": title,
        "style": STYLE,
        "js": [],  # no script: the page loads none, and an image would run none
        "disable_xml_declaration": True,
        "show_legend": False,
        "no_data_text": _("Nothing to show"),
        "width": 640,
        "height": 360,
        "print_values": True,
        "print_zeroes": False,
        "x_label_rotation": 0,
        "truncate_label": -1,
        **options,
    }


def _src(chart) -> str:
    svg = chart.render(is_unicode=True).encode("utf-8")
    return "data:image/svg+xml;base64," + base64.b64encode(svg).decode("ascii")


def bars(title: str, description: str, lines: list[tuple[str, Cell]], *, value: str) -> Chart:
    """One bar a line (horizontal, for long names such as oblasts); a hidden count is none."""
    chart = pygal.HorizontalBar(**_config(title))
    chart.x_labels = [label for label, _n in lines]
    chart.add(value, [cell.shown for _label, cell in lines])
    return Chart(title, description, _src(chart), ["", value], _rows(lines))


def line(title: str, description: str, points: list[tuple[str, Cell]], *, value: str) -> Chart:
    chart = pygal.Line(**_config(title, allow_interruptions=True, x_label_rotation=30))
    chart.x_labels = [label for label, _n in points]
    chart.add(value, [cell.shown for _label, cell in points])
    return Chart(title, description, _src(chart), [_("Month"), value], _rows(points))


def _rows(lines) -> list[list[str]]:
    return [[label, str(cell)] for label, cell in lines]

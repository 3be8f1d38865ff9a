"""The dashboard as the donor report PDF: the sections are made from the very Dashboard the page
shows (reports.selectors.dashboard), never counted again: the tiles as a small table, the
table, each chart with its description and the table behind it, the cascade's table. The
filters are printed as the reader picked them."""

import datetime

from django.utils import formats
from django.utils.translation import gettext as _

from core.suppression import rounding_note
from reports.donor_pdf import Section
from reports.forms import FILTERS, LAYOUT, ReportFilter
from reports.selectors import REFUSED_NOTE, TOTALS_ONLY_NOTE, Dashboard, tile_lines


def tiles_section(board: Dashboard) -> Section:
    description = str(TOTALS_ONLY_NOTE) if board.totals_only else ""
    return Section(
        _("At a glance"),
        description=description,
        header=[_("Counted"), _("Number")],
        rows=tile_lines(board.tiles),
    )


def table_section(board: Dashboard) -> Section | None:
    table = board.table
    if table is None:
        return None
    if table.not_concerned:
        return Section(table.title, description=_("The filters do not concern this count."))
    header, rows = table.flat()
    notes = []
    if table.refused:
        notes.append(_("Fewer than 5 people: only the total is given."))
    if table.withheld:
        notes.append(
            _(
                "Sensitive target groups are counted only as their own total: not beside "
                "another dimension, and not when the people are picked by oblast."
            )
        )
    return Section(table.title, description=" ".join(notes), header=header, rows=rows)


def cascade_section(board: Dashboard) -> Section | None:
    cascade = board.cascade
    if cascade is None:
        return None
    rows = [
        [
            str(generation.number),
            str(generation.trainers),
            str(generation.sessions),
            str(generation.reached) if generation.reached else "—",
        ]
        for generation in cascade.generations
    ]
    rows.append(
        [_("Total"), str(cascade.trainers_in_table), str(cascade.sessions), str(cascade.reached)]
    )
    return Section(
        _("Trainers, sessions held and people reached, by generation"),
        description=board.cascade_note,
        header=[_("Generation"), _("Trainers"), _("Sessions held"), _("People reached")],
        rows=rows,
    )


def dashboard_sections(board: Dashboard) -> list[Section]:
    if board.refused:
        return [
            Section(
                _("Reports"),
                description=str(REFUSED_NOTE),
            )
        ]
    sections = [tiles_section(board), table_section(board)]
    sections += [
        Section(
            chart.title,
            description=chart.description,
            svg=chart.src,
            header=[str(label) for label in chart.header],
            rows=chart.rows,
        )
        for chart in board.charts or []
    ]
    sections.append(cascade_section(board))
    return [section for section in sections if section is not None]


def _flat_choices(choices) -> dict[str, str]:
    found = {}
    for value, label in choices:
        if isinstance(label, (list, tuple)):  # a group of choices
            found.update(_flat_choices(label))
        else:
            found[str(value)] = str(label)
    return found


def dashboard_filters(form: ReportFilter) -> list[tuple[str, str]]:
    """(label, value) of every filter given, and what the table is broken down by, as the
    reader reads them; the period is printed apart."""
    data = form.data_ok
    picked = []
    for name in (*FILTERS, *LAYOUT):
        if name in ("start", "end") or name not in form.fields:
            continue
        value = data.get(name)
        if not value:
            continue
        label = _flat_choices(form.fields[name].choices).get(str(value), str(value))
        picked.append((str(form.fields[name].label), label))
    return picked


def dashboard_period(form: ReportFilter) -> str:
    data = form.data_ok
    start, end = data.get("start"), data.get("end")
    if not start and not end:
        return _("Every date")

    def shown(day: datetime.date | None) -> str:
        return formats.date_format(day, "DATE_FORMAT") if day else "…"

    return f"{shown(start)} – {shown(end)}"


def dashboard_note() -> str:
    """The page's legend: the rounding, the marks, people and participations."""
    return " ".join(
        [
            rounding_note(),
            _(
                "“<5”: fewer than 5, none included; “×”: hidden so that totals cannot reveal a "
                "small count. “People” counts each person once; “participations” counts each "
                "enrolment, registration or session attended."
            ),
        ]
    )

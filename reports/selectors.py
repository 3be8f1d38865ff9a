"""The dashboard's reads: tiles, the table, the charts and the cascade, each a fixed number of
aggregate queries whatever the data (core.suppression before anything is shown)."""

import datetime
from dataclasses import dataclass

from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.suppression import Cell, column_cells, total_cell
from people.models import User
from reports import charts as drawing
from reports.dimensions import REGISTRY
from reports.indicators import INDICATORS, SOURCES, Indicator, Scope
from reports.rollup import (
    cascade_rows,
    counting,
    counts_by_month,
    oldest,
    sessions_count,
    totals,
)
from reports.tables import Table, population_refused, report_table
from trainings.cascade import Cascade, cascade_of

MAX_MONTHS = 36
REFUSED_NOTE = gettext_lazy(
    "Fewer than 5 people match these filters: the report is refused, as it would point at "
    "them. Widen the filters."
)
TOTALS_ONLY_NOTE = gettext_lazy(
    "A sensitive target group is counted in totals only, never broken down."
)


@dataclass
class Tile:
    label: str
    kind: str  # people or participations
    cell: Cell | None  # None: a count of sessions, not of people
    number: int | None = None


@dataclass
class Dashboard:
    tiles: list[Tile]
    refused: bool
    table: Table | None = None
    charts: list[drawing.Chart] | None = None
    cascade: Cascade | None = None
    counted_at: datetime.datetime | None = None  # the oldest of its counts (reports.rollup)
    # Filtered by a sensitive target group: the tiles only, nothing broken down or charted.
    totals_only: bool = False
    cascade_note: str = ""  # the period its counts cover (cascade_note)


def tile_lines(tiles: list[Tile]) -> list[list[str]]:
    """The tiles as a table's lines (the PDF, a file): what each counts, its number as shown."""
    return [
        [
            f"{tile.label} ({tile.kind})",
            str(tile.cell) if tile.cell is not None else str(tile.number),
        ]
        for tile in tiles
    ]


def tiles_of(scope: Scope) -> tuple[list[Tile], dict]:
    found = totals(scope)
    tiles = [
        Tile(str(indicator.label), indicator.kind, total_cell(found[key]))
        for key, indicator in INDICATORS.items()
        if key in found
    ]
    held = sessions_count(scope)
    if held is not None:
        tiles.append(Tile(_("Face-to-face sessions held"), _("sessions"), None, held))
    return tiles, found


def _months(scope: Scope, found: dict) -> list[datetime.date]:
    """Every month of the period (else of the counts), at most MAX_MONTHS, the latest kept."""
    today = timezone.localdate()
    first = scope.start or (min(found) if found else today)
    last = scope.end or (max(found) if found else today)
    months = []
    month = first.replace(day=1)
    while month <= last:
        months.append(month)
        month = (month + datetime.timedelta(days=32)).replace(day=1)
    return months[-MAX_MONTHS:]


def month_chart(indicator: Indicator, scope: Scope) -> drawing.Chart | None:
    found = counts_by_month(indicator, scope)
    if found is None:
        return None
    months = _months(scope, found)
    cells = column_cells([found.get(month, 0) for month in months])
    points = [
        (formats.date_format(month, "YEAR_MONTH_FORMAT"), cell)
        for month, cell in zip(months, cells, strict=True)
    ]
    title = _("%(indicator)s per month") % {"indicator": indicator.label}
    description = _(
        "A line of %(indicator)s (%(kind)s) in each month of the period; a gap is a count "
        "hidden to protect the few people in it."
    ) % {"indicator": indicator.label, "kind": indicator.kind}
    return drawing.line(title, description, points, value=str(indicator.label))


def oblast_chart(indicator: Indicator, scope: Scope, *, viewer) -> drawing.Chart | None:
    table = report_table(indicator, scope, REGISTRY["region"], None, viewer=viewer)
    if table.not_concerned or table.refused:
        return None
    title = _("%(indicator)s by oblast") % {"indicator": indicator.label}
    description = _(
        "A bar for each oblast, the length its %(indicator)s (%(kind)s); a missing bar is a "
        "count hidden to protect the few people in it."
    ) % {"indicator": indicator.label, "kind": indicator.kind}
    lines = [(label, cells[0]) for label, cells in table.lines]
    return drawing.bars(title, description, lines, value=str(indicator.label))


def table_chart(table: Table) -> drawing.Chart | None:
    """The main table's first dimension as bars (a crossed table: the lines' totals)."""
    if table.not_concerned or table.refused or not table.lines:
        return None
    title = _("%(indicator)s by %(dimension)s") % {
        "indicator": table.title,
        "dimension": table.rows_label.lower(),
    }
    description = _("A bar for each line of the table below, the length its total.")
    lines = [(label, cells[-1]) for label, cells in table.lines]
    return drawing.bars(title, description, lines, value=table.title)


def cascade_chart(cascade: Cascade) -> drawing.Chart:
    title = _("Cascade of %(name)s: people reached by generation") % {
        "name": cascade.master.full_name or cascade.master.email
    }
    description = _(
        "A bar for each generation of trainers (0: the master trainer, 1: those she trained, "
        "and so on), the length the people their sessions reached, each person once."
    )
    lines = [
        (
            _("Generation %(number)s") % {"number": generation.number},
            generation.reached or Cell(0, primary=True),
        )
        for generation in cascade.generations
    ]
    return drawing.bars(title, description, lines, value=_("People reached"))


def cascade_note(cascade: Cascade) -> str:
    """What the cascade's table counts: the report's period, not its other filters."""
    start, end = (
        formats.date_format(day, "DATE_FORMAT") if day else None
        for day in (cascade.start, cascade.end)
    )
    if start and end:
        return _(
            "The cascade counts the sessions its trainers held and the people they reached "
            "from %(start)s to %(end)s, whatever the other filters above."
        ) % {"start": start, "end": end}
    if start:
        return _(
            "The cascade counts the sessions its trainers held and the people they reached "
            "from %(start)s on, whatever the other filters above."
        ) % {"start": start}
    if end:
        return _(
            "The cascade counts the sessions its trainers held and the people they reached "
            "until %(end)s, whatever the other filters above."
        ) % {"end": end}
    return _(
        "The cascade counts every session its trainers held and the people they reached "
        "since the start, whatever the other filters above."
    )


def dashboard(
    *, scope: Scope, indicator: Indicator | None, rows, columns, master_id, viewer
) -> Dashboard:
    with counting() as times:
        board = _dashboard(scope, indicator, rows, columns, master_id, viewer)
    board.counted_at = oldest(times)
    return board


def _dashboard(scope, indicator, rows, columns, master_id, viewer) -> Dashboard:
    tiles, found = tiles_of(scope)
    if population_refused(found, scope):
        return Dashboard(tiles=[], refused=True)
    board = Dashboard(tiles=tiles, refused=False, charts=[], totals_only=scope.group_sensitive)
    # A sensitive target group is counted in totals only: no table, no chart crossed with it.
    concerned = indicator is not None and SOURCES[indicator.source].rows(scope) is not None
    if concerned and not board.totals_only:
        board.table = report_table(indicator, scope, rows, columns, viewer=viewer)
        for chart in (
            table_chart(board.table),
            month_chart(indicator, scope),
            oblast_chart(indicator, scope, viewer=viewer) if rows.key != "region" else None,
        ):
            if chart is not None:
                board.charts.append(chart)
    if master_id is not None:
        master = User.objects.filter(pk=master_id).first()
        if master is not None:
            # Over a period the cascade is counted from the attendance: kept in the rollup.
            # Without one it reads the stored reach, right the moment after every change.
            period = scope.start is not None or scope.end is not None
            rows = cascade_rows(master.pk, scope.start, scope.end) if period else None
            board.cascade = cascade_of(master, start=scope.start, end=scope.end, rows=rows)
            board.cascade_note = cascade_note(board.cascade)
            board.charts.append(cascade_chart(board.cascade))
    return board

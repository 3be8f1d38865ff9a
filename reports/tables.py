"""A report's tables: raw counts (reports.indicators) made into what may be shown, by
core.suppression's rules and nothing else.

- One dimension, or two crossed: a grid with its totals (`count_block`: "<5", complementary
  "×", every shown count rounded); a table whose population is under the threshold is refused
  (its total alone, "<5").
- Target groups overlap (a person in two is counted in each), so a table by target group has
  no total row: each group is its own line, suppressed along its line. A sensitive group is
  never crossed: with a second dimension, or when the people were picked by oblast, sensitive
  groups are left out (`withheld`); alone, each is its own total only.
- A table by target group has no "no target group" line: everyone minus the groups minus
  "none" would leave the sensitive groups' people.
- Filtered by a target group, a table by target group is that group's line alone (the others
  would be its overlaps; a sensitive one would be crossed). Filtered by a sensitive group,
  nothing is broken down at all (reports.selectors: the totals only)."""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from core.suppression import Block, Cell, count_block, suppress, too_few, total_cell
from people.counting import NOT_GIVEN
from people.selectors import groups_visible_to
from reports.dimensions import Dimension
from reports.indicators import INDICATORS, Indicator, Scope
from reports.rollup import counts_by


@dataclass
class Table:
    title: str
    rows_label: str
    columns: list[str]  # column labels, then the total's (a table by one dimension: one)
    lines: list[tuple[str, list[Cell]]] = field(default_factory=list)
    total: list[Cell] | None = None  # the total row; None for target groups (they overlap)
    withheld: bool = False  # sensitive groups left out: they would be crossed
    # A sensitive group's own total, in a table of its own: never beside another group.
    sensitive: list[tuple[str, Cell]] = field(default_factory=list)
    refused: bool = False  # fewer people than the threshold: the total alone
    not_concerned: bool = False  # the filters do not concern this indicator

    def flat(self) -> tuple[list[str], list[list[str]]]:
        """The table as rows for CSV and XLSX, exactly what the page shows."""
        header = [self.rows_label, *self.columns]
        rows = [[label, *map(str, cells)] for label, cells in self.lines]
        if self.total is not None:
            if self.refused:
                rows.append([_("Total"), *[""] * (len(self.columns) - 1), str(self.total[-1])])
            else:
                rows.append([_("Total"), *map(str, self.total)])
        if self.sensitive:
            rows += [[], [_("Sensitive target groups")]]
            rows += [[name, str(cell)] for name, cell in self.sensitive]
        return [str(h) for h in header], [[str(c) for c in row] for row in rows]

    @property
    def shown(self) -> list[tuple[str, int | None]]:
        """Each line's total as shown (None: hidden): what a chart draws."""
        return [(label, cells[-1].shown) for label, cells in self.lines]


def _values(dimension: Dimension, viewer) -> list[tuple[str, str]]:
    return [(str(value), str(label)) for value, label in dimension.values(viewer)]


def _keyed(counts, dimensions, viewer):
    """Raw values mapped onto each dimension's listed values (the rest: "Not given")."""
    known = [{value for value, _label in _values(d, viewer)} for d in dimensions]
    mapped: dict = {}
    for key, number in counts.items():
        key = tuple(d.normalise(v, k) for d, v, k in zip(dimensions, key, known, strict=True))
        mapped[key] = mapped.get(key, 0) + number
    return mapped


def report_table(
    indicator: Indicator, scope: Scope, rows: Dimension, columns: Dimension | None, *, viewer
) -> Table:
    """The indicator by `rows` (× `columns`): two queries at most (the counts, and the target
    groups the viewer may see when a dimension is target group)."""
    if columns is not None and columns.groups and not rows.groups:
        rows, columns = columns, rows  # target groups go down the side
    if columns is not None and columns.key == rows.key:
        columns = None
    title = str(indicator.label)
    dimensions = [rows] if columns is None else [rows, columns]
    counts = counts_by(indicator, scope, dimensions)
    column_values = _values(columns, viewer) if columns else [(NOT_GIVEN, str(indicator.kind))]
    labels = [label for _value, label in column_values]
    table = Table(title, str(rows.label), [*labels, _("Total")] if columns else labels)
    if counts is None:
        table.not_concerned = True
        return table
    mapped = _keyed(counts, dimensions, viewer)
    if columns is None:
        mapped = {(key[0], NOT_GIVEN): n for key, n in mapped.items()}
    if rows.groups:
        return _groups_table(
            table,
            mapped,
            column_values,
            crossed=columns is not None,
            picked=bool(scope.region),
            viewer=viewer,
            only=scope.group_id,
        )
    row_values = _values(rows, viewer)
    block: Block = count_block(title, mapped, rows=row_values, columns=column_values)
    if columns is None:
        # One column: the row total would repeat it.
        block.rows = [(label, cells[:1]) for label, cells in block.rows]
        block.total = block.total[:1]
    table.total = block.total
    if block.small:
        table.refused = True
        return table
    table.lines = block.rows
    return table


def _groups_table(
    table: Table, mapped, column_values, *, crossed: bool, picked: bool, viewer, only=None
):
    shown = []
    for group in groups_visible_to(viewer):
        if only is not None and group.pk != only:
            continue  # filtered by a group: its line alone
        if group.is_sensitive and (crossed or picked):
            table.withheld = True
            continue
        shown.append(group)
    for group in shown:
        counts = [mapped.get((str(group.pk), value), 0) for value, _label in column_values]
        if group.is_sensitive:
            # Its own total, in a table of its own.
            table.sensitive.append((str(group.name), total_cell(sum(counts))))
            continue
        if not crossed:
            table.lines.append((str(group.name), [total_cell(sum(counts))]))
            continue
        line = suppress([counts])[0]  # the line's cells and its total, suppressed along it
        # Under the threshold in all: its total alone ("<5").
        table.lines.append((str(group.name), line[-1:] if line[-1].primary else line))
    if crossed:
        # A group's line under the threshold has its total only: the others are left blank.
        width = len(column_values) + 1
        table.lines = [
            (label, cells if len(cells) == width else [*[_blank()] * (width - 1), cells[-1]])
            for label, cells in table.lines
        ]
    return table


class _Blank(Cell):
    def __str__(self) -> str:
        return ""

    @property
    def shown(self):
        return None


def _blank() -> Cell:
    return _Blank(0, complementary=True)


def population_refused(totals: dict, scope: Scope) -> bool:
    """A report filtered down to fewer people than the threshold (each of its "people"
    indicators under it) is refused altogether: beside the same report unfiltered it would
    tell who the few are."""
    filtered = bool(
        scope.activity or scope.region or scope.group_id is not None or scope.start or scope.end
    )
    people = [n for key, n in totals.items() if key in PEOPLE_KEYS]
    return filtered and bool(people) and all(too_few(n) for n in people)


PEOPLE_KEYS = {key for key, indicator in INDICATORS.items() if indicator.people}

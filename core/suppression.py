"""Count tables, the one way: every count of people that reaches a screen or a file is built
here, from one row per person, so the rules below hold everywhere.

- A count under the threshold could point at a person, so it shows "<5"; so does 0, or "<5"
  beside "0" would tell that somebody is there.
- Hiding is not enough when totals are shown: subtraction would give the hidden cell away. In
  every line of a grid (each row and column, totals included) a hidden cell gets at least one
  hidden companion ("×"), and where the total is shown the hidden cells together hold at least
  the threshold (else "total minus the shown cells" says they are all 0, or how few): this
  complementary suppression hides the smallest visible count of such a line, repeated until no
  line gives anything away.
- A sensitive target group (survivors, say) is never crossed with region, gender or another
  group: it is shown only as its own total, and not at all when the people were already picked
  by region, gender or another target group (the total would be that crossing).
- People picked by a sensitive group give only that group's total.
- The table's shape never depends on who is counted: every region and gender is a line, every
  group the viewer may see is listed, and a block whose total is under the threshold is that
  total alone (all its cells would read "<5" anyway). No "no target group" block: all people
  minus the groups minus "none" would leave the sensitive groups' people.
- Against differencing (two tables whose filters differ by a few people, subtracted to find
  them): every count shown is rounded to the nearest multiple of SUPPRESSION_ROUND_TO (5, as
  ONS publishes), so one person more or less moves a shown count by 0 or 5, never by one; and
  a report refuses a filter whose population is under the threshold (`too_few`). Both are
  stated under every table (`rounding_note`).

The threshold (SUPPRESSION_THRESHOLD) and the rounding base (SUPPRESSION_ROUND_TO, 1: none) are
settings, read when a table is made."""

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.conf import settings
from django.utils.translation import gettext

THRESHOLD = 5  # the default of settings.SUPPRESSION_THRESHOLD
HIDDEN = f"<{THRESHOLD}"
COMPANION = "×"


def threshold() -> int:
    return int(getattr(settings, "SUPPRESSION_THRESHOLD", THRESHOLD))


def round_to() -> int:
    return max(1, int(getattr(settings, "SUPPRESSION_ROUND_TO", 5)))


def hidden_text() -> str:
    return f"<{threshold()}"


def published(value: int) -> int:
    """A visible count as it is shown: to the nearest multiple of the rounding base (halves up),
    never below the threshold (a shown 0 would contradict "<5")."""
    base = round_to()
    return max((value + base // 2) // base * base, min(threshold(), base))


def too_few(population: int) -> bool:
    """A report over fewer people than the threshold is refused: its every count would point
    at somebody, and beside a wider report it would tell who was left out."""
    return population < threshold()


@dataclass
class Cell:
    value: int
    primary: bool = False  # under the threshold (0 included)
    complementary: bool = False  # hidden to protect another cell

    @property
    def hidden(self) -> bool:
        return self.primary or self.complementary

    @property
    def shown(self) -> int | None:
        """The number shown (rounded), None when hidden: what a chart draws."""
        return None if self.hidden else published(self.value)

    def __str__(self) -> str:
        if self.primary:
            return hidden_text()
        if self.complementary:
            return COMPANION
        return str(published(self.value))


def total_cell(value: int) -> Cell:
    return Cell(value, primary=value < threshold())


def column_cells(counts: list[int]) -> list[Cell]:
    """Counts that are one column of a table with a total (the total left out): each under the
    threshold hidden, and with it as many others as the total would otherwise give away."""
    if not counts:
        return []
    return [row[0] for row in suppress([[n] for n in counts])[:-1]]


def suppress(grid: list[list[int]]) -> list[list[Cell]]:
    """`grid` is a table of counts without totals; the result has a total column at the right
    and a total row at the bottom, every entry a Cell."""
    rows = [[*row, sum(row)] for row in grid]
    width = len(rows[0]) if rows else 1
    rows.append([sum(row[c] for row in rows) for c in range(width)])
    cells = [[total_cell(value) for value in row] for row in rows]
    lines = [list(row) for row in cells] + [[row[c] for row in cells] for c in range(width)]
    changed = True
    while changed:
        changed = False
        for line in lines:
            if _gives_away(line):
                # The smallest count hides the least; the line's total (last) only as a last
                # resort. Every visible cell is at least the threshold.
                candidates = [cell for cell in line[:-1] if not cell.hidden] or [line[-1]]
                min(candidates, key=lambda cell: cell.value).complementary = True
                changed = True
    return cells


def _gives_away(line: list[Cell]) -> bool:
    """With the total shown, the hidden cells' sum is the total minus the shown ones: one hidden
    cell would be known, and a sum under the threshold would say "these are all 0" or "somebody
    is among these few". With the total hidden, one hidden cell alone is known from the rest."""
    *body, total = line
    hidden = [cell for cell in body if cell.hidden]
    if total.hidden:
        return not hidden
    return bool(hidden) and (len(hidden) == 1 or sum(cell.value for cell in hidden) < threshold())


@dataclass(frozen=True)
class Counted:
    """One person (or certificate) to count. `region` and `gender` are among the values of the
    dimensions given to count_table (people.counting maps a profile onto them)."""

    region: str
    gender: str
    groups: frozenset = frozenset()  # target group pks


@dataclass
class Block:
    title: str
    rows: list[tuple[str, list[Cell]]]  # region label, a cell per gender then the row total
    total: list[Cell]  # per gender then the whole total; only the whole one when `small`
    small: bool = False  # under the threshold: the total alone


@dataclass
class CountTable:
    columns: list[str]  # gender labels
    blocks: list[Block] = field(default_factory=list)
    sensitive: list[tuple[str, Cell]] = field(default_factory=list)  # group name, its total
    withheld: bool = False  # sensitive groups left out: the selection would cross them

    @property
    def rounding(self) -> str:
        return rounding_note()

    def flat(self, labels) -> tuple[list[str], list[list[str]]]:
        """The table as rows for CSV and XLSX, exactly what the page shows. `labels` gives the
        translated headings: group, region, total."""
        header = [labels["group"], labels["region"], *self.columns, labels["total"]]
        blank = [""] * len(self.columns)
        rows = []
        for block in self.blocks:
            if block.small:
                rows.append([block.title, labels["total"], *blank, str(block.total[-1])])
                continue
            for label, cells in block.rows:
                rows.append([block.title, label, *map(str, cells)])
            rows.append([block.title, labels["total"], *map(str, block.total)])
        rows += [[name, "", *blank, str(cell)] for name, cell in self.sensitive]
        return [str(h) for h in header], [[str(c) for c in row] for row in rows]


def count_block(title, counts, *, rows: list[tuple[str, str]], columns: list[tuple[str, str]]):
    """One block of a table: `counts` maps (row value, column value) to a number of people, the
    rows and columns are (value, label) and always all listed. Under the threshold in all, the
    block is its total alone."""
    grid = [[counts.get((row, column), 0) for column, _c in columns] for row, _r in rows]
    cells = suppress(grid)
    if cells[-1][-1].primary:
        return Block(str(title), [], [cells[-1][-1]], small=True)
    labels = [str(label) for _value, label in rows]
    return Block(str(title), list(zip(labels, cells[:-1], strict=True)), cells[-1])


def count_table(
    people: Iterable[Counted],
    *,
    groups,
    regions: list[tuple[str, str]],
    genders: list[tuple[str, str]],
    everyone: str,
    picked_by_group=None,
    picked_by_profile: bool = False,
) -> CountTable:
    """The displayed table of `people`: everyone, then each target group of `groups` (those the
    viewer may see: objects with pk, name, is_sensitive), by region (`regions`) × gender
    (`genders`). `picked_by_group` is the target group the people were selected by, if any;
    `picked_by_profile` says they were selected by region or gender."""
    counts: Counter = Counter()
    for person in people:
        counts[(None, person.region, person.gender)] += 1
        for group in person.groups:
            counts[(group, person.region, person.gender)] += 1
    return count_table_of(
        counts,
        groups=groups,
        regions=regions,
        genders=genders,
        everyone=everyone,
        picked_by_group=picked_by_group,
        picked_by_profile=picked_by_profile,
    )


def count_table_of(
    counts,
    *,
    groups,
    regions: list[tuple[str, str]],
    genders: list[tuple[str, str]],
    everyone: str,
    picked_by_group=None,
    picked_by_profile: bool = False,
) -> CountTable:
    """count_table from counts already made (by the database): `counts` maps (None, region,
    gender) to the number of people and (target group pk, region, gender) to the number of the
    group's members, each person once in each."""
    table = CountTable(columns=[str(label) for _value, label in genders])

    def of(key) -> dict:
        return {(r, g): n for (k, r, g), n in counts.items() if k == key}

    if picked_by_group is not None and picked_by_group.is_sensitive:
        if picked_by_profile:
            table.withheld = True
        else:
            total = sum(of(None).values())
            table.sensitive = [(str(picked_by_group.name), total_cell(total))]
        return table

    def block(title, key) -> Block:
        return count_block(title, of(key), rows=regions, columns=genders)

    table.blocks.append(block(everyone, None))
    crossed = picked_by_group is not None or picked_by_profile
    for group in groups:
        if not group.is_sensitive:
            table.blocks.append(block(group.name, group.pk))
        elif crossed:
            table.withheld = True
        else:
            table.sensitive.append((str(group.name), total_cell(sum(of(group.pk).values()))))
    return table


def rounding_note() -> str:
    """What every table says of its numbers (core/includes/count_table.html and the files)."""
    return gettext(
        "Counts are rounded to the nearest %(base)s, so that two reports whose filters differ "
        "by a few people cannot be subtracted to find them; a report over fewer than "
        "%(threshold)s people is refused."
    ) % {"base": round_to(), "threshold": threshold()}


def count_note(table: CountTable) -> str:
    """The legend under an exported table (pages: core/includes/count_table.html)."""
    note = gettext(
        "A person in two target groups is counted in each. “<5”: fewer than 5, none "
        "included; “×”: hidden so that totals cannot reveal a small count."
    )
    note += " " + rounding_note()
    if table.withheld:
        note += " " + gettext(
            "Sensitive target groups are counted only as their own total, and not at all when "
            "the people are picked by region, gender or another target group."
        )
    return note


# Every page or file that shows a count table, as (URL name, query string): the test in
# tests/lms/test_count_tables.py walks them all with a survivor among the people.
COUNT_PAGES: set[tuple[str, str]] = set()


def count_page(url_name: str, query: str = "") -> None:
    COUNT_PAGES.add((url_name, query))

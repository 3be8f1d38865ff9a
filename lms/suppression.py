"""Small-count suppression for published tables.

A count from 1 to 4 could point at a person, so it is hidden ("<5"). Hiding it is not enough
when a total is shown: a row whose total and other cells are visible gives the hidden cell
away by subtraction. So in every line of the table (each row and each column, totals
included) a hidden count must have at least one hidden companion: complementary suppression
hides the smallest visible non-zero count of such a line, repeated until no line has exactly
one hidden entry. Zeros are shown; they say nothing about anybody."""

from dataclasses import dataclass

THRESHOLD = 5


@dataclass
class Cell:
    value: int
    primary: bool = False  # under the threshold
    complementary: bool = False  # hidden to protect another cell

    @property
    def hidden(self) -> bool:
        return self.primary or self.complementary

    def __str__(self) -> str:
        if self.primary:
            return f"<{THRESHOLD}"
        if self.complementary:
            return "×"
        return str(self.value)


def suppress(grid: list[list[int]]) -> list[list[Cell]]:
    """`grid` is a table of counts without totals; the result has a total column at the right
    and a total row at the bottom, every entry a Cell."""
    rows = [[*row, sum(row)] for row in grid]
    width = len(rows[0]) if rows else 1
    rows.append([sum(row[c] for row in rows) for c in range(width)])
    cells = [[Cell(value, primary=0 < value < THRESHOLD) for value in row] for row in rows]
    lines = [list(row) for row in cells] + [[row[c] for row in cells] for c in range(width)]
    changed = True
    while changed:
        changed = False
        for line in lines:
            if sum(cell.hidden for cell in line) != 1:
                continue
            # The smallest count hides the least; the line's total (last) only as a last resort.
            candidates = [cell for cell in line[:-1] if not cell.hidden and cell.value > 0]
            if not candidates and not line[-1].hidden and line[-1].value > 0:
                candidates = [line[-1]]
            if not candidates:
                continue  # only zeros are left visible: they give nothing away
            min(candidates, key=lambda cell: cell.value).complementary = True
            changed = True
    return cells

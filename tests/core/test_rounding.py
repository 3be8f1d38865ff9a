"""Against differencing: every count shown is rounded to the nearest 5 (SUPPRESSION_ROUND_TO),
so two tables whose people differ by one never show counts one apart; the threshold and the
base are settings. Tried exhaustively on small tables."""

import itertools

from core.suppression import COMPANION, published, rounding_note, suppress, too_few, total_cell


def shown(grid):
    return [[str(cell) for cell in row] for row in suppress(grid)]


def test_counts_are_rounded_to_the_nearest_five_and_never_below_it():
    assert [published(n) for n in (5, 6, 7, 8, 12, 13, 17, 18, 100, 102, 103)] == [
        5,
        5,
        5,
        10,
        10,
        15,
        15,
        20,
        100,
        100,
        105,
    ]
    assert shown([[5, 6], [7, 12]]) == [["5", "5", "10"], ["5", "10", "20"], ["10", "20", "30"]]
    assert total_cell(7).shown == 5 and total_cell(3).shown is None


def test_the_threshold_and_the_base_are_settings(settings):
    settings.SUPPRESSION_THRESHOLD = 10
    assert str(total_cell(9)) == "<10" and str(total_cell(12)) == "10"
    assert too_few(9) and not too_few(10)
    settings.SUPPRESSION_ROUND_TO = 1
    assert str(total_cell(12)) == "12"
    settings.SUPPRESSION_THRESHOLD, settings.SUPPRESSION_ROUND_TO = 5, 10
    assert (
        str(total_cell(5)) == "10" and str(total_cell(14)) == "10" and str(total_cell(15)) == "20"
    )
    assert "10" in rounding_note()


def test_one_person_more_never_moves_a_shown_count_by_less_than_five():
    """Every 2 × 2 table of 0 to 9 people a cell, beside the same table with one person more
    in one cell (as two reports whose periods differ by a day would be): each count shown in
    both is a multiple of 5 and moves by 0 or 5, so the difference never says "one"."""
    for values in itertools.product(range(10), repeat=4):
        grid = [list(values[:2]), list(values[2:])]
        before = suppress(grid)
        for row, column in itertools.product(range(2), range(2)):
            after_grid = [list(line) for line in grid]
            after_grid[row][column] += 1
            after = suppress(after_grid)
            for old, new in zip(itertools.chain(*before), itertools.chain(*after), strict=True):
                if old.hidden or new.hidden:
                    continue
                assert old.shown % 5 == 0 and new.shown % 5 == 0
                assert abs(new.shown - old.shown) in (0, 5), (grid, row, column)


def test_rounding_keeps_small_counts_hidden_and_their_companions():
    table = shown([[3, 10, 7], [6, 8, 9]])
    assert table[0][0] == "<5"
    for line in [*table, *[list(column) for column in zip(*table, strict=True)]]:
        assert sum(entry in ("<5", COMPANION) for entry in line) != 1
    assert all(entry in ("<5", COMPANION) or int(entry) % 5 == 0 for row in table for entry in row)

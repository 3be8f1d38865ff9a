"""Small counts are hidden, and so is a companion wherever a total would reveal them."""

from lms.suppression import suppress


def shown(grid):
    return [[str(cell) for cell in row] for row in suppress(grid)]


def test_counts_of_five_and_more_and_zeros_are_shown():
    assert shown([[5, 0], [7, 12]]) == [["5", "0", "5"], ["7", "12", "19"], ["12", "12", "24"]]


def test_a_small_count_is_hidden_with_a_companion_in_its_row_and_column():
    table = shown([[3, 10, 7], [6, 8, 9]])

    assert table[0][0] == "<5"
    # Row 1 and column 1 each need a second hidden entry, or subtraction gives the 3 away.
    for line in [table[0], [row[0] for row in table]]:
        assert sum(entry in ("<5", "×") for entry in line) >= 2
    for line in [*table, *[list(column) for column in zip(*table, strict=True)]]:
        assert sum(entry in ("<5", "×") for entry in line) != 1


def test_a_small_total_is_hidden_too():
    table = shown([[0, 3], [0, 0]])

    assert table[0] == ["0", "<5", "<5"]
    assert table[-1] == ["0", "<5", "<5"]


def test_no_line_ever_has_exactly_one_hidden_entry():
    import random

    generator = random.Random(6)
    for _ in range(300):
        grid = [[generator.choice([0, 1, 2, 4, 5, 6, 9, 20]) for _ in range(4)] for _ in range(5)]
        table = suppress(grid)
        lines = [*table, *[list(column) for column in zip(*table, strict=True)]]
        assert all(sum(cell.hidden for cell in line) != 1 for line in lines)
        assert all(cell.hidden for row in table for cell in row if 0 < cell.value < 5)

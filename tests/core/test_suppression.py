"""Small counts (none included) are hidden, and so is a companion wherever a total would reveal
them; count_table never crosses a sensitive group with anything."""

import random
from types import SimpleNamespace

import pytest

from core.suppression import Counted, count_table, suppress


@pytest.fixture(autouse=True)
def unrounded(settings):
    """The rules themselves, on the true counts; rounding is tests/core/test_rounding.py's."""
    settings.SUPPRESSION_ROUND_TO = 1


def shown(grid):
    return [[str(cell) for cell in row] for row in suppress(grid)]


def test_counts_of_five_and_more_are_shown():
    assert shown([[5, 6], [7, 12]]) == [["5", "6", "11"], ["7", "12", "19"], ["12", "18", "30"]]


def test_a_zero_looks_like_a_small_count_and_is_protected_as_one():
    # "0" beside "<5" would say that the "<5" is somebody.
    def hidden(grid):
        return [[cell.hidden for cell in row] for row in suppress(grid)]

    assert shown([[0, 9], [6, 9]])[0][0] == shown([[1, 9], [6, 9]])[0][0] == "<5"
    assert hidden([[0, 9], [6, 9]]) == hidden([[1, 9], [6, 9]])
    table = shown([[5, 0], [7, 12]])
    assert table[0][1] == "<5"
    for line in [*table, *[list(column) for column in zip(*table, strict=True)]]:
        assert sum(entry in ("<5", "×") for entry in line) != 1


def test_a_small_count_is_hidden_with_a_companion_in_its_row_and_column():
    table = shown([[3, 10, 7], [6, 8, 9]])

    assert table[0][0] == "<5"
    # Row 1 and column 1 each need a second hidden entry, or subtraction gives the 3 away.
    for line in [table[0], [row[0] for row in table]]:
        assert sum(entry in ("<5", "×") for entry in line) >= 2
    for line in [*table, *[list(column) for column in zip(*table, strict=True)]]:
        assert sum(entry in ("<5", "×") for entry in line) != 1


def test_hidden_cells_under_a_shown_total_never_add_up_to_less_than_five():
    # Naryn: 6 women and a total of 6 would say "no man, nobody else" in Naryn.
    table = shown([[6, 0, 0], [6, 6, 6]])
    assert table[0] == ["×", "<5", "<5", "6"]


def test_a_small_total_is_hidden_too():
    assert shown([[0, 3], [0, 0]]) == [["<5"] * 3] * 3


def test_no_line_ever_has_exactly_one_hidden_entry():
    generator = random.Random(6)
    for _ in range(300):
        grid = [[generator.choice([0, 1, 2, 4, 5, 6, 9, 20]) for _ in range(4)] for _ in range(5)]
        table = suppress(grid)
        lines = [*table, *[list(column) for column in zip(*table, strict=True)]]
        assert all(sum(cell.hidden for cell in line) != 1 for line in lines)
        for *body, total in lines:
            hidden = [cell.value for cell in body if cell.hidden]
            assert total.hidden or not hidden or sum(hidden) >= 5
        assert all(cell.hidden for row in table for cell in row if cell.value < 5)


YOUTH = SimpleNamespace(pk=1, name="Youth", is_sensitive=False)
SURVIVORS = SimpleNamespace(pk=2, name="Survivors", is_sensitive=True)
REGIONS = [("naryn", "Naryn"), ("jalal_abad", "Jalal-Abad"), ("", "Not given")]
GENDERS = [("woman", "Woman"), ("man", "Man"), ("", "Not given")]


def table(people, **picked):
    return count_table(
        people,
        groups=[YOUTH, SURVIVORS],
        regions=REGIONS,
        genders=GENDERS,
        everyone="All",
        **picked,
    )


def displayed(counts):
    return counts.flat({"group": "G", "region": "R", "total": "T"})


def people(survivor_groups):
    return [Counted("naryn", "woman", frozenset({1})) for _ in range(8)] + [
        Counted("jalal_abad", "woman", frozenset(survivor_groups))
    ]


def test_a_sensitive_group_is_only_its_total_and_zero_looks_like_one():
    one, none = table(people({2})), table(people(set()))

    assert displayed(one) == displayed(none)
    assert one.sensitive[0][0] == "Survivors" and str(one.sensitive[0][1]) == "<5"
    assert [block.title for block in one.blocks] == ["All", "Youth"]
    # Every region is a line, whoever is there.
    assert [label for label, _cells in one.blocks[0].rows] == ["Naryn", "Jalal-Abad", "Not given"]


def test_a_sensitive_total_of_five_is_shown():
    counts = table([Counted("naryn", "man", frozenset({2})) for _ in range(5)])
    assert [(name, str(cell)) for name, cell in counts.sensitive] == [("Survivors", "5")]


def test_a_block_under_the_threshold_is_its_total_alone():
    counts = table(people({2}))
    youth = counts.blocks[1]
    assert not youth.small  # 8 youth
    few = table([Counted("naryn", "man", frozenset({1})) for _ in range(2)])
    assert all(block.small and str(block.total[-1]) == "<5" for block in few.blocks)
    assert displayed(table([])) == displayed(table([Counted("naryn", "man")]))


def test_picked_by_a_sensitive_group_gives_only_its_total():
    survivors = [Counted("jalal_abad", "woman", frozenset({2})) for _ in range(6)]
    counts = table(survivors, picked_by_group=SURVIVORS)
    assert counts.blocks == []
    assert [(name, str(cell)) for name, cell in counts.sensitive] == [("Survivors", "6")]
    # Picked by region too, the total would be survivors × region: nothing.
    crossed = table(survivors, picked_by_group=SURVIVORS, picked_by_profile=True)
    assert crossed.blocks == [] and crossed.sensitive == [] and crossed.withheld


def test_picked_by_region_or_another_group_leaves_sensitive_groups_out():
    for picked in ({"picked_by_profile": True}, {"picked_by_group": YOUTH}):
        counts = table(people({2}), **picked)
        assert counts.sensitive == [] and counts.withheld
        assert "Survivors" not in [block.title for block in counts.blocks]


def test_the_flat_rows_never_put_a_sensitive_group_beside_a_region_or_gender():
    header, rows = displayed(table(people({2})))
    assert header == ["G", "R", "Woman", "Man", "Not given", "T"]
    assert ["Survivors", "", "", "", "", "<5"] in rows
    assert all(row[0] != "Survivors" or row[1:-1] == ["", "", "", ""] for row in rows)

"""The cascade over a period (issue 17): the sessions held with a day in it, the people present
on a day of it (each once, as the stored reach decides who she is), the headcounts of its days;
the same query count however large the cascade. The cascade of cascade_fixtures.period_cascade,
its numbers counted by hand there."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.trainings.cascade_fixtures import (
    MAY_1,
    MAY_31,
    attended_by,
    may,
    period_cascade,
    session,
    trainer,
)
from trainings.cascade import cascade_of


@pytest.fixture(autouse=True)
def unrounded(settings):
    settings.SUPPRESSION_ROUND_TO = 1


@pytest.fixture
def cascade(db):
    return period_cascade()


def columns(found) -> list[tuple]:
    """Per generation: trainers, sessions held, people reached, counted by headcount."""
    return [
        (
            g.number,
            g.trainers,
            g.sessions,
            g.reached.value if g.reached else None,
            g.headcount.value if g.headcount else None,
        )
        for g in found.generations
    ]


def test_may_counts_only_what_happened_in_may(cascade):
    found = cascade_of(cascade["master"], start=MAY_1, end=MAY_31)
    # The master held M1 in April only: no session, nobody reached in generation 0. Aigerim
    # held A1 and A2 in May (A3 in April only), Bermet B1 (B2 is planned), Cholpon C1.
    # Generation 1 reached Asel (two sessions, once), Bakyt (and his merged copy, once),
    # Chynara and Dilnoza (two records of one account); not Emil nor Fariza (April, June).
    # Generation 2: Chynara, as the first of her records merged twice over. Headcounts: 50
    # on C1's day in May, not its 80 of June nor A3's 70 of April.
    assert columns(found) == [(0, 1, 0, None, None), (1, 2, 3, 4, 0), (2, 1, 1, 1, 50)]
    assert found.trainers_in_table == 4
    assert found.sessions == 4
    assert found.reached.value == 4  # Chynara once in all, though in two generations
    assert found.headcount.value == 50
    nodes = found.nodes
    assert nodes[cascade["aigerim"].pk].reached == 3
    assert nodes[cascade["bermet"].pk].reached == 2
    assert nodes[cascade["cholpon"].pk].reached == 1
    assert nodes[cascade["master"].pk].reached == 0
    assert (found.start, found.end) == (MAY_1, MAY_31)


def test_without_a_period_everything_counts(cascade):
    found = cascade_of(cascade["master"])
    # Gülzat at M1; Emil at A3; Fariza in June: all reached, every session held counted.
    assert columns(found) == [(0, 1, 1, 1, 0), (1, 2, 4, 6, 70), (2, 1, 1, 1, 80)]
    assert found.reached.value == 7
    assert (found.start, found.end) == (None, None)


def test_a_period_open_at_one_end(cascade):
    # From 10 May on: A2 (10 May), B1, C1; Asel (A2), Bakyt's copy and Dilnoza (B1),
    # Fariza (B1, 1 June), Chynara (C1); headcount 80 of C1's June day.
    since = cascade_of(cascade["master"], start=may(10))
    assert columns(since) == [(0, 1, 0, None, None), (1, 2, 2, 4, 0), (2, 1, 1, 1, 80)]
    # Until 4 May: A1's first day (Asel, Chynara) and April's A2, A3 and M1 (Emil, Gülzat).
    until = cascade_of(cascade["master"], end=may(4))
    assert columns(until) == [(0, 1, 1, 1, 0), (1, 2, 3, 3, 70), (2, 1, 0, None, None)]
    assert until.reached.value == 4


def test_a_day_on_the_period_s_edges_counts(cascade):
    # C1's first day is 31 May, M1's only day 30 April: inclusive at both ends.
    found = cascade_of(cascade["master"], start=datetime.date(2026, 4, 30), end=MAY_31)
    assert columns(found)[0] == (0, 1, 1, 1, 0)
    assert columns(found)[2] == (2, 1, 1, 1, 50)


def chain(width: int):
    """A master and `width` trainers under her, one under the other, each with a session."""
    master = above = trainer("Мастер")
    for n in range(width):
        above = trainer(f"Тренер {n}", trained_by=above)
        attended_by(session(above), 2)
    return master


def test_the_query_count_over_a_period_does_not_grow_with_the_cascade(db):
    small, large = chain(3), chain(6)
    counts = []
    for master in (small, large):
        with CaptureQueriesContext(connection) as queries:
            found = cascade_of(master, start=MAY_1, end=MAY_31)
        counts.append(len(queries))
        assert found.sessions == len(found.nodes) - 1
        assert found.reached.value == 2 * (len(found.nodes) - 1)
    assert counts == [2, 2]  # the tree, then the counts


def test_a_period_over_every_day_counts_as_the_stored_reach(cascade):
    """Two ways of deciding who the people are (the attendance of the period, the stored
    reach) agree when the period holds every day."""
    wide = cascade_of(
        cascade["master"], start=datetime.date(2000, 1, 1), end=datetime.date(2100, 1, 1)
    )
    stored = cascade_of(cascade["master"])
    assert columns(wide) == columns(stored)
    assert wide.reached.value == stored.reached.value == 7
    assert {pk: node.reached for pk, node in wide.nodes.items()} == {
        pk: node.reached for pk, node in stored.nodes.items()
    }

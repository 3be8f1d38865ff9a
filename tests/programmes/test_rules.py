"""The requirement rules on plain data: all, any N, in order."""

import uuid

from programmes.blocks import Kind, Rule
from programmes.rules import Item, RequirementSet, evaluate


def items(n, kind=Kind.COURSE):
    return [Item(kind=kind, key=uuid.uuid4(), title=f"{i + 1}-курс") for i in range(n)]


def done(*chosen):
    return {item.done_key for item in chosen}


def test_all_of_these_is_met_only_when_every_item_is_done():
    a, b, c = items(3)
    sets = [RequirementSet(items=[a, b, c], rule=Rule.ALL)]
    assert not evaluate(sets, done(a, b)).completed
    progress = evaluate(sets, done(a, b, c))
    assert progress.completed and progress.items_done == 3 and progress.items_needed == 3


def test_any_n_is_met_by_any_n_items_and_counts_the_chosen():
    a, b, c = items(3)
    sets = [RequirementSet(items=[a, b, c], rule=Rule.ANY, count=2)]
    progress = evaluate(sets, done(c), chosen=done(a))
    assert not progress.completed
    assert progress.sets[0].still_needed == 1
    assert [s.item for s in progress.sets[0].chosen] == [a, c]
    assert evaluate(sets, done(a, c)).completed
    assert evaluate(sets, done(b, c)).completed


def test_in_order_an_item_opens_when_the_one_before_is_done():
    a, b, c = items(3)
    sets = [RequirementSet(items=[a, b, c], ordered=True)]
    progress = evaluate(sets, set())
    assert [s.open for s in progress.sets[0].items] == [True, False, False]
    assert progress.next_step.item == a
    progress = evaluate(sets, done(a))
    assert [s.open for s in progress.sets[0].items] == [True, True, False]
    assert progress.next_step.item == b
    # Done out of order (she completed c elsewhere): it counts, and b is still next.
    progress = evaluate(sets, done(a, c))
    assert progress.next_step.item == b and not progress.completed


def test_unordered_items_are_all_open_and_a_started_one_is_the_next_step():
    a, b = items(2)
    progress = evaluate([RequirementSet(items=[a, b])], set(), chosen=done(b))
    assert all(s.open for s in progress.sets[0].items)
    assert progress.next_step.item == b


def test_a_programme_is_complete_when_every_set_is_met_and_lists_what_is_missing():
    a, b, c = items(3)
    (session,) = items(1, Kind.SESSION)
    sets = [
        RequirementSet(items=[a], rule=Rule.ALL),
        RequirementSet(items=[b, c], rule=Rule.ANY, count=1),
        RequirementSet(items=[session], rule=Rule.ALL),
    ]
    progress = evaluate(sets, done(a, c))
    assert [s.requirement_set for s in progress.missing] == [sets[2]]
    assert progress.next_step.item == session
    assert evaluate(sets, done(a, c, session)).completed


def test_the_same_course_online_and_face_to_face_are_two_items():
    (course,) = items(1)
    session = Item(kind=Kind.SESSION, key=course.key)
    sets = [RequirementSet(items=[course, session])]
    assert not evaluate(sets, done(course)).completed
    assert evaluate(sets, done(course, session)).completed


def test_an_elective_set_asking_more_than_it_has_needs_all_of_them():
    a, b = items(2)
    assert RequirementSet(items=[a, b], rule=Rule.ANY, count=5).needed == 2

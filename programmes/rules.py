"""The requirement rules, as plain data, apart from the database: which items of a programme are
open, which sets are met, what is still missing, and whether the programme is complete.

A set "all" is met when every item is done; a set "any N" when N of its items are done. In an
ordered set an item opens when the item before it is done (the first is always open); in an
unordered set every item is open. The programme is complete when every set is met."""

from dataclasses import dataclass, field
from uuid import UUID

from programmes.blocks import Kind, Rule


@dataclass(frozen=True)
class Item:
    kind: str  # Kind.COURSE, SESSION or WEBINAR
    key: UUID  # the translation key of the course, webinar or series
    title: str = ""
    page_id: int | None = None
    url: str = ""
    members: tuple = ()  # a webinar series: its webinars' keys (attending one does it)

    @property
    def done_key(self) -> tuple[str, UUID]:
        # A course done online and a face-to-face training of the same course are two items.
        return (self.kind, self.key)


@dataclass
class RequirementSet:
    items: list[Item]
    rule: str = Rule.ALL
    count: int = 1
    ordered: bool = False
    title: str = ""

    @property
    def needed(self) -> int:
        return len(self.items) if self.rule == Rule.ALL else min(self.count, len(self.items))


@dataclass
class ItemState:
    item: Item
    done: bool
    open: bool
    chosen: bool  # done, or started (she is enrolled in the course, registered for the webinar)


@dataclass
class SetState:
    requirement_set: RequirementSet
    items: list[ItemState]

    @property
    def done(self) -> int:
        return sum(state.done for state in self.items)

    @property
    def met(self) -> bool:
        return self.done >= self.requirement_set.needed

    @property
    def still_needed(self) -> int:
        return max(self.requirement_set.needed - self.done, 0)

    @property
    def is_elective(self) -> bool:
        return self.requirement_set.rule == Rule.ANY

    @property
    def chosen(self) -> list[ItemState]:
        return [state for state in self.items if state.chosen]


@dataclass
class Progress:
    sets: list[SetState]
    completed: bool = False
    steps: list[ItemState] = field(default_factory=list)  # open, not done, in a set not met

    @property
    def items_done(self) -> int:
        return sum(set_state.done for set_state in self.sets)

    @property
    def items_needed(self) -> int:
        return sum(set_state.requirement_set.needed for set_state in self.sets)

    @property
    def next_step(self) -> ItemState | None:
        """The first open item not done: a started one before one not chosen yet."""
        started = [state for state in self.steps if state.chosen]
        return (started or self.steps or [None])[0]

    @property
    def missing(self) -> list[SetState]:
        return [set_state for set_state in self.sets if not set_state.met]


def evaluate(sets: list[RequirementSet], done: set, chosen: set = frozenset()) -> Progress:
    """`done` and `chosen` hold items' `done_key`s."""
    states = []
    for requirement_set in sets:
        items, previous_done = [], True
        for item in requirement_set.items:
            is_done = item.done_key in done
            is_open = previous_done or not requirement_set.ordered
            items.append(
                ItemState(
                    item=item,
                    done=is_done,
                    open=is_open,
                    chosen=is_done or item.done_key in chosen,
                )
            )
            previous_done = is_done
        states.append(SetState(requirement_set=requirement_set, items=items))
    steps = [
        state
        for set_state in states
        if not set_state.met
        for state in set_state.items
        if state.open and not state.done
    ]
    return Progress(sets=states, completed=all(s.met for s in states), steps=steps)


def courses_to_open(progress: Progress) -> list[Item]:
    """The course items she should be enrolled in now: open, not done, not started, in a set of
    "all" (electives she chooses herself, from the programme page)."""
    return [
        state.item
        for set_state in progress.sets
        if set_state.requirement_set.rule == Rule.ALL and not set_state.met
        for state in set_state.items
        if state.item.kind == Kind.COURSE and state.open and not state.chosen
    ]


def course_items(sets: list[RequirementSet]) -> list[Item]:
    return [item for s in sets for item in s.items if item.kind == Kind.COURSE]

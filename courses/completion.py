"""The one place that decides when a lesson is done and when an enrolment is complete.

A lesson is done when every required activity in it is met (a quiz passed, an H5P activity
mastered, a webinar attended); a lesson with no required activity is done when the learner marks
it done. A course is complete when every required lesson is done. Everything here reads the
lessons' stored bodies (no query per block or per lesson) and asks each activity kind once,
however many lessons and enrolments.

The contract of an activity app (quizzes, h5p, webinars, and every new one), so that this app
never imports them:

1. Its lesson block is a StructBlock whose value names its target (the quiz, the package, the
   webinar) in one field and, usually, has a `required` boolean.
2. It describes the block with an `ActivityKind` in its own `<app>/completion.py`
   (`quizzes.completion.QUIZ_ACTIVITY`, `h5p.completion.H5P_ACTIVITY`,
   `webinars.completion.WEBINAR_ACTIVITY`) and registers it from its `AppConfig.ready()` with
   `register_activity`: the block type, the target field, `todo` (what a learner still has to
   do, given the lesson's title), `required` (whether a stored value must be met) and `met`, one
   read that says which of the given enrolments' activities of this kind are met, from evidence
   the server checked.
3. When a learner meets an activity, the app calls `courses.services.lesson_activity_met`
   (inside its own transaction); that records the lesson done when all its required activities
   are met and may complete the course. It finds the enrolment with
   `courses.services.active_enrolment`, never with a query of its own.
4. It does not write `LessonProgress` or `Enrolment.completed_at` itself.

docs/architecture.md shows where this sits in a learner's path."""

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from uuid import UUID

from django.utils.translation import gettext as _

from courses.models import CoursePage, Enrolment, LessonPage

# (enrolment pk, lesson translation key, block id): an activity one enrolment has met.
Met = tuple[int, UUID, str]


@dataclass(frozen=True)
class ActivityKind:
    block_type: str
    # The block's stored value names what it holds (the quiz, the package, the webinar).
    target_field: str
    # What a learner still has to do, with the lesson's title: "Pass the quiz in lesson “…”".
    todo: Callable[[str], str]
    # [(enrolment, its activities of this kind)] -> the activities met.
    met: Callable[[list[tuple[Enrolment, list["Activity"]]]], set[Met]]
    # Whether a block (its stored value) must be met for its lesson to be done.
    required: Callable[[dict], bool] = lambda value: bool(value.get("required"))


@dataclass(frozen=True)
class Activity:
    lesson: LessonPage  # or an outline's page that carries the lesson's body
    block_id: str
    kind: ActivityKind
    target: int
    required: bool

    @property
    def key(self) -> tuple[UUID, str]:
        return (self.lesson.translation_key, self.block_id)


_kinds: dict[str, ActivityKind] = {}


def register_activity(kind: ActivityKind) -> ActivityKind:
    _kinds[kind.block_type] = kind
    return kind


def activities_in(lessons) -> list[Activity]:
    """The activity blocks of `lessons` that hold something, in the order a learner meets them."""
    found = []
    for lesson in lessons:
        for raw in lesson.body.raw_data:
            kind = _kinds.get(raw["type"])
            value = raw.get("value") or {}
            if kind is not None and value.get(kind.target_field):
                found.append(
                    Activity(
                        lesson, raw["id"], kind, value[kind.target_field], kind.required(value)
                    )
                )
    return found


@dataclass
class LessonState:
    lesson: LessonPage
    activities: list[Activity]  # the required ones
    met: set[tuple[UUID, str]]
    marked: bool  # she marked it done (or an activity recorded it)

    @property
    def by_activities(self) -> bool:
        """Done by its activities, so not by marking it done."""
        return bool(self.activities)

    @property
    def done(self) -> bool:
        if self.activities:
            return all(activity.key in self.met for activity in self.activities)
        return self.marked

    @property
    def units(self) -> int:
        """What the lesson counts for in a percentage: each required activity, or marking it."""
        return len(self.activities) or 1

    @property
    def units_done(self) -> int:
        if self.activities:
            return sum(activity.key in self.met for activity in self.activities)
        return int(self.marked)

    def todo(self) -> list[str]:
        if self.activities:
            return [
                activity.kind.todo(self.lesson.title)
                for activity in self.activities
                if activity.key not in self.met
            ]
        if self.marked:
            return []
        # Translators: what is still missing to complete a course.
        return [_("Mark lesson “%(lesson)s” as done") % {"lesson": self.lesson.title}]


@dataclass
class Progress:
    """Where one enrolment stands in its course's lessons."""

    lessons: list[LessonState] = field(default_factory=list)

    def of(self, lesson) -> LessonState | None:
        return next(
            (s for s in self.lessons if s.lesson.translation_key == lesson.translation_key), None
        )

    @property
    def required(self) -> list[LessonState]:
        return [state for state in self.lessons if state.lesson.required]

    @property
    def percent(self) -> int:
        return percent_of(self.required)

    @property
    def missing(self) -> list[str]:
        """What is still to do to complete the course, in plain words, in order."""
        return [item for state in self.required for item in state.todo()]


def percent_of(states: list[LessonState]) -> int:
    units = sum(state.units for state in states)
    if not units:
        return 0
    return round(100 * sum(state.units_done for state in states) / units)


def progress_of(entries: list[tuple[Enrolment, list, set[UUID]]]) -> list[Progress]:
    """For each (enrolment, its course's lessons with their bodies, the lesson keys recorded
    done): its progress. One read per activity kind present, whatever the number of entries."""
    found = [[a for a in activities_in(lessons) if a.required] for _e, lessons, _d in entries]
    met: set[Met] = set()
    for kind in _kinds.values():
        pairs = [
            (enrolment, [a for a in activities if a.kind is kind])
            for (enrolment, _lessons, _done), activities in zip(entries, found, strict=True)
        ]
        pairs = [(enrolment, activities) for enrolment, activities in pairs if activities]
        if pairs:
            met |= kind.met(pairs)
    progresses = []
    for (enrolment, lessons, done), activities in zip(entries, found, strict=True):
        own = {(key, block) for pk, key, block in met if pk == enrolment.pk}
        in_lesson = defaultdict(list)
        for activity in activities:
            in_lesson[activity.lesson.translation_key].append(activity)
        states = [
            LessonState(
                lesson, in_lesson[lesson.translation_key], own, lesson.translation_key in done
            )
            for lesson in lessons
        ]
        progresses.append(Progress(states))
    return progresses


def progress_for(enrolment: Enrolment, lessons, done: set[UUID] | None = None) -> Progress:
    if done is None:
        done = set(enrolment.progress.values_list("lesson_key", flat=True))
    return progress_of([(enrolment, list(lessons), done)])[0]


def course_lessons(course: CoursePage) -> list[LessonPage]:
    """The course's live lessons in order, with what completion reads of them."""
    return list(
        LessonPage.objects.live()
        .descendant_of(course)
        .only("title", "translation_key", "path", "required", "body", "locale_id")
        .order_by("path")
    )


def missing_for_completion(enrolment: Enrolment, course: CoursePage) -> list[str]:
    return progress_for(enrolment, course_lessons(course)).missing

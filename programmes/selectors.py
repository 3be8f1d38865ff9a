"""Reading programmes: their requirement sets with the pages they name (a fixed number of
queries however many items), what a learner has done of them, and the programme page's context."""

from collections import defaultdict
from uuid import UUID

from django.utils.translation import get_language
from django.utils.translation import gettext as _

from core.i18n import in_locale
from courses.models import CoursePage, Enrolment, EnrolmentMode
from courses.selectors import missing_prerequisites
from programmes.blocks import Kind, Rule
from programmes.models import ProgrammeEnrolment, ProgrammePage
from programmes.rules import Item, Progress, RequirementSet, evaluate
from trainings.completion import sessions_completed_in
from webinars.models import Registration, WebinarPage, WebinarSeriesPage


def _raw_sets(programme: ProgrammePage) -> list[dict]:
    return [
        block["value"]
        for block in programme.requirements.raw_data
        if block.get("type") == "requirement_set"
    ]


def requirement_sets(programme: ProgrammePage) -> list[RequirementSet]:
    """The sets as they stand, with each item's page. An item whose page is gone or unpublished
    is left out (a completion recorded before stays: `ProgrammeEnrolment.completed_at`). Reads
    the stored values and looks the pages up in three queries, not one per item."""
    raw = _raw_sets(programme)
    ids = {item["value"] for s in raw for item in s.get("items", []) if item.get("value")}
    courses = {
        page.pk: page
        for page in CoursePage.objects.live()
        .filter(pk__in=ids)
        .only("pk", "title", "translation_key", "url_path", "locale_id")
    }
    webinars = {
        page.pk: page
        for page in WebinarPage.objects.live()
        .filter(pk__in=ids)
        .only("pk", "title", "translation_key", "url_path", "locale_id")
    }
    series = {
        page.pk: page
        for page in WebinarSeriesPage.objects.live()
        .filter(pk__in=ids)
        .only("pk", "title", "translation_key", "url_path", "path", "depth", "locale_id")
    }
    members = defaultdict(set)
    if series:
        for parent in series.values():
            # One query a series: a programme names one or two series, not thirty.
            members[parent.pk] = set(
                WebinarPage.objects.live()
                .child_of(parent)
                .values_list("translation_key", flat=True)
            )
    sets = []
    for value in raw:
        items = []
        for raw_item in value.get("items", []):
            kind, page_id = raw_item.get("type"), raw_item.get("value")
            if kind in (Kind.COURSE, Kind.SESSION):
                page = courses.get(page_id)
            elif kind == Kind.WEBINAR:
                page = webinars.get(page_id) or series.get(page_id)
            else:
                page = None
            if page is None:
                continue
            items.append(
                Item(
                    kind=kind,
                    key=page.translation_key,
                    title=page.title,
                    page_id=page.pk,
                    url=page.url or "",
                    members=tuple(sorted(members.get(page.pk, ()), key=str)),
                )
            )
        if items:
            sets.append(
                RequirementSet(
                    items=items,
                    rule=value.get("rule") or Rule.ALL,
                    count=value.get("count") or 1,
                    ordered=bool(value.get("ordered")),
                    title=value.get("title") or "",
                )
            )
    return sets


def done_for(user, sets: list[RequirementSet]) -> tuple[set, set]:
    """Which items `user` has done, and which she has started (enrolled in the course, registered
    for the webinar): sets of items' `done_key`s. Three queries, whatever the number of items."""
    items = [item for s in sets for item in s.items]
    done, chosen = set(), set()
    course_keys = {i.key for i in items if i.kind == Kind.COURSE}
    if course_keys:
        for key, completed, status in Enrolment.objects.filter(
            user=user, course_key__in=course_keys
        ).values_list("course_key", "completed_at", "status"):
            if completed is not None:
                done.add((Kind.COURSE, key))
            elif status == Enrolment.Status.ACTIVE:
                chosen.add((Kind.COURSE, key))
    session_keys = {i.key for i in items if i.kind == Kind.SESSION}
    if session_keys:
        done |= {(Kind.SESSION, key) for key in sessions_completed_in(user, session_keys)}
    webinar_items = [i for i in items if i.kind == Kind.WEBINAR]
    if webinar_items:
        keys = {k for i in webinar_items for k in (i.members or (i.key,))}
        attended, registered = set(), set()
        for key, attended_at, status in Registration.objects.filter(
            user=user, webinar_key__in=keys
        ).values_list("webinar_key", "attended_at", "status"):
            if attended_at is not None:
                attended.add(key)
            elif status == Registration.Status.REGISTERED:
                registered.add(key)
        for item in webinar_items:
            keys_of = set(item.members or (item.key,))
            if keys_of & attended:
                done.add(item.done_key)
            elif keys_of & registered:
                chosen.add(item.done_key)
    return done, chosen


def progress_of(user, programme: ProgrammePage, sets=None) -> Progress:
    sets = requirement_sets(programme) if sets is None else sets
    done, chosen = done_for(user, sets)
    return evaluate(sets, done, chosen)


def programme_page(key: UUID, language: str | None = None) -> ProgrammePage | None:
    """The live programme page of `key`, in `language` when it has one."""
    pages = ProgrammePage.objects.live().filter(translation_key=key)
    return in_locale(pages, language or get_language())


def enrolment_in(user, programme: ProgrammePage) -> ProgrammeEnrolment | None:
    if not user.is_authenticated:
        return None
    return ProgrammeEnrolment.objects.filter(
        user=user, programme_key=programme.translation_key
    ).first()


def why_blocked(user, course: CoursePage, *, by_coordinator: bool) -> str:
    """Why the programme cannot enrol `user` in `course` now, in the reader's language; "" when
    it can. The course's own mode and prerequisites apply; a coordinator's enrolment in the
    programme stands for her enrolment in a course only coordinators enrol in."""
    missing = missing_prerequisites(user=user, course=course)
    if missing:
        return _("“%(course)s” asks first for: %(courses)s.") % {
            "course": course.title,
            "courses": ", ".join(page.title for page in missing),
        }
    if course.enrolment_mode == EnrolmentMode.KEY:
        return _("“%(course)s” needs an enrolment key: ask your trainer for it.") % {
            "course": course.title
        }
    if course.enrolment_mode == EnrolmentMode.COORDINATOR and not by_coordinator:
        return _("A coordinator enrols you in “%(course)s”.") % {"course": course.title}
    return ""


def _prerequisite_keys() -> dict[UUID, set[UUID]]:
    """Every course's prerequisites, followed through (a prerequisite of a prerequisite), by
    translation key. Two queries: the catalogue holds tens of courses, not thousands."""
    keys = dict(CoursePage.objects.values_list("pk", "translation_key"))
    direct = defaultdict(set)
    for course_id, prerequisite_id in CoursePage.prerequisites.through.objects.values_list(
        "from_coursepage_id", "to_coursepage_id"
    ):
        direct[keys[course_id]].add(keys[prerequisite_id])
    closure = {}
    for key in direct:
        seen, todo = set(), list(direct[key])
        while todo:
            current = todo.pop()
            if current not in seen:
                seen.add(current)
                todo.extend(direct.get(current, ()))
        closure[key] = seen
    return closure


def order_loops(programme: ProgrammePage) -> list[str]:
    """The contradictions between an ordered set and the courses' prerequisites: an item that
    must come first although it asks for a course that comes after it. Empty: none."""
    sets = requirement_sets(programme)
    ordered = [s for s in sets if s.ordered]
    if not ordered:
        return []
    closure = _prerequisite_keys()
    problems = []
    for requirement_set in ordered:
        courses = [i for i in requirement_set.items if i.kind in (Kind.COURSE, Kind.SESSION)]
        for position, earlier in enumerate(courses):
            for later in courses[position + 1 :]:
                if later.key in closure.get(earlier.key, set()):
                    problems.append(
                        _(
                            "“%(earlier)s” comes before “%(later)s” here, but asks for it first: "
                            "change the order or the course's prerequisites."
                        )
                        % {"earlier": earlier.title, "later": later.title}
                    )
    return problems


def programme_context(*, programme: ProgrammePage, user) -> dict:
    sets = requirement_sets(programme)
    enrolment = enrolment_in(user, programme)
    progress = progress_of(user, programme, sets) if enrolment else evaluate(sets, set())
    return {"requirement_sets": sets, "enrolment": enrolment, "progress": progress}

"""Reading programmes: their requirement sets with the pages they name (a fixed number of
queries however many items), what a learner has done of them, and the programme page's context."""

from collections import defaultdict
from dataclasses import dataclass
from uuid import UUID

from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from core.i18n import in_locale
from courses.models import CoursePage, Enrolment, EnrolmentMode
from courses.selectors import missing_prerequisites, prerequisites_missing_for
from people.roles import Role, has_role
from programmes.blocks import Kind, Rule
from programmes.models import ProgrammeEnrolment, ProgrammePage
from programmes.rules import Item, ItemState, Progress, RequirementSet, SetState, evaluate
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


def _blocked(course: CoursePage, missing: list[CoursePage], *, by_coordinator: bool) -> str:
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


def why_blocked(user, course: CoursePage, *, by_coordinator: bool) -> str:
    """Why the programme cannot enrol `user` in `course` now, in the reader's language; "" when
    it can. The course's own mode and prerequisites apply; a coordinator's enrolment in the
    programme stands for her enrolment in a course only coordinators enrol in."""
    missing = missing_prerequisites(user=user, course=course)
    return _blocked(course, missing, by_coordinator=by_coordinator)


def _blocking(user, page_ids) -> dict[int, tuple[CoursePage, list[CoursePage]]]:
    """Each course with the prerequisites `user` has not completed: three queries."""
    if not page_ids:
        return {}
    pages = list(
        CoursePage.objects.filter(pk__in=page_ids).only(
            "pk", "title", "translation_key", "enrolment_mode", "locale_id"
        )
    )
    missing = prerequisites_missing_for(user=user, courses=pages)
    return {page.pk: (page, missing[page.pk]) for page in pages}


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


class Status:
    """Where an item of her programme stands, as the programme page says it."""

    DONE = "done"
    STARTED = "started"  # enrolled in the course, registered for the webinar
    OPEN = "open"  # hers to start
    LOCKED = "locked"  # in order: the item before it is not complete yet
    BLOCKED = "blocked"  # the course's own rule (prerequisites, mode) keeps her out for now


@dataclass
class ItemView:
    state: ItemState
    status: str = ""  # "" for a reader not in the programme
    note: str = ""  # in plain words
    choose: bool = False  # an elective course she chooses by enrolling in it, from here

    @property
    def item(self) -> Item:
        return self.state.item


@dataclass
class SetView:
    state: SetState
    title: str
    items: list[ItemView]

    @property
    def chosen(self) -> list[ItemView]:
        return [view for view in self.items if view.state.chosen]


def _item_view(state: ItemState, set_state: SetState, previous: Item | None, why: str, active):
    item = state.item
    if state.done:
        return ItemView(state, Status.DONE, _("Done."))
    if state.chosen:
        return ItemView(state, Status.STARTED, _("In progress."))
    if not state.open:
        return ItemView(
            state,
            Status.LOCKED,
            _("Opens when “%(item)s” is complete.") % {"item": previous.title if previous else ""},
        )
    if why:
        return ItemView(state, Status.BLOCKED, why)
    if set_state.met:
        return ItemView(state, Status.OPEN, _("Not needed: this part is complete."))
    if item.kind == Kind.SESSION:
        note = _("A trainer registers you for a face-to-face training of this course.")
        return ItemView(state, Status.OPEN, note)
    if item.kind == Kind.WEBINAR:
        return ItemView(state, Status.OPEN, _("Register on the webinar's page."))
    if set_state.is_elective:
        note = _("An elective: choose it by enrolling in the course.")
        return ItemView(state, Status.OPEN, note, choose=active)
    return ItemView(state, Status.OPEN, _("Open: start it on the course's page."))


def _set_title(set_state: SetState, number: int) -> str:
    return set_state.requirement_set.title or _("Part %(n)s") % {"n": number}


def _named(item: Item) -> str:
    """An item's title, with its kind when it is not an online course (a course and its
    face-to-face training have one title)."""
    if item.kind == Kind.SESSION:
        return f"{item.title} ({_('face-to-face training')})"
    if item.kind == Kind.WEBINAR:
        return f"{item.title} ({_('webinar')})"
    return item.title


def _missing(views: list[SetView]) -> list[str]:
    """What is still to do for the programme certificate, a sentence for each set not met."""
    lines = []
    for view in views:
        if view.state.met:
            continue
        left = ", ".join(_named(v.item) for v in view.items if v.status != Status.DONE)
        if view.state.is_elective:
            count = view.state.still_needed
            lines.append(
                ngettext(
                    "%(part)s: complete %(count)s more of: %(items)s.",
                    "%(part)s: complete %(count)s more of: %(items)s.",
                    count,
                )
                % {"part": view.title, "count": count, "items": left}
            )
        else:
            line = _("%(part)s: still to complete: %(items)s.")
            lines.append(line % {"part": view.title, "items": left})
    return lines


def progress_views(
    user, progress: Progress, enrolment: ProgrammeEnrolment | None
) -> tuple[list[SetView], list[str], ItemView | None]:
    """Her progress in plain words: each set with each item's state, what is missing for the
    programme certificate, and the next step. For a reader not in the programme, the sets and
    items alone. A fixed number of queries (the blocked courses' reasons in three)."""
    if enrolment is None:
        views = [
            SetView(s, _set_title(s, n), [ItemView(state) for state in s.items])
            for n, s in enumerate(progress.sets, start=1)
        ]
        return views, [], None
    waiting = [
        state.item.page_id
        for set_state in progress.sets
        for state in set_state.items
        if state.item.kind == Kind.COURSE and state.open and not state.chosen
    ]
    blocking = _blocking(user, waiting)
    views, by_item = [], {}
    for number, set_state in enumerate(progress.sets, start=1):
        # A coordinator's enrolment in the programme stands for hers in its required courses;
        # an elective she chooses, and enrols in, herself.
        by_coordinator = enrolment.enrolled_by_id is not None and not set_state.is_elective
        items, previous = [], None
        for state in set_state.items:
            why = ""
            if state.item.kind == Kind.COURSE and state.item.page_id in blocking:
                page, missing = blocking[state.item.page_id]
                why = _blocked(page, missing, by_coordinator=by_coordinator)
            view = _item_view(state, set_state, previous, why, enrolment.is_active)
            items.append(view)
            by_item[id(state)] = view
            previous = state.item
        views.append(SetView(set_state, _set_title(set_state, number), items))
    following = progress.next_step
    return views, _missing(views), by_item.get(id(following)) if following else None


def programme_context(*, programme: ProgrammePage, user) -> dict:
    sets = requirement_sets(programme)
    enrolment = enrolment_in(user, programme)
    progress = progress_of(user, programme, sets) if enrolment else evaluate(sets, set())
    views, missing, next_step = progress_views(user, progress, enrolment)
    return {
        "requirement_sets": sets,
        "enrolment": enrolment,
        "progress": progress,
        "sets": views,
        "missing": missing,
        "next_step": next_step,
        "can_manage": has_role(user, Role.COORDINATOR, Role.ADMINISTRATOR),
    }


@dataclass
class LearningRow:
    enrolment: ProgrammeEnrolment
    programme: ProgrammePage
    progress: Progress


def learning_rows(user) -> list[LearningRow]:
    """My learning's programmes: each of hers in her language where it has one, with its
    progress and next step. Her programmes are a handful; each is read in a fixed number of
    queries (its sets and what she has done of them)."""
    enrolments = list(ProgrammeEnrolment.objects.filter(user=user).order_by("-enrolled_at"))
    if not enrolments:
        return []
    language = get_language()
    by_key: dict[UUID, ProgrammePage] = {}
    for page in (
        ProgrammePage.objects.live()
        .filter(translation_key__in=[e.programme_key for e in enrolments])
        .select_related("locale")
    ):
        if page.translation_key not in by_key or page.locale.language_code == language:
            by_key[page.translation_key] = page
    rows = []
    for enrolment in enrolments:
        programme = by_key.get(enrolment.programme_key)
        if programme is not None:
            rows.append(LearningRow(enrolment, programme, progress_of(user, programme)))
    return rows

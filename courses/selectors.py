"""Reads that depend on who is asking. Each keeps a fixed number of queries however large the
course: the outline is two queries (modules, lessons) and progress one."""

import re
from collections import defaultdict
from dataclasses import dataclass, field
from uuid import UUID

from django.db.models import F, Q
from wagtail.models import Page
from wagtail_localize.models import Translation

from courses.completion import LessonState, Progress, progress_for, progress_of
from courses.models import (
    CatalogueEntry,
    CourseIndexPage,
    CoursePage,
    Enrolment,
    LessonPage,
    Track,
    TrainerQualification,
)
from people.language import current_language
from people.models import TargetGroup
from people.roles import Role, has_role


def course_of(page) -> CoursePage:
    """The course a module or lesson belongs to."""
    return CoursePage.objects.ancestor_of(page).get()


def is_placeholder(page: Page) -> bool:
    """An alias standing in a language's tree for a page of another language."""
    return Page.objects.filter(pk=page.alias_of_id).exclude(locale_id=page.locale_id).exists()


def translation_into(page: Page) -> Translation | None:
    """The wagtail-localize translation that writes `page` from its source, if any."""
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source", "target_locale")
        .first()
    )


def enrolment_for(user, course: CoursePage) -> Enrolment | None:
    if not user.is_authenticated:
        return None
    return Enrolment.objects.filter(user=user, course_key=course.translation_key).first()


def missing_prerequisites(*, user, course: CoursePage) -> list[CoursePage]:
    prerequisites = list(course.prerequisites.all())
    if not prerequisites:
        return []
    completed = set(
        Enrolment.objects.filter(
            user=user,
            course_key__in=[page.translation_key for page in prerequisites],
            completed_at__isnull=False,
        ).values_list("course_key", flat=True)
    )
    return [page for page in prerequisites if page.translation_key not in completed]


def prerequisites_missing_for(*, user, courses: list[CoursePage]) -> dict[int, list[CoursePage]]:
    """`missing_prerequisites` for many courses at once (a programme's), by course id: two
    queries however many courses."""
    links = list(
        CoursePage.prerequisites.through.objects.filter(
            from_coursepage_id__in=[course.pk for course in courses]
        )
        .select_related("to_coursepage")
        .order_by("to_coursepage__path")
    )
    completed = (
        set(
            Enrolment.objects.filter(
                user=user,
                course_key__in={link.to_coursepage.translation_key for link in links},
                completed_at__isnull=False,
            ).values_list("course_key", flat=True)
        )
        if links and user.is_authenticated
        else set()
    )
    missing: dict[int, list[CoursePage]] = {course.pk: [] for course in courses}
    for link in links:
        if link.to_coursepage.translation_key not in completed:
            missing[link.from_coursepage_id].append(link.to_coursepage)
    return missing


def is_trainer_of(user, course: CoursePage) -> bool:
    """A trainer named on the course, or qualified for it by a trainer-of-trainers course and a
    confirmed practicum (a pending qualification does not count)."""
    if not has_role(user, Role.TRAINER):
        return False
    tot_keys = CoursePage.objects.filter(
        qualifies_for__translation_key=course.translation_key
    ).values("translation_key")
    return (
        course.trainers.filter(pk=user.pk).exists()
        or TrainerQualification.objects.filter(
            user=user, course_key__in=tot_keys, status=TrainerQualification.Status.QUALIFIED
        ).exists()
    )


def sees_learners_of(user, course: CoursePage) -> bool:
    """Who sees a course's learners by name, with their results: its trainers, coordinators and
    administrators."""
    return has_role(user, Role.COORDINATOR, Role.ADMINISTRATOR) or is_trainer_of(user, course)


def sees_trainer_notes(user) -> bool:
    return has_role(user, Role.TRAINER, Role.COORDINATOR, Role.ADMINISTRATOR)


def can_read_course(user, course: CoursePage, enrolment: Enrolment | None) -> bool:
    if not user.is_authenticated:
        return False
    if enrolment is not None and enrolment.is_active:
        return True
    return has_role(user, Role.COORDINATOR, Role.ADMINISTRATOR) or is_trainer_of(user, course)


@dataclass
class LessonItem:
    page: Page
    done: bool
    state: LessonState | None = None  # for an enrolled learner: what is met, what is missing

    @property
    def units(self) -> int:
        return self.state.units if self.state else 1

    @property
    def units_done(self) -> int:
        return self.state.units_done if self.state else int(self.done)


@dataclass
class ModuleItem:
    page: Page
    lessons: list[LessonItem] = field(default_factory=list)

    @property
    def percent(self) -> int:
        return percent_done(self.lessons)


def percent_done(lessons: list[LessonItem]) -> int:
    """Share of the required work done: each required activity counts, and each required lesson
    without one counts for marking it done."""
    required = [item for item in lessons if item.page.required]
    units = sum(item.units for item in required)
    if not units:
        return 0
    return round(100 * sum(item.units_done for item in required) / units)


def course_outline(
    course: CoursePage, enrolment: Enrolment | None = None
) -> tuple[list[ModuleItem], Progress | None]:
    """Modules and their lessons in one query, whatever the size of the course; for an enrolment,
    the lessons' bodies come in the same query and each lesson carries its state."""
    pages = (
        Page.objects.live()
        .descendant_of(course)
        .filter(depth__lte=course.depth + 2)
        .annotate(required=F("lessonpage__required"), minutes=F("lessonpage__minutes"))
        .only("title", "slug", "url_path", "path", "depth", "translation_key", "locale_id")
        .order_by("path")
    )
    if enrolment is not None:
        pages = pages.annotate(body=F("lessonpage__body"))
    modules: list[ModuleItem] = []
    items: list[LessonItem] = []
    for page in pages:
        if page.depth == course.depth + 1:
            modules.append(ModuleItem(page))
        elif modules and page.path.startswith(modules[-1].page.path) and page.required is not None:
            item = LessonItem(page, False)
            modules[-1].lessons.append(item)
            items.append(item)
    progress = None
    if enrolment is not None:
        done = set(enrolment.progress.values_list("lesson_key", flat=True))
        progress = progress_for(enrolment, [item.page for item in items], done)
        for item, state in zip(items, progress.lessons, strict=True):
            item.state, item.done = state, state.done
    return modules, progress


def next_lesson(lessons: list[LessonItem], enrolment: Enrolment | None) -> LessonPage | None:
    """Where to continue: the lesson she last opened if it is not done, else the first lesson
    not done, else the first lesson."""
    if not lessons:
        return None
    if enrolment is not None and enrolment.last_lesson_key:
        for item in lessons:
            if item.page.translation_key == enrolment.last_lesson_key and not item.done:
                return item.page
    return next((item.page for item in lessons if not item.done), lessons[0].page)


def course_context(*, course: CoursePage, user) -> dict:
    enrolment = enrolment_for(user, course)
    outline, progress = course_outline(course, enrolment)
    lessons = [item for module in outline for item in module.lessons]

    def languages():
        translations = course.get_translations(inclusive=True).live().select_related("locale")
        return sorted(translations, key=lambda page: page.locale.language_code != "ky")

    def prerequisites_missing():
        if enrolment is not None:
            return []
        if user.is_authenticated:
            return missing_prerequisites(user=user, course=course)
        return list(course.prerequisites.all())

    # The callables are read only by the templates that show them.
    return {
        "course": course,
        "enrolment": enrolment,
        "outline": outline,
        "lessons": lessons,
        "percent": percent_done(lessons),
        # What is still to do to complete the course (and get its certificate), in plain words.
        "missing": progress.missing if progress is not None else [],
        "next_lesson": next_lesson(lessons, enrolment) if enrolment else None,
        "can_read": can_read_course(user, course, enrolment),
        "missing_prerequisites": prerequisites_missing,
        "languages": languages,
        "is_tot": course.track == Track.TOT,
        "can_manage": has_role(user, Role.COORDINATOR, Role.ADMINISTRATOR),
    }


def lesson_context(*, lesson: LessonPage, user) -> dict:
    """What a lesson's page shows: its course's context, where the lesson stands in it and the
    lesson that follows."""
    context = course_context(course=course_of(lesson).specific, user=user)
    lessons = context["lessons"]
    position = next((i for i, item in enumerate(lessons) if item.page.pk == lesson.pk), None)
    context.update(
        trainer_view=sees_trainer_notes(user),
        lesson_done=position is not None and lessons[position].done,
        lesson_state=lessons[position].state if position is not None else None,
        following=(
            lessons[position + 1].page
            if position is not None and position + 1 < len(lessons)
            else None
        ),
    )
    return context


MAX_QUERY = 200


def search_terms(query: str) -> str:
    """The words of a search, as the search backends can take them: SQLite's full-text search
    reads quotes, brackets and upper-case AND/OR/NOT as its own syntax, so only lower-case
    words are passed on, and not a book's length of them."""
    return " ".join(re.findall(r"\w+", query[:MAX_QUERY].lower()))


def catalogue_kinds(index: CourseIndexPage) -> list[type[CatalogueEntry]]:
    """The kinds of entry the catalogue lists: its child page types that are catalogue entries
    (courses, and the programmes app's programmes), named in `CourseIndexPage.subpage_types`."""
    return [model for model in index.allowed_subpage_models() if issubclass(model, CatalogueEntry)]


def _search_hits(model, index: CourseIndexPage, terms: str) -> Q:
    """An entry matches on its own text; a course also on any of its lessons' text. The search
    runs over the whole catalogue (a search cannot follow the group filter's join), then the
    filters apply to its hits."""
    if not terms:
        return Q(pk__in=[])
    hits = Q(pk__in=[page.pk for page in model.objects.live().child_of(index).search(terms)])
    if model is CoursePage:
        lesson_hits = LessonPage.objects.live().descendant_of(index).search(terms)
        hits |= Q(path__in={page.path[: len(index.path) + model.steplen] for page in lesson_hits})
    return hits


def catalogue_for(*, index: CourseIndexPage, params) -> dict:
    """Every course and programme of the catalogue in the reader's language, filtered the same
    way (target group, track, words), in the editors' order; a fixed number of queries for each
    kind of entry (a course's search reads its lessons too), however many entries."""
    group = params.get("group", "")
    track = params.get("track", "")
    query = params.get("q", "").strip()[:MAX_QUERY]
    language = current_language()
    entries, elsewhere = [], []
    for model in catalogue_kinds(index):
        found = model.objects.live().child_of(index)
        if group:
            found = found.filter(audience__slug=group)
        if track in Track.values:
            found = found.filter(track=track)
        if query:
            found = found.filter(_search_hits(model, index, search_terms(query)))
        entries += found.distinct()
        # Entries that exist only in other languages are offered in those languages.
        elsewhere += (
            model.objects.live()
            .exclude(locale__language_code=language)
            .exclude(
                translation_key__in=model.objects.live()
                .filter(locale__language_code=language)
                .values("translation_key")
            )
            .select_related("locale")
        )
    return {
        "entries": sorted(entries, key=lambda page: page.path),
        "elsewhere": sorted(
            elsewhere, key=lambda page: (str(page.translation_key), page.locale.language_code)
        ),
        "groups": TargetGroup.objects.all(),
        "tracks": Track.choices,
        "selected": {"group": group, "track": track, "q": query},
    }


@dataclass
class LearningItem:
    enrolment: Enrolment
    course: CoursePage
    percent: int
    next_lesson: LessonPage | None
    missing: list[str] = field(default_factory=list)


def learning_for(user) -> list[LearningItem]:
    """My learning: each enrolment with its course in her language where it exists, its
    progress and its next step."""
    enrolments = list(
        Enrolment.objects.filter(user=user).prefetch_related("progress").order_by("-enrolled_at")
    )
    if not enrolments:
        return []
    language = current_language()
    pages = (
        CoursePage.objects.live()
        .filter(translation_key__in=[enrolment.course_key for enrolment in enrolments])
        .select_related("locale")
    )
    by_key: dict[UUID, CoursePage] = {}
    for page in pages:
        if page.translation_key not in by_key or page.locale.language_code == language:
            by_key[page.translation_key] = page
    paths = Q()
    for page in by_key.values():
        paths |= Q(path__startswith=page.path)
    lessons = (
        list(
            LessonPage.objects.live()
            .filter(paths)
            .only(
                "title",
                "url_path",
                "path",
                "depth",
                "translation_key",
                "required",
                "locale_id",
                "body",
            )
            .order_by("path")
        )
        if by_key
        else []
    )
    # Courses all stand at the same depth, so a lesson's course is the start of its path.
    course_path_length = len(next(iter(by_key.values())).path) if by_key else 0
    lessons_of: dict[str, list[LessonPage]] = defaultdict(list)
    for lesson in lessons:
        lessons_of[lesson.path[:course_path_length]].append(lesson)
    entries = []
    for enrolment in enrolments:
        course = by_key.get(enrolment.course_key)
        if course is not None:
            done = {progress.lesson_key for progress in enrolment.progress.all()}
            entries.append((enrolment, lessons_of[course.path], done))
    items = []
    for (enrolment, _lessons, _done), progress in zip(entries, progress_of(entries), strict=True):
        own = [LessonItem(state.lesson, state.done, state) for state in progress.lessons]
        following = next_lesson(own, enrolment) if enrolment.is_active else None
        course = by_key[enrolment.course_key]
        items.append(
            LearningItem(enrolment, course, percent_done(own), following, progress.missing)
        )
    return items

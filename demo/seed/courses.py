"""The demo courses: the catalogue and six courses written in Kyrgyz and translated into Russian
and English (texts in demo/content/courses/, read by demo.content), some demo learners'
progress, and the trainers' page permissions on the catalogue.

Needs seed_home_pages() and seed_people() first. Running it again changes nothing: a Kyrgyz page
is found by its slug under its parent, a translation by its translation key, and a page gets a
new revision only when something in it differs."""

from functools import partial

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.fields import StreamField
from wagtail.models import GroupPagePermission, Locale, Page, Site

from courses.completion import activities_in, course_lessons
from courses.models import (
    CourseIndexPage,
    CoursePage,
    Enrolment,
    EnrolmentMode,
    LessonPage,
    ModulePage,
    Track,
)
from courses.services import enrolment_create, lesson_mark_done, lesson_visit
from demo import content
from people.models import TargetGroup, User
from people.roles import Role

SOURCE = "ky"
LANGUAGES = content.LANGUAGES
CALLOUT_KINDS = ("note", "important", "example")
# Keys of the content that are not page fields: the tree and the relations.
STRUCTURE = {"slug", "modules", "lessons", "audience", "trainers", "prerequisites", "qualifies_for"}
# Fields a node may leave out, so that removing one from the content restores the default.
DEFAULTS = {
    CoursePage: {"track": Track.COURSE, "enrolment_mode": EnrolmentMode.OPEN, "enrolment_key": ""},
    LessonPage: {"required": True},
}

# Who is enrolled where, and how many of the course's required lessons she has done.
PROGRESS = [
    ("learner@demo.tendik.kg", "gender-cedaw", "half"),
    ("nurlan@demo.tendik.kg", "inclusive-dialogue", 1),
    ("jyldyz@demo.tendik.kg", "inclusive-dialogue", 0),
    ("jyldyz@demo.tendik.kg", "women-local-government", "all"),
    ("bermet@demo.tendik.kg", "gender-cedaw", 0),
]
ACTIVITY_BLOCKS = {name for name, _path in settings.LESSON_ACTIVITY_BLOCKS}
# Trainers write and edit courses in the catalogue; coordinators publish them.
TRAINER_PAGE_PERMISSIONS = ["add_page", "change_page"]


@transaction.atomic
def seed_courses() -> list[CoursePage]:
    """Build or update the demo courses; returns the Kyrgyz course pages."""
    catalogue = pages_ensure(CourseIndexPage, _homes(), content.catalogue())
    courses: dict[str, dict[str, Page]] = {}
    for course in content.courses():
        pages = pages_ensure(CoursePage, catalogue, course, partial(_relations, course, courses))
        courses[course["slug"]] = pages
        for module in course["modules"]:
            module_pages = pages_ensure(ModulePage, pages, module)
            for lesson in module["lessons"]:
                pages_ensure(LessonPage, module_pages, lesson)
    sources = {slug: pages[SOURCE] for slug, pages in courses.items()}
    _seed_progress(sources)
    # In every language, so that trainers can also translate the courses they write.
    for page in catalogue.values():
        _grant_trainers(page)
    return list(sources.values())


def _homes() -> dict[str, Page]:
    home = Site.objects.get(is_default_site=True).root_page.specific
    return {
        lang: home if lang == SOURCE else home.get_translation(_locale(lang)) for lang in LANGUAGES
    }


def _locale(language: str) -> Locale:
    return Locale.objects.get(language_code=language)


def pages_ensure(model, parents: dict[str, Page], node: dict, relations=None) -> dict[str, Page]:
    """The page for `node` in every language, each under its language's parent."""
    pages: dict[str, Page] = {}
    for language in LANGUAGES:
        values = _values(model, node, language)
        if language == SOURCE:
            page = model.objects.child_of(parents[language]).filter(slug=node["slug"]).first()
            if page is None:
                page = model(slug=node["slug"], live=False, **values)
                parents[language].add_child(instance=page)
        else:
            # The parent's translation exists already: the tree is walked from the top.
            page = pages[SOURCE].get_translation_or_none(_locale(language))
            if page is None:
                page = pages[SOURCE].copy_for_translation(_locale(language))
            page = page.specific
        _update(page, values, relations(language) if relations else {})
        pages[language] = page
    return pages


def _values(model, node: dict, language: str) -> dict:
    values = dict(DEFAULTS.get(model, {}))
    for name, value in node.items():
        if name in STRUCTURE:
            continue
        if name == "body":
            value = _body(value, language)
        elif isinstance(value, dict):
            value = value[language]
        values[name] = value
    return values


def _body(blocks: list[dict], language: str) -> list[tuple]:
    """A body as the content has it, one {kind: {language: text}} per block, in `language`."""
    body = []
    for block in blocks:
        ((kind, texts),) = block.items()
        if kind in CALLOUT_KINDS:
            body.append(("callout", {"kind": kind, "text": texts[language]}))
        elif kind == "trainer_notes":
            body.append(("trainer_notes", {"notes": texts[language], "handouts": []}))
        else:
            body.append((kind, texts[language]))
    return body


def _relations(course: dict, courses: dict[str, dict[str, Page]], language: str) -> dict:
    groups = TargetGroup.objects.in_bulk(course.get("audience", []), field_name="slug")
    trainers = User.objects.in_bulk(course.get("trainers", []), field_name="email")
    return {
        "audience": [groups[slug] for slug in course.get("audience", [])],
        "trainers": [trainers[email] for email in course.get("trainers", [])],
        # In the same language, so that a learner reads what to complete first in hers.
        "prerequisites": [courses[slug][language] for slug in course.get("prerequisites", [])],
        "qualifies_for": [courses[slug][language] for slug in course.get("qualifies_for", [])],
    }


def _update(page: Page, values: dict, relations: dict) -> None:
    """Set what differs, and publish a revision only if something did (or it is not live)."""
    changed = False
    for name, value in values.items():
        if _differs(page, name, value):
            setattr(page, name, _keeping_activities(page, name, value))
            changed = True
    for name, objects in relations.items():
        manager = getattr(page, name)
        if {obj.pk for obj in manager.all()} != {obj.pk for obj in objects}:
            manager.set(objects)
            changed = True
    if changed or not page.live:
        page.draft_title = page.title
        page.save_revision().publish()


def _differs(page: Page, name: str, value) -> bool:
    field = page._meta.get_field(name)
    if isinstance(field, StreamField):
        return _blocks(getattr(page, name)) != _blocks(field.to_python(value))
    return getattr(page, name) != value


def _blocks(stream) -> list[tuple]:
    """A stream's content without its block ids (those of streams inside it too), and without
    the activities (quizzes and the like) that other apps' demos place in it."""
    return [
        (child.block_type, _without_ids(child.block.get_prep_value(child.value)))
        for child in stream
        if child.block_type not in ACTIVITY_BLOCKS
    ]


def _without_ids(value):
    """A block's stored value without the ids of the blocks of a stream inside it (a new value
    gets new ids: they say nothing about its content)."""
    if isinstance(value, list):
        return [_without_ids(item) for item in value]
    if isinstance(value, dict):
        if set(value) <= {"type", "value", "id"} and "type" in value:
            return (value["type"], _without_ids(value.get("value")))
        return {key: _without_ids(item) for key, item in value.items()}
    return value


def _keeping_activities(page: Page, name: str, value):
    """The new value of a field; for a stream, followed by the activities already placed in it."""
    field = page._meta.get_field(name)
    if not isinstance(field, StreamField):
        return value
    placed = [raw for raw in getattr(page, name).raw_data if raw["type"] in ACTIVITY_BLOCKS]
    return [*field.stream_block.get_prep_value(field.to_python(value)), *placed]


def lessons_to_mark(course: CoursePage) -> list[LessonPage]:
    """The required lessons a learner marks done herself: those with no required activity."""
    lessons = [lesson for lesson in course_lessons(course) if lesson.required]
    by_activities = {a.lesson.translation_key for a in activities_in(lessons) if a.required}
    return [lesson for lesson in lessons if lesson.translation_key not in by_activities]


def _seed_progress(courses: dict[str, CoursePage]) -> None:
    for email, slug, done in PROGRESS:
        user = User.objects.get(email=email)
        course = courses[slug]
        if Enrolment.objects.filter(user=user, course_key=course.translation_key).exists():
            # Seeded before: a run after the quizzes are placed has fewer lessons to mark, and
            # would mark another share of them.
            continue
        progress_seed(user=user, course=course, done=done)


def progress_seed(*, user: User, course: CoursePage, done) -> Enrolment:
    """She enrols (if she is not enrolled) and marks `done` of the required lessons she marks
    herself: "all", "half" or a number; part way, she has opened the next one."""
    enrolment = enrolment_create(user=user, course=course, key=course.enrolment_key)
    lessons = lessons_to_mark(course)
    count = {"all": len(lessons), "half": len(lessons) // 2}.get(done, done)
    for lesson in lessons[:count]:
        enrolment = lesson_mark_done(user=user, lesson=lesson)
    if 0 < count < len(lessons):
        # She opened the next lesson and will continue there.
        lesson_visit(enrolment=enrolment, lesson=lessons[count])
    return enrolment


def _grant_trainers(catalogue: Page) -> None:
    trainers = Group.objects.get(name=Role.TRAINER)
    for codename in TRAINER_PAGE_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=trainers,
            page=catalogue,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            ),
        )

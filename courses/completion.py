"""The one place that decides whether an enrolment is complete.

Required lessons are checked here. Activity apps (quizzes, H5P, webinars, face-to-face sessions)
add their own requirement with `register_requirement` from their AppConfig.ready(), so that this
app never imports them. A requirement is a function (enrolment, course, lessons) -> list of what
is still missing, as strings a learner can read; an empty list means it is met. `lessons` are the
course's live lessons with their bodies, read once for every requirement (find blocks in them with
courses.blocks.placed)."""

from collections.abc import Callable

from courses.models import CoursePage, Enrolment, LessonPage

Requirement = Callable[[Enrolment, CoursePage, list[LessonPage]], list[str]]
_requirements: list[Requirement] = []


def register_requirement(requirement: Requirement) -> Requirement:
    if requirement not in _requirements:
        _requirements.append(requirement)
    return requirement


def required_lessons(course: CoursePage):
    return (
        LessonPage.objects.live()
        .descendant_of(course)
        .filter(required=True)
        .only("title", "translation_key", "path")
        .order_by("path")
    )


def course_lessons(course: CoursePage) -> list[LessonPage]:
    """The course's live lessons in order, with what completion reads of them."""
    return list(
        LessonPage.objects.live()
        .descendant_of(course)
        .only("title", "translation_key", "path", "required", "body", "locale_id")
        .order_by("path")
    )


def missing_for_completion(enrolment: Enrolment, course: CoursePage) -> list[str]:
    done = set(enrolment.progress.values_list("lesson_key", flat=True))
    lessons = course_lessons(course)
    missing = [
        lesson.title for lesson in lessons if lesson.required and lesson.translation_key not in done
    ]
    for requirement in _requirements:
        missing.extend(requirement(enrolment, course, lessons))
    return missing

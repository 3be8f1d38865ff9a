"""The one place that decides whether an enrolment is complete.

Required lessons are checked here. Activity apps (quizzes, H5P, webinars, face-to-face sessions)
add their own requirement with `register_requirement` from their AppConfig.ready(), so that this
app never imports them. A requirement is a function (enrolment, course) -> list of what is still
missing, as strings a learner can read; an empty list means it is met."""

from collections.abc import Callable

from courses.models import CoursePage, Enrolment, LessonPage

Requirement = Callable[[Enrolment, CoursePage], list[str]]
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


def missing_for_completion(enrolment: Enrolment, course: CoursePage) -> list[str]:
    done = set(enrolment.progress.values_list("lesson_key", flat=True))
    missing = [
        lesson.title for lesson in required_lessons(course) if lesson.translation_key not in done
    ]
    for requirement in _requirements:
        missing.extend(requirement(enrolment, course))
    return missing

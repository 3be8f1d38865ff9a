"""Reads of the H5P app: which activity a URL names, who may play it, and reports."""

from dataclasses import dataclass

from courses.blocks import placed
from courses.models import CoursePage, Enrolment, LessonPage
from courses.selectors import can_read_course, course_of, enrolment_for
from h5p.models import H5PPackage, H5PResult

BLOCK_TYPE = "h5p"


@dataclass
class Activity:
    """An H5P block in a lesson."""

    lesson: LessonPage
    course: CoursePage
    block_id: str
    package: H5PPackage
    pass_mark: int | None


def activity_for(lesson_id: int, block_id: str) -> Activity | None:
    """The H5P block `block_id` of a live lesson, if it holds a package that is ready."""
    lesson = LessonPage.objects.live().filter(pk=lesson_id).first()
    if lesson is None:
        return None
    block = next(
        (raw for _lesson, raw in placed([lesson], BLOCK_TYPE) if raw["id"] == block_id), None
    )
    if block is None:
        return None
    value = block.get("value") or {}
    package = H5PPackage.objects.ready().filter(pk=value.get("package")).first()
    if package is None:
        return None
    return Activity(
        lesson=lesson,
        course=course_of(lesson),
        block_id=block_id,
        package=package,
        pass_mark=value.get("pass_mark") or None,
    )


def may_play(user, activity: Activity) -> tuple[bool, Enrolment | None]:
    """Whoever may read the lesson may play its activities; only an active enrolment records."""
    enrolment = enrolment_for(user, activity.course)
    return can_read_course(user, activity.course, enrolment), enrolment


def result_for(enrolment: Enrolment | None, activity: Activity) -> H5PResult | None:
    if enrolment is None:
        return None
    return H5PResult.objects.filter(
        enrolment=enrolment, lesson_key=activity.lesson.translation_key, block_id=activity.block_id
    ).first()


@dataclass
class ReportRow:
    enrolment: Enrolment
    result: H5PResult | None


def activity_report(activity: Activity) -> list[ReportRow]:
    """Every learner enrolled in the course, with her attempts and best score: two queries."""
    enrolments = (
        Enrolment.objects.filter(course_key=activity.course.translation_key)
        .select_related("user")
        .order_by("user__full_name", "pk")
    )
    results = {
        result.enrolment_id: result
        for result in H5PResult.objects.filter(
            enrolment__course_key=activity.course.translation_key,
            lesson_key=activity.lesson.translation_key,
            block_id=activity.block_id,
        )
    }
    return [ReportRow(enrolment, results.get(enrolment.pk)) for enrolment in enrolments]

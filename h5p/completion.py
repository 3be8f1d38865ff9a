"""The H5P part of a course's completion rule: every H5P block of the course's required lessons
must be mastered (its pass mark reached, or completed when it has none)."""

from django.utils.translation import gettext as _

from courses.blocks import placed
from courses.models import CoursePage, Enrolment, LessonPage
from h5p.models import H5PResult
from h5p.selectors import BLOCK_TYPE


def h5p_requirement(
    enrolment: Enrolment, course: CoursePage, lessons: list[LessonPage]
) -> list[str]:
    wanted = [
        (lesson, block["id"]) for lesson, block in placed(lessons, BLOCK_TYPE) if lesson.required
    ]
    if not wanted:
        return []
    done = set(
        H5PResult.objects.filter(enrolment=enrolment, completed_at__isnull=False).values_list(
            "lesson_key", "block_id"
        )
    )
    return [
        # Translators: what is still missing to complete a course, after the lesson's title.
        _("%(lesson)s: interactive activity") % {"lesson": lesson.title}
        for lesson, block_id in wanted
        if (lesson.translation_key, block_id) not in done
    ]

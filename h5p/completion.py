"""The H5P part of a course's completion rule: every H5P block of the course's required lessons
must be mastered (its pass mark reached, or completed when it has none)."""

from django.utils.translation import gettext as _

from courses.models import CoursePage, Enrolment, LessonPage
from h5p.models import H5PResult
from h5p.selectors import h5p_blocks


def h5p_requirement(enrolment: Enrolment, course: CoursePage) -> list[str]:
    lessons = (
        LessonPage.objects.live()
        .descendant_of(course)
        .filter(required=True)
        .only("title", "translation_key", "body", "path")
        .order_by("path")
    )
    wanted = [(lesson, block["id"]) for lesson in lessons for block in h5p_blocks(lesson)]
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

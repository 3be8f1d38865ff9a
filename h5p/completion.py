"""The H5P part of the completion contract: every H5P block is a required activity of its
lesson, met once it is mastered (its pass mark reached, or completed when it has none)."""

from django.utils.translation import gettext as _

from courses.completion import ActivityKind
from h5p.models import H5PResult
from h5p.selectors import BLOCK_TYPE


def h5p_met(pairs) -> set:
    return set(
        H5PResult.objects.filter(
            enrolment__in=[enrolment for enrolment, _activities in pairs],
            completed_at__isnull=False,
        ).values_list("enrolment_id", "lesson_key", "block_id")
    )


def h5p_todo(lesson_title: str) -> str:
    # Translators: what is still missing to complete a course.
    return _("Complete the H5P activity in lesson “%(lesson)s”") % {"lesson": lesson_title}


H5P_ACTIVITY = ActivityKind(
    block_type=BLOCK_TYPE,
    target_field="package",
    todo=h5p_todo,
    met=h5p_met,
    # The block has no "required" switch: an activity placed in a lesson is part of it.
    required=lambda value: True,
)

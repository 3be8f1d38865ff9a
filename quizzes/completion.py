"""The quiz part of the completion contract: a quiz block is a required activity of its lesson
when it says so, met by any attempt at it that passed."""

from django.utils.translation import gettext as _

from courses.completion import ActivityKind
from quizzes.models import Attempt
from quizzes.placement import BLOCK_TYPE


def quizzes_met(pairs) -> set:
    """A quiz block is met by any attempt at it that passed."""
    keys = {
        activity.lesson.translation_key
        for _enrolment, activities in pairs
        for activity in activities
    }
    return set(
        Attempt.objects.filter(
            enrolment__in=[enrolment for enrolment, _activities in pairs],
            passed=True,
            lesson_key__in=keys,
        ).values_list("enrolment_id", "lesson_key", "block_id")
    )


def quiz_todo(lesson_title: str) -> str:
    # Translators: what is still missing to complete a course.
    return _("Pass the quiz in lesson “%(lesson)s”") % {"lesson": lesson_title}


QUIZ_ACTIVITY = ActivityKind(
    block_type=BLOCK_TYPE, target_field="quiz", todo=quiz_todo, met=quizzes_met
)

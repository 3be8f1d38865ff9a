"""Where a quiz is placed: a quiz block in a lesson, known by the lesson's translation key and
the block's id (wagtail-localize keeps block ids in every translation)."""

from dataclasses import dataclass

from core.i18n import in_locale
from courses.blocks import placed
from courses.models import LessonPage
from quizzes.models import Quiz

BLOCK_TYPE = "quiz"


@dataclass(frozen=True)
class Placement:
    lesson: LessonPage
    block_id: str
    quiz_id: int
    required: bool


def placements_in(lessons) -> list[Placement]:
    """The quiz blocks of `lessons` that hold a quiz."""
    return [
        Placement(lesson, raw["id"], raw["value"]["quiz"], bool(raw["value"].get("required")))
        for lesson, raw in placed(lessons, BLOCK_TYPE)
        if raw["value"].get("quiz")
    ]


def placement_in(lesson: LessonPage, block_id: str) -> Placement | None:
    return next((p for p in placements_in([lesson]) if p.block_id == block_id), None)


def quiz_of(placement: Placement) -> Quiz | None:
    """The placed quiz, in the lesson's language where it is translated."""
    quiz = Quiz.objects.filter(pk=placement.quiz_id).first()
    return in_locale(quiz, placement.lesson.locale) if quiz else None

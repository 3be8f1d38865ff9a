"""Reads about quizzes: what a learner still has to pass, and where she stands on one quiz."""

from dataclasses import dataclass

from courses.models import Enrolment, LessonPage
from quizzes.models import Attempt, Quiz


@dataclass
class QuizState:
    attempts: list[Attempt]
    open: Attempt | None
    best: Attempt | None
    attempts_left: int | None  # None: unlimited

    @property
    def passed(self) -> bool:
        # As completion reads it: any attempt that passed.
        return any(attempt.passed for attempt in self.attempts)

    @property
    def last(self) -> Attempt | None:
        return self.attempts[-1] if self.attempts else None


def quiz_state(*, enrolment: Enrolment, lesson: LessonPage, block_id: str, quiz: Quiz) -> QuizState:
    attempts = list(
        Attempt.objects.filter(
            enrolment=enrolment, lesson_key=lesson.translation_key, block_id=block_id
        ).defer("questions", "answers", "results")
    )
    done = [a for a in attempts if not a.is_open]
    best = max(done, key=lambda a: (a.score, -a.number), default=None)
    left = max(0, quiz.max_attempts - len(attempts)) if quiz.max_attempts else None
    return QuizState(
        attempts=done,
        open=next((a for a in attempts if a.is_open), None),
        best=best,
        attempts_left=left,
    )

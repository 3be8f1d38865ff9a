"""Results of a quiz block for trainers and coordinators: attempts, pass rate, average score, and
for each question the share of answers that were right, to find the confusing ones. Counted over
every language of the lesson, from what each attempt kept. One query however many attempts."""

from dataclasses import dataclass, field
from decimal import Decimal

from django.http import HttpResponse
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from core.exports import csv_response
from quizzes.models import Attempt


@dataclass
class QuestionStats:
    key: str
    text: str
    asked: int = 0
    right: int = 0

    @property
    def share_right(self) -> int:
        return round(100 * self.right / self.asked) if self.asked else 0


@dataclass
class QuizStats:
    attempts: list[Attempt]
    learners: int = 0
    learners_passed: int = 0
    average: Decimal | None = None
    questions: list[QuestionStats] = field(default_factory=list)

    @property
    def pass_rate(self) -> int:
        return round(100 * self.learners_passed / self.learners) if self.learners else 0


def quiz_stats(*, lesson_key, block_id: str, language: str) -> QuizStats:
    attempts = list(
        Attempt.objects.filter(
            lesson_key=lesson_key, block_id=block_id, status=Attempt.Status.SUBMITTED
        )
        .select_related("user")
        .order_by("submitted_at")
    )
    stats = QuizStats(attempts=attempts)
    if not attempts:
        return stats
    stats.learners = len({a.user_id for a in attempts})
    stats.learners_passed = len({a.user_id for a in attempts if a.passed})
    stats.average = (sum(a.score for a in attempts) / len(attempts)).quantize(Decimal("0.1"))
    questions: dict[str, QuestionStats] = {}
    for attempt in attempts:
        for question, result in zip(attempt.questions, attempt.results, strict=True):
            entry = questions.setdefault(
                question["key"], QuestionStats(question["key"], question["text"])
            )
            if attempt.language == language:
                entry.text = question["text"]  # in the reader's language where one was asked
            entry.asked += 1
            entry.right += result == 1
    stats.questions = sorted(questions.values(), key=lambda q: q.share_right)
    return stats


def questions_csv(stats: QuizStats, filename: str) -> HttpResponse:
    return csv_response(
        filename,
        [_("Question"), _("Times asked"), _("Answered right"), _("Right (%)")],
        ([q.text, q.asked, q.right, q.share_right] for q in stats.questions),
    )


def attempts_csv(stats: QuizStats, filename: str) -> HttpResponse:
    return csv_response(
        filename,
        [
            _("Learner"),
            _("Attempt"),
            _("Language"),
            pgettext("quiz attempt", "Submitted"),
            _("Score (%)"),
            pgettext("report column", "Passed"),
        ],
        (
            [
                a.user.full_name,
                a.number,
                a.language,
                a.submitted_at.isoformat(),
                a.score,
                _("yes") if a.passed else _("no"),
            ]
            for a in stats.attempts
        ),
    )

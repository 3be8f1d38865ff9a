"""The person's quiz attempts, for her data file: her answers and scores. The questions' snapshot
is left out: it is the quiz's content (and answer key), not something about her."""

from quizzes.models import Attempt


def attempts(person):
    return Attempt.objects.filter(user=person).values(
        "enrolment__course_key",
        "quiz_title",
        "language",
        "number",
        "status",
        "started_at",
        "submitted_at",
        "score",
        "passed",
        "timed_out",
        "answers",
    )

"""Taking a quiz: start an attempt, save answers as the learner goes, submit. Every change locks
the attempt's row first, so a double click, a second tab or a late retry changes it once."""

from datetime import timedelta
from decimal import Decimal

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.models import Enrolment, LessonPage
from courses.selectors import course_of
from courses.services import active_enrolment, lesson_activity_met
from quizzes.answers import read_answers
from quizzes.draw import draw
from quizzes.grading import grade
from quizzes.models import Attempt
from quizzes.placement import placement_in, quiz_of

# A submit that left the learner's phone before the limit may arrive a little after it.
GRACE = timedelta(seconds=30)


class AttemptRefused(Exception):
    """Why the attempt cannot be started or changed, in the learner's language."""


@transaction.atomic
def attempt_start(*, user, lesson: LessonPage, block_id: str) -> Attempt:
    """A new attempt, or the one still open (a second click resumes it)."""
    placement = placement_in(lesson, block_id)
    quiz = quiz_of(placement) if placement else None
    if quiz is None:
        raise AttemptRefused(_("This quiz is no longer in the lesson."))
    enrolment = active_enrolment(user=user, course=course_of(lesson))
    # One start at a time per learner: the enrolment row is the lock.
    Enrolment.objects.select_for_update().get(pk=enrolment.pk)
    attempts = Attempt.objects.filter(
        enrolment=enrolment, lesson_key=lesson.translation_key, block_id=block_id
    )
    current = attempts.filter(status=Attempt.Status.IN_PROGRESS).first()
    if current is not None:
        if not current.time_is_up(timezone.now() - GRACE):
            return current
        _close(current, timed_out=True)
    used = attempts.count()
    if quiz.max_attempts and used >= quiz.max_attempts:
        raise AttemptRefused(
            _("You have used all %(count)s attempts at this quiz.") % {"count": quiz.max_attempts}
        )
    questions = draw(quiz)
    if not questions:
        raise AttemptRefused(_("This quiz has no questions yet."))
    now = timezone.now()
    return Attempt.objects.create(
        user=user,
        enrolment=enrolment,
        lesson_key=lesson.translation_key,
        block_id=block_id,
        quiz_key=quiz.translation_key,
        quiz_title=quiz.title,
        language=lesson.locale.language_code,
        number=used + 1,
        started_at=now,
        deadline=now + timedelta(minutes=quiz.time_limit) if quiz.time_limit else None,
        pass_mark=quiz.pass_mark,
        show_answers=quiz.show_answers,
        one_per_page=quiz.one_per_page,
        questions=questions,
    )


def attempt_save(*, attempt: Attempt, data, shown: list[int]) -> Attempt:
    """Keep the answers to the questions at `shown`."""
    return _change(attempt, data, shown, submit=False)


def attempt_submit(*, attempt: Attempt, data, shown: list[int]) -> Attempt:
    """Keep the last answers, grade the attempt once, and close it."""
    return _change(attempt, data, shown, submit=True)


def attempt_close_if_expired(attempt: Attempt) -> Attempt:
    """Grade and close an attempt left open past its time limit."""
    if attempt.is_open and attempt.time_is_up(timezone.now() - GRACE):
        with transaction.atomic():
            attempt = Attempt.objects.select_for_update().get(pk=attempt.pk)
            if attempt.is_open:
                _close(attempt, timed_out=True)
    return attempt


def _change(attempt: Attempt, data, shown: list[int], *, submit: bool) -> Attempt:
    refusal = None
    with transaction.atomic():
        attempt = Attempt.objects.select_for_update().get(pk=attempt.pk)
        if not attempt.is_open:
            refusal = _("This attempt was already submitted; it was graded once.")
        elif attempt.time_is_up(timezone.now() - GRACE):
            # What was saved before the limit counts; what came after does not.
            _close(attempt, timed_out=True)
            refusal = _("The time is up. The answers saved before the limit have been graded.")
        else:
            attempt.answers = {**attempt.answers, **read_answers(attempt.questions, data, shown)}
            if submit:
                _close(attempt, timed_out=False)
            else:
                attempt.save(update_fields=["answers"])
    if refusal:
        raise AttemptRefused(refusal)
    return attempt


def _close(attempt: Attempt, *, timed_out: bool) -> None:
    results = [
        grade(question, attempt.answers.get(str(index)))
        for index, question in enumerate(attempt.questions)
    ]
    score = Decimal(100 * sum(results) / len(results)).quantize(Decimal("0.01"))
    attempt.results = results
    attempt.score = score
    attempt.passed = score >= attempt.pass_mark
    attempt.status = Attempt.Status.SUBMITTED
    attempt.submitted_at = timezone.now()
    attempt.timed_out = timed_out
    attempt.save()
    if attempt.passed:
        _complete_lesson(attempt)


def _complete_lesson(attempt: Attempt) -> None:
    """Passing the quiz may do the lesson it is in (when its other required activities are met
    too), and with it the course."""
    lesson = LessonPage.objects.filter(translation_key=attempt.lesson_key).first()
    if lesson is None:
        return
    lesson_activity_met(enrolment=attempt.enrolment, lesson=lesson)

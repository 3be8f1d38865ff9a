from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.views.decorators.http import require_POST

from audit.services import audited, exported_if
from core.i18n import in_locale
from core.params import parse_int
from courses.models import LessonPage
from courses.selectors import course_of, enrolment_for, sees_learners_of
from courses.services import EnrolmentRefused
from people.language import current_language
from quizzes.answers import AnswerRefused, is_answered
from quizzes.draw import pool
from quizzes.models import Attempt
from quizzes.placement import placement_in, quiz_of
from quizzes.review import review, shows_correct
from quizzes.selectors import quiz_state
from quizzes.services import (
    AttemptRefused,
    attempt_close_if_expired,
    attempt_save,
    attempt_start,
    attempt_submit,
)
from quizzes.stats import attempts_csv, questions_csv, quiz_stats


def _lesson_url(request, lesson: LessonPage, block_id: str) -> str:
    return f"{lesson.get_url(request)}#quiz-{block_id}"


def _lesson_of(attempt: Attempt) -> LessonPage | None:
    """The attempt's lesson in the reader's language, else in any."""
    lessons = LessonPage.objects.live().filter(translation_key=attempt.lesson_key)
    return in_locale(lessons, current_language())


@login_required
@require_POST
def start(request, page_id: int, block_id: str):
    lesson = get_object_or_404(LessonPage.objects.live(), pk=page_id)
    try:
        attempt = attempt_start(user=request.user, lesson=lesson, block_id=block_id)
    except (AttemptRefused, EnrolmentRefused) as refusal:
        messages.error(request, str(refusal))
        return redirect(_lesson_url(request, lesson, block_id))
    return redirect("quizzes:take", attempt.pk)


def _pages(attempt: Attempt) -> list[list[int]]:
    indexes = list(range(len(attempt.questions)))
    return [[i] for i in indexes] if attempt.one_per_page else [indexes]


def _answered(attempt: Attempt, among=None) -> int:
    indexes = range(len(attempt.questions)) if among is None else among
    return sum(is_answered(attempt.questions[i], attempt.answers.get(str(i))) for i in indexes)


def _page_number(value: str, count: int) -> int:
    return min(parse_int(value, 0), count - 1)


def _answer(request, attempt: Attempt):
    """Save or submit the answers on the posted page. The service refuses a closed or timed-out
    attempt; a script's autosave gets JSON, a plain form a redirect with a message."""
    pages = _pages(attempt)
    page = _page_number(request.POST.get("page", ""), len(pages))
    here = reverse("quizzes:take", args=[attempt.pk])
    action = request.POST.get("action", "save")
    autosave = action == "autosave"
    try:
        if action == "submit":
            attempt_submit(attempt=attempt, data=request.POST, shown=pages[page])
            return redirect("quizzes:result", attempt.pk)
        attempt = attempt_save(attempt=attempt, data=request.POST, shown=pages[page])
    except AnswerRefused as refusal:
        if autosave:
            return JsonResponse({"error": str(refusal)}, status=400)
        messages.error(request, str(refusal))
        return redirect(f"{here}?page={page}")
    except AttemptRefused as refusal:
        if autosave:
            return JsonResponse({"error": str(refusal)}, status=409)
        messages.error(request, str(refusal))
        return redirect("quizzes:result", attempt.pk)
    if autosave:
        return JsonResponse({"saved": True, "answered": _answered(attempt)})
    step = {"next": 1, "previous": -1}.get(action, 0)
    return redirect(f"{here}?page={min(max(page + step, 0), len(pages) - 1)}")


@login_required
def take(request, pk: int):
    """The attempt as a plain form; every step saves, and a small script saves as she goes."""
    attempt = get_object_or_404(Attempt, pk=pk, user=request.user)
    if request.method == "POST":
        return _answer(request, attempt)
    attempt = attempt_close_if_expired(attempt)
    if not attempt.is_open:
        return redirect("quizzes:result", attempt.pk)
    pages = _pages(attempt)
    page = _page_number(request.GET.get("page", ""), len(pages))
    questions = [
        _on_form(i, attempt.questions[i], attempt.answers.get(str(i))) for i in pages[page]
    ]
    return render(
        request,
        "quizzes/take.html",
        {
            "attempt": attempt,
            "questions": questions,
            "page": page,
            "pages": len(pages),
            "last_page": page == len(pages) - 1,
            "lesson": _lesson_of(attempt),
            "answered": format_html("<b>{}</b>", _answered(attempt)),
            # take.js counts the questions on this page as she answers, and adds these.
            "answered_elsewhere": _answered(
                attempt, [i for i in range(len(attempt.questions)) if i not in pages[page]]
            ),
            "seconds_left": (
                max(0, int((attempt.deadline - timezone.now()).total_seconds()))
                if attempt.deadline
                else None
            ),
        },
    )


def _on_form(index: int, question: dict, answer) -> dict:
    """A question as the form shows it, with the answer saved so far filled in."""
    choices = [
        {
            **choice,
            "checked": choice["id"] == answer
            or (isinstance(answer, list) and choice["id"] in answer),
            "position": answer.get(choice["id"]) if isinstance(answer, dict) else None,
        }
        for choice in question["choices"]
    ]
    positions = range(1, len(choices) + 1)
    return {
        **question,
        "index": index,
        "number": index + 1,
        "answer": answer,
        "choices": choices,
        "positions": positions,
    }


@login_required
def result(request, pk: int):
    attempt = attempt_close_if_expired(get_object_or_404(Attempt, pk=pk, user=request.user))
    if attempt.is_open:
        return redirect("quizzes:take", attempt.pk)
    lesson = _lesson_of(attempt)
    state = None
    if lesson is not None:
        placement = placement_in(lesson, attempt.block_id)
        quiz = quiz_of(placement) if placement else None
        if quiz is not None:
            state = quiz_state(
                enrolment=attempt.enrolment, lesson=lesson, block_id=attempt.block_id, quiz=quiz
            )
    passed_once = bool(attempt.passed) or (state is not None and state.passed)
    return render(
        request,
        "quizzes/result.html",
        {
            "attempt": attempt,
            "items": review(attempt, show_correct=shows_correct(attempt, passed_once=passed_once)),
            "state": state,
            "lesson": lesson,
            "can_retry": (
                state is not None
                and attempt.enrolment.is_active
                and (state.attempts_left is None or state.attempts_left > 0)
            ),
        },
    )


@login_required
@audited("quizzes.results", exported_if("download"))
def report(request, page_id: int, block_id: str):
    """The quiz's results, for the course's trainers, coordinators and administrators."""
    lesson = get_object_or_404(LessonPage.objects.live(), pk=page_id)
    placement = placement_in(lesson, block_id)
    quiz = quiz_of(placement) if placement else None
    if quiz is None:
        return redirect(lesson.get_url(request))
    course = course_of(lesson)
    if not sees_learners_of(request.user, course):
        raise PermissionDenied
    stats = quiz_stats(
        lesson_key=lesson.translation_key, block_id=block_id, language=current_language()
    )
    download = request.GET.get("download")
    if download == "questions":
        return questions_csv(stats, f"quiz-{page_id}-questions.csv")
    if download == "attempts":
        return attempts_csv(stats, f"quiz-{page_id}-attempts.csv")
    return render(
        request,
        "quizzes/report.html",
        {
            "lesson": lesson,
            "course": course,
            "quiz": quiz,
            "stats": stats,
            "questions": in_locale(pool(quiz), quiz.locale),
            "enrolment": enrolment_for(request.user, course),
        },
    )

"""Queries per quiz page: the lesson with a quiz block, the attempt form, the result, and the
results page for a coordinator, with 1 learner's attempt and with 300 learners' attempts. The
counts must be equal.

    .venv/bin/python bench/quiz_queries.py

Runs on a throwaway test database (SQLite in memory, or DATABASE_URL's server)."""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.test")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.http import QueryDict  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

from bench.queries import build, count  # noqa: E402

BLOCK = "bench-quiz"


def take(user, lesson, right: bool, *, submit: bool = True):
    from quizzes.services import attempt_start, attempt_submit

    attempt = attempt_start(user=user, lesson=lesson, block_id=BLOCK)
    if not submit:
        return attempt
    data = QueryDict(mutable=True)
    data.update({"q-0": attempt.questions[0]["correct"] if right else "", "q-1": "true"})
    return attempt_submit(attempt=attempt, data=data, shown=[0, 1])


def main() -> None:
    setup_test_environment()
    connection.creation.create_test_db(verbosity=0, autoclobber=True)
    from django.contrib.auth.models import Group
    from wagtail.models import Page

    from courses.models import CourseIndexPage, LessonPage
    from courses.services import enrolment_create
    from people.models import User
    from quizzes.models import Question, QuestionBank, Quiz, QuizQuestion

    home = Page.objects.get(depth=2)
    catalogue = home.add_child(instance=CourseIndexPage(title="Курстар", slug="courses"))
    course = build(catalogue, "quiz", 1, 3)
    bank = QuestionBank.objects.create(title="Банк")
    choices = [
        {"type": "choice", "value": {"text": t, "correct": t == "1979"}, "id": t}
        for t in ("1979", "1995")
    ]
    questions = [
        Question.objects.create(bank=bank, kind="single", text="CEDAW?", choices=choices),
        Question.objects.create(bank=bank, kind="true_false", text="Туурабы?"),
    ]
    quiz = Quiz.objects.create(title="Тест", pass_mark=50)
    for n, question in enumerate(questions):
        QuizQuestion.objects.create(quiz=quiz, question=question, sort_order=n)
    lesson = LessonPage.objects.descendant_of(course).first()
    lesson.body.append(("quiz", {"quiz": quiz, "required": True}, BLOCK))
    lesson.save_revision().publish()
    lesson = LessonPage.objects.get(pk=lesson.pk)

    learner = User.objects.create_user("bench@example.kg", "x", full_name="Бенч Окуучу")
    coordinator = User.objects.create_user("coord@example.kg", "x", full_name="Координатор")
    coordinator.groups.add(Group.objects.get(name="Coordinator"))
    enrolment_create(user=learner, course=course)
    as_learner, as_coordinator = Client(), Client()
    as_learner.force_login(learner)
    as_coordinator.force_login(coordinator)
    report = f"/ky/learning/quiz/{lesson.pk}/{BLOCK}/results/"

    print(f"{'attempts':>8} {'lesson':>7} {'form':>5} {'result':>7} {'results page':>13}")
    made = 1
    for total in (2, 300):
        for n in range(made, total - 1):
            other = User.objects.create_user(f"l{n}@example.kg", "x", full_name=f"Окуучу {n}")
            enrolment_create(user=other, course=course)
            take(other, lesson, right=n % 2 == 0)
        made = total - 1
        done = take(learner, lesson, right=False)
        open_attempt = take(learner, lesson, right=False, submit=False)
        print(
            f"{total:>8} {count(as_learner, lesson.url):>7} "
            f"{count(as_learner, f'/ky/learning/attempts/{open_attempt.pk}/'):>5} "
            f"{count(as_learner, f'/ky/learning/attempts/{done.pk}/result/'):>7} "
            f"{count(as_coordinator, report):>13}"
        )
        open_attempt.delete()
    connection.creation.destroy_test_db(":memory:", verbosity=0)


if __name__ == "__main__":
    main()

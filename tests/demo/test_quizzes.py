"""The demo quizzes: in three languages, placed in their lessons, valid, with demo attempts,
and seeded again without a change. Seeded once for the module, in a transaction rolled back at
its end."""

import pytest
from django.db import transaction
from wagtail.models import Revision

from courses.models import LessonPage
from demo import content
from demo.seed.courses import seed_courses
from demo.seed.home import seed_home_pages
from demo.seed.people import seed_people
from demo.seed.quizzes import seed_quizzes
from quizzes.models import Attempt, Question, Quiz
from tests.demo.test_courses import LOOK_ALIKES

pytestmark = pytest.mark.django_db
QUIZZES = content.quizzes()


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        seed_home_pages()
        seed_people()
        seed_courses()
        quizzes = seed_quizzes()
        revisions, attempts = Revision.objects.count(), Attempt.objects.count()
        seed_courses()
        seed_quizzes()
        yield quizzes, (revisions, attempts), (Revision.objects.count(), Attempt.objects.count())
        transaction.set_rollback(True)


def test_a_second_run_changes_nothing(seeded):
    _quizzes, first, second = seeded
    assert first == second


@pytest.mark.parametrize("spec", QUIZZES, ids=[spec["slug"] for spec in QUIZZES])
def test_each_quiz_is_in_its_lesson_in_every_language(seeded, spec):
    lessons = LessonPage.objects.filter(slug=spec["lesson"]) | LessonPage.objects.filter(
        translation_key=LessonPage.objects.get(
            slug=spec["lesson"], locale__language_code="ky"
        ).translation_key
    )
    placed = {}
    for lesson in lessons.distinct():
        blocks = [child for child in lesson.body if child.block_type == "quiz"]
        assert len(blocks) == 1, lesson
        quiz = blocks[0].value["quiz"]
        assert (
            quiz.locale == lesson.locale
            and quiz.title == spec["title"][lesson.locale.language_code]
        )
        placed[lesson.locale.language_code] = (blocks[0].id, quiz.translation_key)
    assert set(placed) == {"ky", "ru", "en"}
    assert len(set(placed.values())) == 1  # one block id and one quiz, in three languages


def test_every_demo_question_is_valid_and_in_real_kyrgyz_letters(seeded):
    questions = Question.objects.all()
    assert questions.count() == 3 * sum(len(spec["questions"]) for spec in QUIZZES)
    for question in questions:
        question.full_clean()
        if question.locale.language_code == "ky":
            assert not set(question.text) & set(LOOK_ALIKES)
    for quiz in Quiz.objects.all():
        quiz.full_clean()


def test_demo_learners_have_attempts(seeded):
    passed = Attempt.objects.filter(passed=True).values_list("user__email", "quiz_title")
    assert ("nurlan@demo.tendik.kg", QUIZZES[1]["title"]["ky"]) in passed
    assert Attempt.objects.filter(user__email="bermet@demo.tendik.kg", language="ru").count() == 2

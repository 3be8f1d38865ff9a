import pytest
from wagtail.models import Locale

from courses.models import LessonPage
from courses.services import enrolment_create
from quizzes.models import Question, QuestionBank, Quiz, QuizQuestion

BLOCK_ID = "11111111-2222-3333-4444-555555555555"


def choices(*texts_right):
    """Choices from (text, right) pairs, with fixed ids."""
    return [
        {"type": "choice", "value": {"text": text, "correct": right}, "id": f"c{n}-{text[:8]}"}
        for n, (text, right) in enumerate(texts_right)
    ]


def make_questions(bank) -> list[Question]:
    """One question of each kind, in Kyrgyz."""
    return [
        Question.objects.create(
            bank=bank,
            kind="single",
            text="CEDAW качан кабыл алынган?",
            choices=choices(("1979", True), ("1995", False), ("2000", False)),
            feedback_right="Туура! 1979-жылы.",
            feedback_wrong="Жок. Конвенция 1979-жылы кабыл алынган.",
            explanation="БУУнун Башкы Ассамблеясы 1979-жылы кабыл алган.",
        ),
        Question.objects.create(
            bank=bank,
            kind="multiple",
            text="Кайсылары адам укуктары?",
            choices=choices(("Билим алуу", True), ("Шайлоо", True), ("Уурдоо", False)),
            partial_credit=True,
        ),
        Question.objects.create(
            bank=bank,
            kind="true_false",
            text="Кыргызстан CEDAWга кошулган.",
            statement_is_true=True,
        ),
        Question.objects.create(
            bank=bank,
            kind="short",
            text="Бул кайсы уюм: БУУ?",
            accepted_answers="Бириккен Улуттар Уюму\nБУУ",
        ),
        Question.objects.create(
            bank=bank,
            kind="ordering",
            text="Баяндаманын кадамдарын иретке келтириңиз.",
            choices=choices(("Даярдоо", False), ("Тапшыруу", False), ("Талкуулоо", False)),
        ),
    ]


def make_quiz(questions, **rules) -> Quiz:
    quiz = Quiz.objects.create(title="CEDAW боюнча тест", **rules)
    for n, question in enumerate(questions):
        QuizQuestion.objects.create(quiz=quiz, question=question, sort_order=n)
    return quiz


def place_quiz(lesson: LessonPage, quiz: Quiz, *, required=True, block_id=BLOCK_ID) -> LessonPage:
    lesson.body.append(("quiz", {"quiz": quiz, "required": required}, block_id))
    lesson.save_revision().publish()
    return LessonPage.objects.get(pk=lesson.pk)


@pytest.fixture
def bank(db):
    return QuestionBank.objects.create(title="CEDAW суроолору")


@pytest.fixture
def questions(bank):
    return make_questions(bank)


@pytest.fixture
def quiz(questions):
    return make_quiz(questions, pass_mark=80, shuffle_choices=False)


@pytest.fixture
def quiz_lesson(lessons, quiz):
    return place_quiz(lessons[0], quiz)


@pytest.fixture
def enrolled(learner, course):
    enrolment_create(user=learner, course=course)
    return learner


def right_answers(attempt) -> dict:
    """A form that answers every question of the attempt right."""
    data = {}
    for index, question in enumerate(attempt.questions):
        name, correct = f"q-{index}", question["correct"]
        if question["kind"] == "true_false":
            data[name] = "true" if correct else "false"
        elif question["kind"] == "short":
            data[name] = correct[0]
        elif question["kind"] == "ordering":
            for position, choice_id in enumerate(correct, start=1):
                data[f"{name}-{choice_id}"] = str(position)
        else:
            data[name] = correct
    return data


def wrong_answers(attempt) -> dict:
    data = {}
    for index, question in enumerate(attempt.questions):
        name = f"q-{index}"
        if question["kind"] == "single":
            data[name] = next(
                c["id"] for c in question["choices"] if c["id"] != question["correct"]
            )
        elif question["kind"] == "true_false":
            data[name] = "false" if question["correct"] else "true"
        elif question["kind"] == "short":
            data[name] = "билбейм"
    return data


@pytest.fixture
def russian(db):
    return Locale.objects.get_or_create(language_code="ru")[0]

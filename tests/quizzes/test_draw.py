"""What an attempt asks: fixed or drawn questions, shuffled, in the learner's language."""

import pytest
from django.core.exceptions import ValidationError

from quizzes.draw import draw
from quizzes.models import Question, Quiz
from tests.quizzes.conftest import make_questions


def test_fixed_questions_in_their_order(quiz, questions):
    asked = draw(quiz)
    assert [q["key"] for q in asked] == [str(q.translation_key) for q in questions]
    single = asked[0]
    assert single["kind"] == "single" and single["correct"] == "c0-1979"
    assert [c["text"] for c in single["choices"]] == ["1979", "1995", "2000"]
    assert "correct" not in single["choices"][0]  # the form never carries the right answer


def test_n_drawn_at_random_from_a_bank(bank):
    make_questions(bank)
    make_questions(bank)  # ten questions
    quiz = Quiz.objects.create(title="Кокустан", draw_from=bank, draw_count=3)
    draws = [tuple(q["key"] for q in draw(quiz)) for _ in range(30)]
    assert all(len(set(keys)) == 3 for keys in draws)  # no question twice in one attempt
    assert len({key for keys in draws for key in keys}) > 3  # not always the same three
    assert len(set(draws)) > 1


def test_a_draw_larger_than_the_bank_cannot_be_saved(bank, questions):
    quiz = Quiz(title="Көп", draw_from=bank, draw_count=6)
    with pytest.raises(ValidationError) as error:
        quiz.full_clean()
    assert "draw_count" in error.value.message_dict


def test_shuffled_choices_keep_their_ids(quiz):
    quiz.shuffle_choices = True
    quiz.save()
    orders = {tuple(c["id"] for c in draw(quiz)[0]["choices"]) for _ in range(30)}
    assert len(orders) > 1
    assert all(sorted(order) == ["c0-1979", "c1-1995", "c2-2000"] for order in orders)


def test_ordering_steps_are_never_listed_as_the_answer_key(quiz):
    ordering = draw(quiz)[4]
    assert ordering["correct"] == ["c0-Даярдоо", "c1-Тапшыруу", "c2-Талкууло"]
    shown = {tuple(c["id"] for c in draw(quiz)[4]["choices"]) for _ in range(30)}
    assert len(shown) > 1


def test_the_translated_question_is_asked_in_its_language(quiz, questions, russian):
    question = questions[0]
    translation = question.copy_for_translation(russian)
    translation.text = "Когда принята CEDAW?"
    translation.save()
    quiz_ru = quiz.copy_for_translation(russian)
    quiz_ru.save()
    asked = draw(quiz_ru)
    assert asked[0]["text"] == "Когда принята CEDAW?"
    # The choice ids are the same in both languages, so an answer means the same choice.
    assert asked[0]["correct"] == draw(quiz)[0]["correct"]
    assert asked[1]["text"] == questions[1].text  # not translated yet: asked in Kyrgyz


@pytest.mark.parametrize(
    "fields, error",
    [
        ({"kind": "single", "choices": []}, "choices"),
        ({"kind": "short", "accepted_answers": " \n "}, "accepted_answers"),
    ],
)
def test_an_incomplete_question_cannot_be_saved(bank, fields, error):
    question = Question(bank=bank, text="?", **fields)
    with pytest.raises(ValidationError) as raised:
        question.full_clean()
    assert error in raised.value.message_dict

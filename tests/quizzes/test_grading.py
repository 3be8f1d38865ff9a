import pytest

from quizzes.grading import (
    grade_multiple,
    grade_ordering,
    grade_short,
    grade_single,
    grade_true_false,
)
from quizzes.normalise import normalise


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("  Теңдик  ", "теңдик"),
        ("ТЕҢДИК", "теңдик"),
        ("теӊдик", "теңдик"),  # Khakas ӊ from another keyboard
        ("теҥдик", "теңдик"),
        ("Yй-бүлө", "үй-бүлө"),  # Latin capital Y for Ү
        ("ұй-бұлө", "үй-бүлө"),  # Kazakh ұ
        ("кɵл", "көл"),
        ("кθл", "көл"),
        ("Ёлка", "елка"),
        ("cемья", "семья"),  # Latin c
        ("Конвенция  CEDAW.", "конвенция cedaw"),
        ("үй - бүлө", "үй-бүлө"),
    ],
)
def test_normalise(typed, expected):
    assert normalise(typed) == normalise(expected)


def test_kyrgyz_letters_stay_distinct():
    assert normalise("көл") != normalise("кол")
    assert normalise("үй") != normalise("уй")
    assert normalise("аң") != normalise("ан")


def test_short_answer():
    accepted = ["Айылдык кеңеш", "айыл кеңеши"]
    assert grade_short(accepted=accepted, given="айылдык  КЕӉЕШ") == 1.0
    assert grade_short(accepted=accepted, given="Айыл кеңеши.") == 1.0
    assert grade_short(accepted=accepted, given="кеңеш") == 0.0
    assert grade_short(accepted=accepted, given="   ") == 0.0


def test_single_and_true_false():
    assert grade_single(correct=3, given=3) == 1.0
    assert grade_single(correct=3, given=4) == 0.0
    assert grade_single(correct=3, given=None) == 0.0
    assert grade_true_false(correct=False, given=False) == 1.0
    assert grade_true_false(correct=False, given=None) == 0.0


@pytest.mark.parametrize(
    ("given", "partial", "score"),
    [
        ({1, 2}, False, 1.0),
        ({1}, False, 0.0),
        ({1}, True, 0.5),
        ({1, 2, 3}, True, 0.5),
        ({3}, True, 0.0),
        ({1, 3, 4}, True, 0.0),
        (set(), True, 0.0),
    ],
)
def test_multiple_choice(given, partial, score):
    assert grade_multiple(correct={1, 2}, given=given, partial=partial) == score


@pytest.mark.parametrize(
    ("given", "partial", "score"),
    [
        ([1, 2, 3, 4], False, 1.0),
        ([2, 1, 3, 4], False, 0.0),
        ([2, 1, 3, 4], True, 0.5),
        ([1, 2, 3], True, 0.0),  # a step left out
        ([1, 2, 3, 9], True, 0.0),  # a step that is not in the question
    ],
)
def test_ordering(given, partial, score):
    assert grade_ordering(correct=[1, 2, 3, 4], given=given, partial=partial) == score

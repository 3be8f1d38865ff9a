"""What a new attempt asks: the quiz's questions (or N drawn from its bank) in the learner's
language where they are translated, shuffled as the quiz says, written down as plain data that
the attempt keeps."""

import random

from core.i18n import in_locale
from quizzes.models import Question, QuestionKind, Quiz
from quizzes.models.bank import CHOICE_KINDS

_random = random.SystemRandom()


def pool(quiz: Quiz) -> list[Question]:
    """The questions a quiz asks from: its own list in order, or the whole bank it draws from
    (the bank's source-language questions, so each counts once whatever its translations)."""
    if quiz.draw_from_id:
        return list(
            Question.objects.filter(
                bank__translation_key=quiz.draw_from.translation_key,
                locale=quiz.draw_from.locale,
            ).order_by("pk")
        )
    return [item.question for item in quiz.items.select_related("question")]


def questions_for(quiz: Quiz) -> list[Question]:
    questions = pool(quiz)
    if quiz.draw_from_id:
        return _random.sample(questions, min(quiz.draw_count or 0, len(questions)))
    if quiz.shuffle_questions:
        _random.shuffle(questions)
    return questions


def draw(quiz: Quiz) -> list[dict]:
    questions = in_locale(questions_for(quiz), quiz.locale)
    return [_written(question, shuffle=quiz.shuffle_choices) for question in questions]


def _written(question: Question, *, shuffle: bool) -> dict:
    choices = [{"id": child.id, **child.value} for child in question.choices]
    kind = question.kind
    if kind == QuestionKind.SINGLE:
        correct = next(c["id"] for c in choices if c["correct"])
    elif kind == QuestionKind.MULTIPLE:
        correct = [c["id"] for c in choices if c["correct"]]
    elif kind == QuestionKind.ORDERING:
        correct = [c["id"] for c in choices]
    elif kind == QuestionKind.TRUE_FALSE:
        correct = question.statement_is_true
    else:
        correct = question.accepted
    shown = [{"id": c["id"], "text": c["text"]} for c in choices]
    # Steps listed in their right order would give the answer away.
    if shuffle or kind == QuestionKind.ORDERING:
        _random.shuffle(shown)
    return {
        "key": str(question.translation_key),
        "kind": kind,
        "text": question.text,
        "choices": shown if kind in CHOICE_KINDS else [],
        "correct": correct,
        "partial": question.partial_credit,
        "feedback_right": question.feedback_right,
        "feedback_wrong": question.feedback_wrong,
        "explanation": question.explanation,
    }

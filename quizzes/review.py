"""How a submitted attempt is shown back to the learner: per question, what she answered, whether
it was right, the feedback, and (when the quiz allows) the right answer and the explanation."""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from quizzes.models import Attempt, ShowAnswers


@dataclass
class ReviewItem:
    number: int
    text: str
    given: str
    result: float
    feedback: str
    correct: str | None
    explanation: str | None

    @property
    def verdict(self) -> str:
        if self.result == 1:
            return "right"
        return "partly" if self.result > 0 else "wrong"


def shows_correct(attempt: Attempt, *, passed_once: bool) -> bool:
    if attempt.show_answers == ShowAnswers.AFTER_ATTEMPT:
        return True
    return attempt.show_answers == ShowAnswers.AFTER_PASS and passed_once


def review(attempt: Attempt, *, show_correct: bool) -> list[ReviewItem]:
    items = []
    for index, (question, result) in enumerate(
        zip(attempt.questions, attempt.results, strict=True)
    ):
        answer = attempt.answers.get(str(index))
        items.append(
            ReviewItem(
                number=index + 1,
                text=question["text"],
                given=_shown(question, answer) or _("(no answer)"),
                result=result,
                feedback=question["feedback_right"] if result == 1 else question["feedback_wrong"],
                correct=_shown(question, _right_answer(question)) if show_correct else None,
                explanation=question["explanation"] if show_correct else None,
            )
        )
    return items


def _right_answer(question: dict):
    if question["kind"] == "ordering":
        return {choice_id: n for n, choice_id in enumerate(question["correct"], start=1)}
    if question["kind"] == "short":
        return question["correct"][0]
    return question["correct"]


def _shown(question: dict, answer) -> str:
    if answer is None or answer == [] or answer == {}:
        return ""
    texts = {choice["id"]: choice["text"] for choice in question["choices"]}
    kind = question["kind"]
    if kind == "single":
        return texts.get(answer, "")
    if kind == "multiple":
        return "; ".join(texts[c["id"]] for c in question["choices"] if c["id"] in answer)
    if kind == "true_false":
        return _("True") if answer else _("False")
    if kind == "ordering":
        return " → ".join(texts[choice_id] for choice_id in sorted(answer, key=answer.get))
    return answer

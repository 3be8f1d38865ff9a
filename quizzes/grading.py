"""Scores for one answer to one question, from 0 to 1. Pure functions: the attempt service
decides what was asked and stores what was given; these only compare."""

from collections.abc import Collection, Sequence

from quizzes.normalise import normalise


def grade_single(*, correct: str, given: str | None) -> float:
    return 1.0 if given is not None and given == correct else 0.0


def grade_true_false(*, correct: bool, given: bool | None) -> float:
    return 1.0 if given is not None and given is correct else 0.0


def grade_multiple(*, correct: Collection[str], given: Collection[str], partial: bool) -> float:
    """All or nothing; or, with partial credit, the right choices ticked minus the wrong ones,
    over the number of right choices, never below zero."""
    correct, given = set(correct), set(given)
    if not partial:
        return 1.0 if given == correct else 0.0
    if not correct:
        return 1.0 if not given else 0.0
    score = (len(given & correct) - len(given - correct)) / len(correct)
    return max(0.0, score)


def grade_short(*, accepted: Collection[str], given: str) -> float:
    answer = normalise(given or "")
    return 1.0 if answer and answer in {normalise(text) for text in accepted} else 0.0


def grade_ordering(*, correct: Sequence[str], given: Sequence[str], partial: bool) -> float:
    """The steps in the right order; with partial credit, the share of steps in their place.
    An answer that is not a rearrangement of the steps scores nothing."""
    if sorted(given) != sorted(correct):
        return 0.0
    if not partial:
        return 1.0 if list(given) == list(correct) else 0.0
    return sum(a == b for a, b in zip(given, correct, strict=True)) / len(correct)


def grade(question: dict, answer) -> float:
    """The score of `answer` (as read by quizzes.answers) to a question as an attempt keeps it."""
    kind, correct = question["kind"], question["correct"]
    if kind == "single":
        return grade_single(correct=correct, given=answer)
    if kind == "true_false":
        return grade_true_false(correct=correct, given=answer)
    if kind == "multiple":
        return grade_multiple(correct=correct, given=answer or [], partial=question["partial"])
    if kind == "short":
        return grade_short(accepted=correct, given=answer or "")
    # Ordering: the answer gives each step its position.
    positions = answer or {}
    order = sorted(positions, key=positions.get)
    if sorted(positions.values()) != list(range(1, len(correct) + 1)):
        order = []
    return grade_ordering(correct=correct, given=order, partial=question["partial"])

"""Reading a learner's answers from a submitted form. Only the questions of the attempt that were
on the submitted page may be answered, each with one of its own choices; anything else in the
form is refused whole, so nothing of a forged form is stored."""

import re

from django.utils.translation import gettext as _

from quizzes.models import QuestionKind

# Fields a quiz form carries besides the answers. A posted score, or anything else, is refused.
CONTROL_FIELDS = {"csrfmiddlewaretoken", "action", "page"}
FIELD = re.compile(r"^q-(\d+)(?:-(.+))?$")
SHORT_ANSWER_MAX = 200


class AnswerRefused(Exception):
    """What is wrong with the submitted answers, in the learner's language."""


def read_answers(questions: list[dict], data, shown: list[int]) -> dict[str, object]:
    """The answers to the questions at the indexes `shown`, from the form `data` (a QueryDict).
    A question left blank is answered None."""
    given: dict[int, dict] = {index: {} for index in shown}
    for name in data:
        if name in CONTROL_FIELDS:
            continue
        match = FIELD.match(name)
        if match is None:
            raise AnswerRefused(_("The form holds a field that is not part of this quiz."))
        index = int(match[1])
        if index not in given:
            raise AnswerRefused(_("The form answers a question that is not in this attempt."))
        given[index][match[2]] = data.getlist(name)
    return {str(index): _answer(questions[index], index, fields) for index, fields in given.items()}


def is_answered(question: dict, answer) -> bool:
    """Whether a saved answer answers the question: False is an answer to a true/false question,
    and an ordering is answered when every step has its number (take.js counts the same way)."""
    if question["kind"] == QuestionKind.ORDERING:
        return isinstance(answer, dict) and len(answer) == len(question["choices"])
    return answer is not None and answer != "" and answer != []


def _answer(question: dict, index: int, fields: dict[str | None, list[str]]):
    number = index + 1
    ids = [choice["id"] for choice in question["choices"]]
    kind = question["kind"]
    if kind == QuestionKind.ORDERING:
        positions = {}
        for choice_id, values in fields.items():
            if choice_id not in ids:
                raise AnswerRefused(_wrong_choice(number))
            value = values[-1].strip()
            if value and not (value.isdigit() and 1 <= int(value) <= len(ids)):
                raise AnswerRefused(_wrong_choice(number))
            if value:
                positions[choice_id] = int(value)
        return positions or None
    if set(fields) - {None}:
        raise AnswerRefused(_wrong_choice(number))
    values = [value for value in fields.get(None, []) if value != ""]
    if kind == QuestionKind.MULTIPLE:
        if any(value not in ids for value in values):
            raise AnswerRefused(_wrong_choice(number))
        return sorted(set(values))
    if not values:
        return None
    if len(values) > 1:
        raise AnswerRefused(_wrong_choice(number))
    value = values[0]
    if kind == QuestionKind.SINGLE and value not in ids:
        raise AnswerRefused(_wrong_choice(number))
    if kind == QuestionKind.TRUE_FALSE:
        if value not in ("true", "false"):
            raise AnswerRefused(_wrong_choice(number))
        return value == "true"
    if kind == QuestionKind.SHORT:
        if len(value) > SHORT_ANSWER_MAX:
            raise AnswerRefused(
                _("The answer to question %(number)s is longer than %(max)s characters.")
                % {"number": number, "max": SHORT_ANSWER_MAX}
            )
        return value.strip()
    return value


def _wrong_choice(number: int) -> str:
    return _("The answer to question %(number)s is not one of its choices.") % {"number": number}

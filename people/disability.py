"""Disability as the Washington Group Short Set on Functioning (WG-SS) identifies it.

Six optional questions in the profile (people.models.FUNCTIONING_FIELDS), asked in the set's own
wording and order, answered on its four-point scale or refused. Reports count people by
`status`, with the cut-off the Washington Group recommends for international comparison: a
person has a disability when at least one domain is "a lot of difficulty" or "cannot do at
all". A person with no such answer counts as without a disability only when she answered all
six questions; otherwise she is not counted either way (WG's "missing")."""

from collections.abc import Mapping

from django.db.models import Case, CharField, Q, Value, When
from django.utils.translation import gettext_lazy as _

from people.models import FUNCTIONING_FIELDS, Difficulty

# Translators: the Washington Group Short Set's introduction, before its six questions. Use the
# official wording of the set in your language where there is one.
INTRODUCTION = _(
    "The next questions ask about difficulties you may have doing certain activities because "
    "of a health problem."
)

# The questions, in the official English wording of the WG-SS.
QUESTIONS = {
    "wg_seeing": _("Do you have difficulty seeing, even if wearing glasses?"),
    "wg_hearing": _("Do you have difficulty hearing, even if using a hearing aid?"),
    "wg_walking": _("Do you have difficulty walking or climbing steps?"),
    "wg_remembering": _("Do you have difficulty remembering or concentrating?"),
    "wg_self_care": _(
        "Do you have difficulty with self-care, such as washing all over or dressing?"
    ),
    "wg_communicating": _(
        "Using your usual language, do you have difficulty communicating, for example "
        "understanding or being understood?"
    ),
}
assert tuple(QUESTIONS) == FUNCTIONING_FIELDS

YES = "yes"
NO = "no"
UNKNOWN = ""
# The answers at or above the recommended cut-off, and those that say she has no such difficulty.
SEVERE = frozenset({Difficulty.A_LOT, Difficulty.CANNOT})
MILD = frozenset({Difficulty.NONE, Difficulty.SOME})


def answers_of(user_or_values) -> dict[str, str]:
    """The six answers ("" where not answered), of a User or of a mapping of field names (a
    `.values()` row, a form's cleaned data)."""
    if isinstance(user_or_values, Mapping):
        return {name: user_or_values.get(name) or "" for name in FUNCTIONING_FIELDS}
    return {name: getattr(user_or_values, name) or "" for name in FUNCTIONING_FIELDS}


def status(user_or_values) -> str:
    """ "yes": at least one domain a lot of difficulty or cannot do at all; "no": all six answered
    and none of them so; "": otherwise (nothing answered, some left blank or refused)."""
    answers = answers_of(user_or_values).values()
    if any(answer in SEVERE for answer in answers):
        return YES
    if all(answer in MILD for answer in answers):
        return NO
    return UNKNOWN


# The lines of a report by disability, in order.
STATUSES = [
    (YES, _("With a disability")),
    (NO, _("Without a disability")),
    (UNKNOWN, _("Not known")),
]


def status_label(value: str):
    return dict(STATUSES).get(value, dict(STATUSES)[UNKNOWN])


def status_expression(prefix: str = "") -> Case:
    """`status` as a database expression, for counting people in one query: `prefix` leads to
    the user ("user__" from a row that points at her)."""
    severe = Q()
    mild = Q()
    for name in FUNCTIONING_FIELDS:
        severe |= Q(**{f"{prefix}{name}__in": list(SEVERE)})
        mild &= Q(**{f"{prefix}{name}__in": list(MILD)})
    return Case(
        When(severe, then=Value(YES)),
        When(mild, then=Value(NO)),
        default=Value(UNKNOWN),
        output_field=CharField(),
    )

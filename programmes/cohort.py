"""A coordinator enrols a group in a programme from the same CSV or XLSX file as a course's
(`courses.cohort`: one way to read and check a cohort file). Each row is also checked against
the programme: a person the programme could not enrol in one of the courses it opens for her now
(a prerequisite she has not done, a course's own rule) is an error on her row, saying which course
blocks and why (`programmes.selectors.why_blocked`). As for a course, the whole file is checked
first and any row with an error refuses it all: nothing is written. A valid file is enrolled all
or nothing: each person in the programme (`programme_enrol` by the coordinator), which enrols her
in its courses as they open."""

from django.db import transaction
from django.utils.translation import gettext as _

from courses.cohort import (
    CohortPreview,
    CohortRefused,
    CohortResult,
    CohortRow,
    cohort_accounts,
    cohort_check_again,
    cohort_parse,
    cohort_welcome,
)
from courses.models import CoursePage
from people.models import User
from programmes.models import ProgrammeEnrolment, ProgrammePage
from programmes.rules import RequirementSet, courses_to_open, evaluate
from programmes.selectors import done_for, requirement_sets, why_blocked
from programmes.services import programme_enrol_group


def programme_cohort_parse(uploaded_file, *, programme: ProgrammePage) -> CohortPreview:
    """Read and check a cohort file for `programme` (raises CohortFileError when the file as a
    whole cannot be used)."""
    preview = cohort_parse(uploaded_file)
    programme_rows_check(preview.rows, programme=programme)
    return preview


def programme_rows_check(rows: list[CohortRow], *, programme: ProgrammePage) -> list[CohortRow]:
    """Add to each row why the programme cannot enrol her in a course it opens now, and note
    who is enrolled in the programme already. People without an account yet have done nothing:
    their answer is worked out once for them all."""
    sets = requirement_sets(programme)
    ids = {item.page_id for s in sets for item in s.items}
    pages = CoursePage.objects.prefetch_related("prerequisites").in_bulk(ids)
    accounts = [row.user for row in rows if row.user is not None]
    enrolled = set(
        ProgrammeEnrolment.objects.active()
        .filter(programme_key=programme.translation_key, user__in=accounts)
        .values_list("user_id", flat=True)
    )
    newcomers = None
    for row in rows:
        if row.user is None:
            if newcomers is None:
                newcomers = _blocks(None, sets, pages)
            reasons = newcomers
        else:
            reasons = _blocks(row.user, sets, pages)
            row.already_enrolled = row.user.pk in enrolled
        for reason in reasons:
            row.errors.append(
                _("The programme cannot enrol this person in one of its courses: %(reason)s")
                % {"reason": reason}
            )
    return rows


def _blocks(user: User | None, sets: list[RequirementSet], pages: dict) -> list[str]:
    """Why each course the programme would enrol `user` (None: someone new) in now is closed to
    her; empty when none is."""
    done, chosen = done_for(user, sets) if user is not None else (set(), set())
    reasons = []
    for item in courses_to_open(evaluate(sets, done, chosen)):
        page = pages.get(item.page_id)
        reason = why_blocked(user, page, by_coordinator=True) if page is not None else ""
        if reason:
            reasons.append(reason)
    return reasons


@transaction.atomic
def programme_cohort_enrol(
    *, programme: ProgrammePage, rows, by: User, base_url: str | None = None
) -> CohortResult:
    """Create the new accounts and enrol everyone in the programme (and so in its courses as
    they open), all or nothing. The rows are checked again first, against the programme too:
    any error refuses the whole file (CohortRefused) and nothing is written. Each new person is
    emailed, after commit, a link to choose her password."""
    checked = cohort_check_again(rows)
    programme_rows_check(checked, programme=programme)
    if any(row.errors for row in checked):
        raise CohortRefused(checked)
    created, existing = cohort_accounts(checked)
    already = sum(row.already_enrolled for row in checked if row.user is not None)
    programme_enrol_group(created=created, existing=existing, programme=programme, by=by)
    cohort_welcome(people=created, page=programme, base_url=base_url)
    return CohortResult(created=created, existing=existing, already_enrolled=already)

"""Enrolling in a programme, moving through it, completing it."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.models import CoursePage, EnrolmentMode
from courses.services import EnrolmentRefused, enrolment_create, enrolments_create
from people.models import User
from programmes.models import ProgrammeEnrolment, ProgrammePage
from programmes.rules import Progress, courses_to_open, evaluate
from programmes.selectors import programme_page, progress_of, requirement_sets, why_blocked
from programmes.signals import programme_completed


class ProgrammeRefused(Exception):
    """Why a learner cannot enrol in a programme, in her language."""


@transaction.atomic
def programme_enrol(
    *, user: User, programme: ProgrammePage, by: User | None = None
) -> ProgrammeEnrolment:
    """Enrol `user` (by herself, or `by` a coordinator) and enrol her in the programme's courses
    that are open to her now. Enrolling again by herself is refused with a message; a
    coordinator's cohort enrolling her again leaves her as she is. Left, she comes back with her
    history."""
    if by is None and programme.enrolment_mode == EnrolmentMode.COORDINATOR:
        raise ProgrammeRefused(_("Only a coordinator can enrol you in this programme."))
    enrolment, created = ProgrammeEnrolment.objects.select_for_update().get_or_create(
        user=user, programme_key=programme.translation_key, defaults={"enrolled_by": by}
    )
    if not created:
        if enrolment.is_active and by is None:
            raise ProgrammeRefused(_("You are already enrolled in this programme."))
        if not enrolment.is_active:
            enrolment.status = ProgrammeEnrolment.Status.ACTIVE
            enrolment.left_at = None
            enrolment.enrolled_by = by or enrolment.enrolled_by
            enrolment.save(update_fields=["status", "left_at", "enrolled_by"])
    programme_advance(enrolment=enrolment, programme=programme)
    return enrolment


@transaction.atomic
def programme_enrol_group(
    *, created: list[User], existing: list[User], programme: ProgrammePage, by: User
) -> None:
    """A coordinator's cohort. People who already had an account are enrolled one by one
    (programme_enrol: what each has done decides what opens). People whose accounts the import
    has just made have done nothing yet, so the same courses open for all of them: they are
    enrolled in a few queries however many they are, as a course's cohort is."""
    for user in existing:
        programme_enrol(user=user, programme=programme, by=by)
    if not created:
        return
    sets = requirement_sets(programme)
    fresh = evaluate(sets, set())
    if fresh.completed:  # nothing left to ask of anyone: let each completion be recorded
        for user in created:
            programme_enrol(user=user, programme=programme, by=by)
        return
    ProgrammeEnrolment.objects.bulk_create(
        ProgrammeEnrolment(user=user, programme_key=programme.translation_key, enrolled_by=by)
        for user in created
    )
    pages = CoursePage.objects.in_bulk([item.page_id for item in courses_to_open(fresh)])
    for page in pages.values():
        # The import refused any row a course would refuse; asked again for one of them, as
        # they all stand alike.
        if not why_blocked(created[0], page, by_coordinator=True):
            enrolments_create(users=created, course=page, by=by)


@transaction.atomic
def programme_leave(*, enrolment: ProgrammeEnrolment) -> ProgrammeEnrolment:
    """Leave the programme. Its courses, their progress and any completion stay on record, and
    so does the programme's own completion."""
    if enrolment.is_active:
        enrolment.status = ProgrammeEnrolment.Status.LEFT
        enrolment.left_at = timezone.now()
        enrolment.save(update_fields=["status", "left_at"])
    return enrolment


def programme_advance(
    *, enrolment: ProgrammeEnrolment, programme: ProgrammePage | None = None
) -> Progress | None:
    """Enrol her in the courses that have opened, as far as each course's own rules let her (a
    course that blocks is said on the programme page: `selectors.why_blocked`), then record the
    programme's completion if the requirements are met. Safe to run again."""
    programme = programme or programme_page(enrolment.programme_key)
    if programme is None or not enrolment.is_active:
        return None
    sets = requirement_sets(programme)
    progress = progress_of(enrolment.user, programme, sets)
    by = enrolment.enrolled_by
    pages = CoursePage.objects.in_bulk([item.page_id for item in courses_to_open(progress)])
    for page in pages.values():
        if why_blocked(enrolment.user, page, by_coordinator=by is not None):
            continue
        try:
            with transaction.atomic():
                enrolment_create(user=enrolment.user, course=page, by=by)
        except EnrolmentRefused:
            continue  # the page says why (why_blocked); nothing else to undo
    programme_check_completion(enrolment=enrolment, programme=programme)
    return progress


@transaction.atomic
def programme_check_completion(
    *, enrolment: ProgrammeEnrolment, programme: ProgrammePage | None = None
) -> ProgrammeEnrolment:
    """Record the completion once, when every requirement set is met, and announce it after
    commit. Two events at once (a session closed while a course completes) record it once: the
    enrolment is locked and its completion read again under the lock."""
    enrolment = ProgrammeEnrolment.objects.select_for_update().get(pk=enrolment.pk)
    if enrolment.completed_at is not None:
        return enrolment
    programme = programme or programme_page(enrolment.programme_key)
    if programme is None or not progress_of(enrolment.user, programme).completed:
        return enrolment
    enrolment.completed_at = timezone.now()
    enrolment.save(update_fields=["completed_at"])
    transaction.on_commit(
        lambda: programme_completed.send(sender=ProgrammeEnrolment, enrolment=enrolment)
    )
    return enrolment


def programmes_advance_for(user: User | None) -> None:
    """Something she did may have opened or met a programme's item: move each of her active
    programmes on. Her programmes are a handful; each is read in a fixed number of queries."""
    if user is None:
        return
    for enrolment in ProgrammeEnrolment.objects.active().filter(user=user).select_related("user"):
        programme_advance(enrolment=enrolment)

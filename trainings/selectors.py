"""Who may see and run which session, and the reads the pages need."""

from uuid import UUID

from django.db.models import Q, QuerySet

from courses.models import CoursePage, TrainerQualification
from courses.selectors import is_trainer_of
from people.language import current_language
from people.models import User
from people.roles import Role, has_role
from trainings.models import Participant, Session


def coordinates(user) -> bool:
    """Coordinators and administrators see and correct every session and participant."""
    return has_role(user, Role.COORDINATOR, Role.ADMINISTRATOR)


def trains(user) -> bool:
    """May open the trainings pages: a trainer, a coordinator, or someone named on a session
    (a co-trainer in her practicum)."""
    if not user.is_authenticated:
        return False
    return (
        coordinates(user)
        or has_role(user, Role.TRAINER)
        or Session.objects.filter(Q(lead_trainer=user) | Q(co_trainers=user)).exists()
    )


def sessions_of(user) -> QuerySet[Session]:
    """The sessions she leads or co-delivers; every session for a coordinator."""
    sessions = Session.objects.all()
    if not coordinates(user):
        sessions = sessions.filter(Q(lead_trainer=user) | Q(co_trainers=user)).distinct()
    return sessions


def sees_session(user, session: Session) -> bool:
    if not user.is_authenticated:
        return False
    return (
        coordinates(user)
        or session.lead_trainer_id == user.pk
        or session.co_trainers.filter(pk=user.pk).exists()
    )


def runs_session(user, session: Session) -> bool:
    """May change the session, add participants, hold and close it: its lead trainer (while it
    is not closed) or a coordinator."""
    if coordinates(user):
        return True
    return session.lead_trainer_id == user.pk and not session.is_closed


def sees_participant(user, participant: Participant) -> bool:
    """A coordinator, or a trainer of a session she took part in."""
    if coordinates(user):
        return True
    return participant.registrations.filter(
        Q(session__lead_trainer=user) | Q(session__co_trainers=user)
    ).exists()


def course_pages(keys, language: str | None = None) -> dict[UUID, CoursePage]:
    """Course pages by translation key, in `language` (the current one) where it is live."""
    language = language or current_language()
    by_key: dict[UUID, CoursePage] = {}
    pages = CoursePage.objects.filter(translation_key__in=set(keys)).select_related("locale")
    for page in pages.order_by("-live", "pk"):
        known = by_key.get(page.translation_key)
        if known is None or (page.live and page.locale.language_code == language):
            by_key[page.translation_key] = page
    return by_key


def course_page(key, language: str | None = None) -> CoursePage | None:
    return course_pages([key], language).get(key)


def courses_for(user) -> list[CoursePage]:
    """The courses she may lead a session of: all for a coordinator, else those she is a named
    trainer of or qualified for; one page per course, in her language where it exists."""
    candidates = CoursePage.objects.live()
    keys = [page.translation_key for page in candidates]
    pages = course_pages(keys)
    if coordinates(user):
        chosen = list(pages.values())
    else:
        chosen = [page for page in pages.values() if may_lead(user, page)]
    return sorted(chosen, key=lambda page: page.title)


def may_lead(user, course: CoursePage) -> bool:
    """Qualified to lead a session of `course`: named as its trainer on any of its translations,
    or qualified by its trainer-of-trainers course (a pending practicum does not count)."""
    if not has_role(user, Role.TRAINER):
        return False
    return any(
        is_trainer_of(user, page)
        for page in CoursePage.objects.filter(translation_key=course.translation_key)
    )


def co_trainer_candidates() -> QuerySet:
    """Trainers, and those whose qualification waits for a practicum: a session's co-trainers."""
    pending = TrainerQualification.objects.values("user_id")
    return (
        User.objects.filter(Q(groups__name=Role.TRAINER) | Q(pk__in=pending), is_active=True)
        .distinct()
        .order_by("full_name", "email")
    )


def current_record(participant: Participant) -> Participant:
    """The record a merged one now counts as (following merges of merges)."""
    seen = {participant.pk}
    while participant.merged_into_id is not None:
        participant = participant.merged_into
        if participant.pk in seen:  # never made by the services; a guard, not a rule
            break
        seen.add(participant.pk)
    return participant


def record_group(participant: Participant) -> list[Participant]:
    """The record and every one merged into it, directly or through another: her history."""
    group, frontier = [participant], [participant.pk]
    while frontier:
        merged = list(Participant.objects.filter(merged_into__in=frontier))
        group += merged
        frontier = [record.pk for record in merged]
    return group

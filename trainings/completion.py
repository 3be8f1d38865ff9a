"""When a participant completes a face-to-face session, and what a blended course asks of it.

A participant completes a session when she attended its required share of hours
(`Session.required_share`, 80 % unless the session says otherwise) and, where the session names a
post-test, passed it: on paper, typed in by the trainer (`Registration.post_test_passed`), or
online (a submitted, passed attempt at the quiz by her account, on or after the session's first
day). Headcounts are counted in reports and never complete anyone.

Hours attended: each day she is marked present counts the hours typed for her that day, at most the
day's hours; present with no hours typed counts the whole day.

`session_complete` is run when the session is closed (trainings.services.session_close); it is
idempotent, records `Registration.completed_at` once (a recorded completion is never taken back,
as a course's is not) and sends `trainings.signals.session_completed` after commit, which the
certificates app listens to.

Blended courses: `FACE_TO_FACE_ACTIVITY` is the activity kind of the lesson block
`trainings.blocks.FaceToFaceBlock` (the contract in courses/completion.py's docstring). It is met
when the enrolment's person has completed a session of the enrolment's course."""

from dataclasses import dataclass
from datetime import datetime, time
from decimal import Decimal

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.completion import ActivityKind, activities_in, course_lessons
from courses.models import CoursePage
from courses.services import EnrolmentRefused, active_enrolment, lesson_activity_met
from people.roles import Role, has_role
from quizzes.models import Attempt
from trainings.models import Attendance, Participant, Registration, Session
from trainings.signals import session_completed

BLOCK_TYPE = "face_to_face"


@dataclass(frozen=True)
class RegistrationCompletion:
    """Where one participant stands in one session."""

    registration: Registration
    hours: Decimal  # attended, as counted
    total: Decimal  # the session's hours
    share: int  # required, %
    post_test_asked: bool
    passed_on_paper: bool | None  # None: not typed in
    passed_online: bool

    @property
    def attended_share(self) -> int:
        """Rounded down, for showing: 79.9 % is shown 79 %, as it does not count."""
        if not self.total:
            return 0
        return int(self.hours * 100 / self.total)

    @property
    def required_hours(self) -> Decimal:
        return (self.total * self.share / 100).quantize(Decimal("0.1"))

    @property
    def attended_enough(self) -> bool:
        # Exact, in decimals: 8 of 10 hours is 80 %, 7.9 is not.
        return bool(self.total) and self.hours * 100 >= self.total * self.share

    @property
    def post_test_passed(self) -> bool:
        return bool(self.passed_on_paper) or self.passed_online

    @property
    def completed(self) -> bool:
        return self.attended_enough and (not self.post_test_asked or self.post_test_passed)

    def missing(self) -> list[str]:
        """What she still lacks, in plain words."""
        found = []
        if not self.attended_enough:
            found.append(
                _("Attended %(hours)s of the %(required)s hours required")
                % {"hours": _hours(self.hours), "required": _hours(self.required_hours)}
            )
        if self.post_test_asked and not self.post_test_passed:
            found.append(
                _("Post-test failed")
                if self.passed_on_paper is False
                else _("Post-test not passed")
            )
        return found


def _hours(value: Decimal) -> str:
    from django.utils import formats

    return formats.number_format(value.normalize() if value % 1 else int(value))


def account_of(participant: Participant):
    """The account behind a participant: hers, or the one of the record she was merged into."""
    seen = set()
    while participant is not None and participant.pk not in seen:
        if participant.user_id is not None:
            return participant.user
        seen.add(participant.pk)
        participant = participant.merged_into
    return None


def session_completion(session: Session) -> list[RegistrationCompletion]:
    """Each registration of `session` with where it stands. Four reads, whatever the number."""
    days = {day.pk: day.hours for day in session.days.all()}
    total = sum(days.values(), Decimal(0))
    registrations = list(
        session.registrations.select_related(
            "participant__user", "participant__merged_into__user"
        ).order_by("participant__full_name", "pk")
    )
    hours = {registration.pk: Decimal(0) for registration in registrations}
    for registration_id, day_id, typed in Attendance.objects.filter(
        registration__session=session, present=True
    ).values_list("registration_id", "day_id", "hours"):
        day_hours = days.get(day_id, Decimal(0))
        hours[registration_id] += min(typed, day_hours) if typed else day_hours
    online = _passed_online(session, registrations) if session.post_test_id else set()
    return [
        RegistrationCompletion(
            registration=registration,
            hours=hours[registration.pk],
            total=total,
            share=session.required_share,
            post_test_asked=session.post_test_id is not None,
            passed_on_paper=registration.post_test_passed,
            passed_online=registration.pk in online,
        )
        for registration in registrations
    ]


def _passed_online(session: Session, registrations: list[Registration]) -> set[int]:
    """The registrations whose person passed the post-test online, on or after the first day."""
    users = {}
    for registration in registrations:
        user = account_of(registration.participant)
        if user is not None:
            users.setdefault(user.pk, []).append(registration.pk)
    if not users:
        return set()
    first = session.days.order_by("date").values_list("date", flat=True).first()
    attempts = Attempt.objects.filter(
        user_id__in=users,
        quiz_key=session.post_test.translation_key,
        passed=True,
        submitted_at__isnull=False,
    )
    if first is not None:
        start = timezone.make_aware(datetime.combine(first, time.min))
        attempts = attempts.filter(submitted_at__gte=start)
    return {
        pk for user_id in set(attempts.values_list("user_id", flat=True)) for pk in users[user_id]
    }


def registration_completion(registration: Registration) -> RegistrationCompletion:
    return next(
        state
        for state in session_completion(registration.session)
        if state.registration.pk == registration.pk
    )


@transaction.atomic
def session_complete(*, session: Session, by=None) -> list[Registration]:
    """Record the completion of every participant of `session` who completed it and has not been
    recorded yet; announce each after commit; do the face-to-face lessons of the blended courses
    she is enrolled in. Run again, it records nothing twice. Returns those newly recorded.
    (`by`, who closed the session, is the session's own log's concern.)"""
    session = Session.objects.select_for_update().get(pk=session.pk)
    now = timezone.now()
    # Computed once for the whole session; each certificate takes its hours from here.
    states = [
        state
        for state in session_completion(session)
        if state.completed and state.registration.completed_at is None
    ]
    newly = [state.registration for state in states]
    Registration.objects.filter(pk__in=[r.pk for r in newly], completed_at__isnull=True).update(
        completed_at=now
    )
    for state in states:
        state.registration.completed_at = now
        transaction.on_commit(
            lambda state=state: session_completed.send(
                sender=Registration, registration=state.registration, hours=state.hours
            )
        )
    _blended_lessons_met(session, newly)
    return newly


def _blended_lessons_met(session: Session, registrations: list[Registration]) -> None:
    """A participant with an account and an active enrolment in the session's course: the course's
    face-to-face lessons are met, and the course may complete."""
    users = [user for user in (account_of(r.participant) for r in registrations) if user]
    if not users:
        return
    course = CoursePage.objects.live().filter(translation_key=session.course_key).first()
    if course is None:
        return
    lessons = {
        activity.lesson.translation_key: activity.lesson
        for activity in activities_in(course_lessons(course))
        if activity.kind.block_type == BLOCK_TYPE
    }
    if not lessons:
        return
    for user in users:
        try:
            enrolment = active_enrolment(user=user, course=course)
        except EnrolmentRefused:
            continue
        for lesson in lessons.values():
            lesson_activity_met(enrolment=enrolment, lesson=lesson, course=course)


def _completed_in_course(user_ids, course_keys) -> Q:
    return Q(completed_at__isnull=False, session__course_key__in=course_keys) & (
        Q(participant__user_id__in=user_ids) | Q(participant__merged_into__user_id__in=user_ids)
    )


def face_to_face_met(pairs) -> set:
    """The completion contract: a face-to-face block is met once the enrolment's person has a
    completed registration in a session of the enrolment's course. One read."""
    users = {enrolment.user_id for enrolment, _activities in pairs}
    keys = {enrolment.course_key for enrolment, _activities in pairs}
    done = set()
    for user, merged_user, key in Registration.objects.filter(
        _completed_in_course(users, keys)
    ).values_list(
        "participant__user_id", "participant__merged_into__user_id", "session__course_key"
    ):
        done.add((user or merged_user, key))
    return {
        (enrolment.pk, activity.lesson.translation_key, activity.block_id)
        for enrolment, activities in pairs
        for activity in activities
        if (enrolment.user_id, enrolment.course_key) in done
    }


def face_to_face_todo(lesson_title: str) -> str:
    # Translators: what is still missing to complete a course.
    return _("Complete a face-to-face session (lesson “%(lesson)s”)") % {"lesson": lesson_title}


FACE_TO_FACE_ACTIVITY = ActivityKind(
    block_type=BLOCK_TYPE,
    target_field="required",
    todo=face_to_face_todo,
    met=face_to_face_met,
)


def completed_registration_for(user, course: CoursePage | None) -> Registration | None:
    """Her completed registration in a session of `course`, for the lesson's block."""
    if user is None or not user.is_authenticated or course is None:
        return None
    return (
        Registration.objects.filter(_completed_in_course({user.pk}, {course.translation_key}))
        .select_related("session")
        .order_by("-completed_at")
        .first()
    )


def sessions_completed_in(user, course_keys) -> set:
    """The courses (translation keys, of `course_keys`) of which `user` completed a session."""
    if user is None or not user.is_authenticated:
        return set()
    return set(
        Registration.objects.filter(_completed_in_course({user.pk}, set(course_keys)))
        .values_list("session__course_key", flat=True)
        .distinct()
    )


def may_run_session(user, session: Session) -> bool:
    """Its lead trainer and co-trainers, and coordinators, see where its participants stand."""
    if not user.is_authenticated:
        return False
    if has_role(user, Role.COORDINATOR, Role.ADMINISTRATOR):
        return True
    return session.lead_trainer_id == user.pk or session.co_trainers.filter(pk=user.pk).exists()


def may_change_session(user, session: Session) -> bool:
    """A closed session changes only by a coordinator."""
    if session.is_closed:
        return user.is_authenticated and has_role(user, Role.COORDINATOR, Role.ADMINISTRATOR)
    return may_run_session(user, session)


class CompletionRefused(Exception):
    """Why a completion change cannot be made, in the reader's language."""


POST_TEST_CHOICES = {"": None, "passed": True, "failed": False}


@transaction.atomic
def post_tests_record(*, session: Session, results: dict[int, bool | None], by) -> int:
    """The post-test results typed in from paper: registration pk → passed, failed, or None (not
    taken). All or none; a closed session only by a coordinator. Returns the rows changed."""
    session = Session.objects.select_for_update().get(pk=session.pk)
    if not may_change_session(by, session):
        raise CompletionRefused(_("This session is closed: only a coordinator can change it."))
    if session.post_test_id is None:
        raise CompletionRefused(_("This session has no post-test."))
    registrations = {r.pk: r for r in session.registrations.filter(pk__in=results)}
    unknown = set(results) - set(registrations)
    if unknown:
        raise CompletionRefused(_("A participant is not registered in this session."))
    changed = [r for pk, r in registrations.items() if r.post_test_passed != results[pk]]
    for registration in changed:
        registration.post_test_passed = results[registration.pk]
    Registration.objects.bulk_update(changed, ["post_test_passed"])
    return len(changed)

from django.db import transaction
from django.utils import timezone
from django.utils.crypto import constant_time_compare
from django.utils.translation import gettext as _
from wagtail.models import Page, WorkflowState

from courses.completion import missing_for_completion, progress_for
from courses.models import (
    CoursePage,
    Enrolment,
    EnrolmentMode,
    LessonPage,
    LessonProgress,
    TrainerQualification,
)
from courses.selectors import course_of, missing_prerequisites, translation_into
from courses.signals import course_completed
from people.models import User


class EnrolmentRefused(Exception):
    """Why a learner cannot enrol or record progress, in her language."""


@transaction.atomic
def enrolment_create(
    *, user: User, course: CoursePage, key: str = "", by: User | None = None
) -> Enrolment:
    """Enrol `user`. By herself (`by` is None) the course's mode, key and prerequisites apply;
    a coordinator enrolling someone (`by`) may enrol in any course."""
    if by is None:
        if course.enrolment_mode == EnrolmentMode.COORDINATOR:
            raise EnrolmentRefused(_("Only a coordinator can enrol you in this course."))
        if course.enrolment_mode == EnrolmentMode.KEY and not constant_time_compare(
            key.strip(), course.enrolment_key.strip()
        ):
            raise EnrolmentRefused(_("The enrolment key is wrong. Ask your trainer for it."))
        missing = missing_prerequisites(user=user, course=course)
        if missing:
            names = ", ".join(page.title for page in missing)
            raise EnrolmentRefused(_("First complete: %(courses)s.") % {"courses": names})
    enrolment, created = Enrolment.objects.select_for_update().get_or_create(
        user=user, course_key=course.translation_key, defaults={"enrolled_by": by}
    )
    if not created and not enrolment.is_active:
        enrolment.status = Enrolment.Status.ACTIVE
        enrolment.withdrawn_at = None
        enrolment.save(update_fields=["status", "withdrawn_at"])
    return enrolment


@transaction.atomic
def enrolments_create(*, users: list[User], course: CoursePage, by: User) -> None:
    """A coordinator enrols many people at once (enrolment_create with `by`, in a few queries):
    the new are enrolled, the withdrawn enrolled again, the enrolled left as they are."""
    key = course.translation_key
    ids = [user.pk for user in users]
    known = dict(
        Enrolment.objects.select_for_update()
        .filter(course_key=key, user_id__in=ids)
        .values_list("user_id", "status")
    )
    Enrolment.objects.filter(
        course_key=key,
        user_id__in=[i for i, status in known.items() if status != Enrolment.Status.ACTIVE],
    ).update(status=Enrolment.Status.ACTIVE, withdrawn_at=None)
    Enrolment.objects.bulk_create(
        Enrolment(user_id=i, course_key=key, enrolled_by=by) for i in ids if i not in known
    )


@transaction.atomic
def enrolment_withdraw(*, enrolment: Enrolment) -> Enrolment:
    """Unenrol; the enrolment, its progress and any completion stay on record."""
    if enrolment.is_active:
        enrolment.status = Enrolment.Status.WITHDRAWN
        enrolment.withdrawn_at = timezone.now()
        enrolment.save(update_fields=["status", "withdrawn_at"])
    return enrolment


def active_enrolment(*, user: User, course: CoursePage) -> Enrolment:
    enrolment = (
        Enrolment.objects.active().filter(user=user, course_key=course.translation_key).first()
        if user.is_authenticated
        else None
    )
    if enrolment is None:
        raise EnrolmentRefused(_("Enrol in the course first."))
    return enrolment


@transaction.atomic
def lesson_mark_done(*, user: User, lesson: LessonPage) -> Enrolment:
    """A lesson with no required activity is done when she says so. One with required
    activities is done by them alone: marking it is refused, and nothing is stored."""
    course = course_of(lesson)
    enrolment = active_enrolment(user=user, course=course)
    state = progress_for(enrolment, _with_body(lesson)).of(lesson)
    if state.by_activities and not state.done:
        raise EnrolmentRefused(
            _("This lesson is done when its activities are. Still to do: %(todo)s")
            % {"todo": "; ".join(state.todo())}
        )
    LessonProgress.objects.get_or_create(enrolment=enrolment, lesson_key=lesson.translation_key)
    return enrolment_check_completion(enrolment=enrolment, course=course)


@transaction.atomic
def lesson_activity_met(
    *, enrolment: Enrolment, lesson: LessonPage, course: CoursePage | None = None
) -> Enrolment:
    """An activity of `lesson` was met (a quiz passed, an H5P activity mastered, a webinar
    attended): quizzes, H5P and webinars all call this. The lesson is recorded done once every
    required activity in it is met; then the course may complete."""
    course = course or course_of(lesson)
    state = progress_for(enrolment, _with_body(lesson), done=set()).of(lesson)
    if state.by_activities and state.done:
        LessonProgress.objects.get_or_create(enrolment=enrolment, lesson_key=lesson.translation_key)
    return enrolment_check_completion(enrolment=enrolment, course=course)


def _with_body(lesson: LessonPage) -> list[LessonPage]:
    # The page Wagtail serves has its body; a lesson read with only() may not.
    if "body" in lesson.get_deferred_fields():
        return [LessonPage.objects.only("title", "translation_key", "body").get(pk=lesson.pk)]
    return [lesson]


def lesson_visit(*, enrolment: Enrolment, lesson: LessonPage) -> None:
    if enrolment.last_lesson_key != lesson.translation_key:
        enrolment.last_lesson_key = lesson.translation_key
        enrolment.save(update_fields=["last_lesson_key"])


@transaction.atomic
def enrolment_check_completion(*, enrolment: Enrolment, course: CoursePage) -> Enrolment:
    """Record the completion once, when nothing is missing, and announce it after commit.
    A recorded completion is never taken back. Returns the enrolment as now stored."""
    enrolment = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
    if enrolment.completed_at is not None or missing_for_completion(enrolment, course):
        return enrolment
    enrolment.completed_at = timezone.now()
    enrolment.save(update_fields=["completed_at"])
    transaction.on_commit(
        lambda: course_completed.send(sender=Enrolment, enrolment=enrolment, course=course)
    )
    return enrolment


@transaction.atomic
def trainer_qualify(*, user: User, course: CoursePage) -> TrainerQualification:
    """She completed the trainer-of-trainers course `course`: her qualification is pending until
    her practicum is confirmed (trainings.services.practicum_confirm), and she is not made a
    trainer yet. The course's trainer, when it names one, is the one who trained her."""
    trainer = course.trainers.order_by("pk").first()
    qualification, _created = TrainerQualification.objects.get_or_create(
        user=user, course_key=course.translation_key, defaults={"trained_by": trainer}
    )
    return qualification


class TranslationRefused(Exception):
    """Why a translation cannot be submitted, in the admin user's language."""


@transaction.atomic
def translation_submit(*, page: Page, user: User) -> WorkflowState:
    """Write the translated texts into a new draft revision of `page` and send it to the
    coordinators' approval workflow, as Wagtail's "Submit for moderation" does for any change.
    A live translation keeps showing its approved revision until the change is approved."""
    translation = translation_into(page)
    if translation is None:
        raise TranslationRefused(_("This page is not a translation."))
    total, done = translation.get_progress()
    if done < total:
        # wagtail-localize would fill the gaps with the source's text: Kyrgyz shown as Russian.
        raise TranslationRefused(_("Translate every text before submitting it for approval."))
    live_revision = page.live_revision if page.live else None
    translation.save_target(user=user, publish=False)
    if live_revision is not None:
        # save_target also writes the new texts into the live page itself; the draft is kept in
        # the revision it saved, and learners go on reading the approved one.
        live_revision.as_object().save(clean=False)
    page = Page.objects.get(pk=page.pk).specific
    state = page.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(user)
        return state
    if state is not None:
        # The text waiting for approval is replaced by the newer one.
        state.cancel(user=user)
    return page.get_workflow().start(page, user)

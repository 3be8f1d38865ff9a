"""Registering for a webinar. Every change locks the webinar's page rows first (all its
translations), so that two people taking the last place, or a cancellation and a promotion at the
same time, are decided one after the other."""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from core.tabular import ErrorSummary
from webinars.attendance import merged_minutes, read_report
from webinars.emails import email_once
from webinars.models import (
    AttendanceRow,
    RecordingViewing,
    Registration,
    ReminderSent,
    WebinarPage,
)
from webinars.selectors import BLOCK_TYPE, report_seconds
from webinars.signals import webinar_attended


class RegistrationRefused(Exception):
    """Why a person cannot register, in her language."""


def _lock(webinar: WebinarPage) -> None:
    list(
        WebinarPage.objects.select_for_update()
        .filter(translation_key=webinar.translation_key)
        .values_list("pk", flat=True)
    )


def _registered(webinar: WebinarPage) -> int:
    return Registration.objects.filter(
        webinar_key=webinar.translation_key, status=Registration.Status.REGISTERED
    ).count()


def _next_position(webinar: WebinarPage) -> int:
    last = Registration.objects.filter(webinar_key=webinar.translation_key).aggregate(
        last=Max("position")
    )["last"]
    return (last or 0) + 1


@transaction.atomic
def registration_create(*, user, webinar: WebinarPage, now=None) -> Registration:
    """Register `user`, or put her on the waiting list when the places are taken. Registering
    twice changes nothing; after a cancellation she registers again at the end of the list."""
    now = now or timezone.now()
    if not user.is_authenticated:
        raise RegistrationRefused(_("Sign in to register."))
    if webinar.has_started(now):
        raise RegistrationRefused(_("This webinar has already started; registration is closed."))
    _lock(webinar)
    registration = Registration.objects.filter(
        user=user, webinar_key=webinar.translation_key
    ).first()
    if registration is not None and registration.status != Registration.Status.CANCELLED:
        return registration
    status = (
        Registration.Status.REGISTERED
        if _registered(webinar) < webinar.capacity
        else Registration.Status.WAITING
    )
    if registration is None:
        registration = Registration.objects.create(
            user=user,
            webinar_key=webinar.translation_key,
            status=status,
            position=_next_position(webinar),
            registered_at=now,
        )
    else:
        registration.status = status
        registration.position = _next_position(webinar)
        registration.registered_at = now
        registration.cancelled_at = None
        registration.save(update_fields=["status", "position", "registered_at", "cancelled_at"])
    if status == Registration.Status.REGISTERED:
        email_once(registration=registration, webinar=webinar, kind=ReminderSent.Kind.CONFIRMATION)
    return registration


@transaction.atomic
def registration_cancel(*, registration: Registration, webinar: WebinarPage, now=None) -> list:
    """Cancel; a place that frees goes to the first on the waiting list. Returns the promoted."""
    _lock(webinar)
    registration = Registration.objects.select_for_update().get(pk=registration.pk)
    if registration.status == Registration.Status.CANCELLED:
        return []
    registration.status = Registration.Status.CANCELLED
    registration.cancelled_at = now or timezone.now()
    registration.save(update_fields=["status", "cancelled_at"])
    return waiting_list_promote(webinar=webinar)


@transaction.atomic
def waiting_list_promote(*, webinar: WebinarPage) -> list[Registration]:
    """Fill the free places from the waiting list, in order of arrival (also after a coordinator
    raised the capacity). Nobody is promoted after the start."""
    _lock(webinar)
    if webinar.has_started():
        return []
    free = webinar.capacity - _registered(webinar)
    if free <= 0:
        return []
    promoted = list(
        Registration.objects.select_for_update()
        .filter(webinar_key=webinar.translation_key, status=Registration.Status.WAITING)
        .order_by("position")[:free]
    )
    for registration in promoted:
        registration.status = Registration.Status.REGISTERED
        registration.save(update_fields=["status"])
        email_once(registration=registration, webinar=webinar, kind=ReminderSent.Kind.CONFIRMATION)
    return promoted


def attendance_mark(registration: Registration, now=None) -> bool:
    """Count the registration as attended, once; announce it after commit and check the
    completion of the courses the person is enrolled in. Call inside a transaction."""
    if registration.attended_at is not None:
        return False
    registration.attended_at = now or timezone.now()
    registration.save(update_fields=["attended_at"])
    transaction.on_commit(
        lambda: webinar_attended.send(sender=Registration, registration=registration)
    )
    _check_courses(registration)
    return True


def _check_courses(registration: Registration) -> None:
    """Attending does the lessons that hold this webinar in the courses she is enrolled in."""
    from courses.completion import activities_in, course_lessons
    from courses.models import CoursePage, Enrolment
    from courses.services import lesson_activity_met

    pages = set(
        WebinarPage.objects.filter(translation_key=registration.webinar_key).values_list(
            "pk", flat=True
        )
    )
    for enrolment in Enrolment.objects.active().filter(user_id=registration.user_id):
        course = CoursePage.objects.live().filter(translation_key=enrolment.course_key).first()
        if course is None:
            continue
        holding = {
            activity.lesson.translation_key: activity.lesson
            for activity in activities_in(course_lessons(course))
            if activity.kind.block_type == BLOCK_TYPE and activity.target in pages
        }
        for lesson in holding.values():
            lesson_activity_met(enrolment=enrolment, lesson=lesson, course=course)


class RecordingRefused(Exception):
    pass


# Seconds a report may run ahead of the server's clock: the first report (which starts the clock)
# can take longer on the network than a later one.
REPORT_SLACK = 2.0


def _required_share() -> float:
    return float(getattr(settings, "WEBINAR_RECORDING_SHARE", 0.9))


def _merged(segments: list, start: float, end: float) -> list:
    merged = []
    for a, b in sorted([*segments, [start, end]]):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return [[a, b] for a, b in merged if b > a]


def _covered(segments: list) -> float:
    return round(sum(b - a for a, b in segments), 1)


@transaction.atomic
def recording_progress(
    *, user, webinar: WebinarPage, start: float, end: float, now=None
) -> RecordingViewing:
    """The player of a registered person reports that it played the recording from `start` to
    `end` (seconds). The server keeps what it can believe: a report adding more than the wall
    time since the previous report (or than two report intervals), or bringing the whole above the
    wall time since the first report, is ignored. Covering the required share of the recording
    counts as attending, once."""
    now = now or timezone.now()
    length = webinar.recording_seconds
    if not webinar.recording_counts or not length:
        raise RecordingRefused(_("Watching the recording does not count for this webinar."))
    registration = (
        Registration.objects.select_for_update()
        .filter(
            user=user,
            webinar_key=webinar.translation_key,
            status=Registration.Status.REGISTERED,
        )
        .first()
    )
    if registration is None:
        raise RecordingRefused(
            _("Watching the recording counts only for people registered for this webinar.")
        )
    viewing, _created = RecordingViewing.objects.select_for_update().get_or_create(
        registration=registration, defaults={"started_at": now, "last_report_at": now}
    )
    start, end = (round(min(max(value, 0.0), length), 1) for value in (start, end))
    segments = _merged(viewing.segments, min(start, end), max(start, end))
    covered = _covered(segments)
    since_last = (now - viewing.last_report_at).total_seconds()
    since_start = (now - viewing.started_at).total_seconds()
    believable = (
        covered - viewing.seconds_covered <= min(since_last, 2 * report_seconds()) + REPORT_SLACK
        and covered <= since_start + REPORT_SLACK
    )
    viewing.last_report_at = now
    if believable:
        viewing.segments, viewing.seconds_covered = segments, covered
        viewing.reports += 1
    viewing.save()
    if (
        believable
        and covered >= _required_share() * length
        and registration.watched_recording_at is None
    ):
        registration.watched_recording_at = now
        registration.save(update_fields=["watched_recording_at"])
        attendance_mark(registration, now)
    return viewing


@dataclass
class ImportSummary:
    added: int
    duplicates: int
    matched: int
    unmatched: int
    errors: ErrorSummary  # the rows that could not be read
    attended: int


@transaction.atomic
def attendance_import(*, webinar: WebinarPage, data: bytes) -> ImportSummary:
    """Store the report's intervals (an interval already stored is skipped), match them to
    registrations by email, and recount the minutes of everyone touched. A file that cannot be
    read at all raises ReportRefused and stores nothing."""
    report = read_report(data)
    _lock(webinar)
    key = webinar.translation_key
    existing = set(
        AttendanceRow.objects.filter(webinar_key=key).values_list(
            "name", "email", "joined_at", "left_at"
        )
    )
    by_email = {
        registration.user.email.lower(): registration
        for registration in Registration.objects.filter(webinar_key=key).select_related("user")
    }
    new_rows = [
        row
        for row in report.rows
        if (row.name, row.email, row.joined_at, row.left_at) not in existing
    ]
    AttendanceRow.objects.bulk_create(
        [
            AttendanceRow(
                webinar_key=key,
                name=row.name,
                email=row.email,
                joined_at=row.joined_at,
                left_at=row.left_at,
                registration=by_email.get(row.email),
            )
            for row in new_rows
        ],
        ignore_conflicts=True,
    )
    touched = {by_email[row.email].pk for row in new_rows if row.email in by_email}
    attended = attendance_recount(webinar=webinar, registration_ids=touched)
    return ImportSummary(
        added=len(new_rows),
        duplicates=report.duplicates + len(report.rows) - len(new_rows),
        matched=sum(1 for row in new_rows if row.email in by_email),
        unmatched=sum(1 for row in new_rows if row.email not in by_email),
        errors=report.errors,
        attended=attended,
    )


def attendance_recount(*, webinar: WebinarPage, registration_ids) -> int:
    """Minutes of each registration from the union of its intervals; mark those who reached the
    webinar's threshold. Returns how many were newly counted as attended."""
    newly = 0
    for registration in Registration.objects.select_for_update().filter(pk__in=registration_ids):
        minutes = merged_minutes(list(registration.intervals.values_list("joined_at", "left_at")))
        if minutes != registration.minutes_attended:
            registration.minutes_attended = minutes
            registration.save(update_fields=["minutes_attended"])
        if minutes >= webinar.attendance_minutes:
            newly += attendance_mark(registration)
    return newly


@transaction.atomic
def attendance_match(
    *, webinar: WebinarPage, row: AttendanceRow, registration: Registration
) -> int:
    """A coordinator says who an unmatched row is: every unmatched row with the same name and
    email goes to that registration, and her minutes are recounted."""
    _lock(webinar)
    if (
        registration.webinar_key != webinar.translation_key
        or row.webinar_key != webinar.translation_key
    ):
        raise RegistrationRefused(_("This row or registration belongs to another webinar."))
    AttendanceRow.objects.filter(
        webinar_key=webinar.translation_key,
        registration__isnull=True,
        name=row.name,
        email=row.email,
    ).update(registration=registration)
    return attendance_recount(webinar=webinar, registration_ids=[registration.pk])


# (kind, the reminder is due when the start is at most this far away, but more than `after`).
REMINDER_WINDOWS = [
    (ReminderSent.Kind.DAY, timedelta(days=1), timedelta(hours=1)),
    (ReminderSent.Kind.HOUR, timedelta(hours=1), timedelta(0)),
]


def webinar_reminders_send(*, now=None) -> int:
    """The day and the hour reminders that are due, each once (ReminderSent is unique per
    registration and kind). Returns how many were queued."""
    now = now or timezone.now()
    sent = 0
    for kind, within, after in REMINDER_WINDOWS:
        webinars = {
            page.translation_key: page
            for page in WebinarPage.objects.live().filter(
                start__gt=now + after, start__lte=now + within
            )
        }
        due = (
            Registration.objects.filter(
                webinar_key__in=webinars, status=Registration.Status.REGISTERED
            )
            .exclude(reminders__kind=kind)
            .select_related("user")
        )
        for registration in due:
            sent += email_once(
                registration=registration, webinar=webinars[registration.webinar_key], kind=kind
            )
    return sent

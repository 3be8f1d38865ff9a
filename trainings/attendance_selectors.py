"""Who may print a session's sign-in sheet and type its attendance, and the reads those pages
need: the registered participants in sheet order, what was stored for a day."""

from django.db.models import QuerySet
from django.urls import reverse
from django.utils import translation

from core.i18n import in_locale
from courses.models import CoursePage
from trainings.models import Attendance, Headcount, Registration, Session, SessionDay
from trainings.selectors import coordinates, sees_session


def records_attendance(user, session: Session) -> bool:
    """May type or import attendance and headcounts: the session's lead trainer and co-trainers
    while it is not closed; a coordinator always."""
    if not user.is_authenticated:
        return False
    return coordinates(user) or (not session.is_closed and sees_session(user, session))


def registrations_of(session: Session) -> QuerySet[Registration]:
    """The session's participants in the sheet's order (by name), with their records."""
    return (
        Registration.objects.filter(session=session)
        .select_related("participant", "participant__merged_into")
        .order_by("participant__full_name", "pk")
    )


def shown_participant(registration: Registration):
    """The record to show for a registration: the one it was merged into, if it was."""
    participant = registration.participant
    return participant.merged_into if participant.merged_into_id else participant


def attendance_of(day: SessionDay) -> dict[int, Attendance]:
    """What was stored for the day, by registration."""
    return {row.registration_id: row for row in Attendance.objects.filter(day=day)}


def headcounts_of(day: SessionDay) -> dict[tuple[str, str], int]:
    return {(row.gender, row.age_band): row.count for row in Headcount.objects.filter(day=day)}


def course_title(session: Session, language: str | None = None) -> str:
    """The session's course, titled in `language` (the session's) where it is translated."""
    pages = CoursePage.objects.live().filter(translation_key=session.course_key)
    page = in_locale(pages, language or session.language)
    return page.title if page is not None else ""


def session_page_path(session: Session) -> str:
    """The session's own page, in the session's language (the QR code on its sheet)."""
    with translation.override(session.language):
        return reverse("trainings:session_detail", kwargs={"pk": session.pk})

"""The person's webinar registrations, recording viewings and imported attendance, for her data
file."""

from webinars.models import AttendanceRow, RecordingViewing, Registration


def registrations(person):
    return Registration.objects.filter(user=person).values(
        "webinar_key",
        "status",
        "position",
        "registered_at",
        "cancelled_at",
        "minutes_attended",
        "attended_at",
        "watched_recording_at",
    )


def recording_viewings(person):
    return RecordingViewing.objects.filter(registration__user=person).values(
        "registration__webinar_key",
        "started_at",
        "last_report_at",
        "seconds_covered",
        "reports",
        "segments",
    )


def attendance(person):
    return AttendanceRow.objects.filter(registration__user=person).values(
        "webinar_key", "name", "email", "joined_at", "left_at"
    )

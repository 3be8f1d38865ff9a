"""The sessions she took part in and her attendance, for her data file: the light records she
claimed are hers too (they carry her account)."""

from trainings.models import Attendance, Registration


def participations(person):
    return Registration.objects.filter(participant__user=person).values(
        "session_id",
        "session__course_key",
        "session__settlement",
        "session__venue",
        "participant__full_name",
        "participant__claimed_at",
        "added_at",
    )


def attendance(person):
    return Attendance.objects.filter(registration__participant__user=person).values(
        "registration__session_id", "day__date", "present", "hours"
    )

"""The person's enrolments, lesson progress and trainer qualifications, for her data file."""

from courses.models import Enrolment, LessonProgress, TrainerQualification


def enrolments(person):
    return Enrolment.objects.filter(user=person).values(
        "course_key", "status", "enrolled_at", "withdrawn_at", "completed_at", "last_lesson_key"
    )


def lesson_progress(person):
    return LessonProgress.objects.filter(enrolment__user=person).values(
        "enrolment__course_key", "lesson_key", "completed_at"
    )


def qualifications(person):
    return TrainerQualification.objects.filter(user=person).values(
        "course_key", "status", "created_at", "qualified_at"
    )

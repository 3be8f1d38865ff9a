"""The person's H5P results, for her data file: each xAPI statement her browser posted."""

from h5p.models import H5PStatement


def results(person):
    return H5PStatement.objects.filter(enrolment__user=person).values(
        "enrolment__course_key",
        "lesson_key",
        "block_id",
        "package__title",
        "verb",
        "is_attempt",
        "score_raw",
        "score_max",
        "percent",
        "completion",
        "success",
        "received_at",
        "statement",
    )

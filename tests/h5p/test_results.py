"""Per H5P block: every enrolled learner with her attempts and best score, and a CSV export."""

import csv
import io

from django.urls import reverse
from django.utils import timezone

from h5p.models import H5PResult
from tests.helpers import translated


def test_the_results_list_every_learner_with_attempts_and_best_score(
    client_for, coordinator, learner, other_learner, h5p_lesson, enrolled
):
    from courses.services import enrolment_create

    course, lesson, block_id = h5p_lesson
    enrolment_create(user=other_learner, course=course)
    H5PResult.objects.create(
        enrolment=enrolled,
        lesson_key=lesson.translation_key,
        block_id=block_id,
        attempts=3,
        best_raw=1,
        best_max=1,
        best_percent=100,
        completed_at=timezone.now(),
    )
    client = client_for(coordinator)
    page = client.get(reverse("h5p_reports:results", args=[lesson.pk, block_id]))
    text = page.content.decode()
    assert translated("Learners' results") in text
    assert learner.full_name in text and other_learner.full_name in text
    assert "100%" in text

    response = client.get(reverse("h5p_reports:results_csv", args=[lesson.pk, block_id]))
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][0] == translated("Learner")
    by_email = {row[1]: row for row in rows[1:]}
    assert by_email[learner.email][2:6] == ["3", "1", "1", "100"]
    assert by_email[learner.email][6]  # completed at
    assert by_email[other_learner.email][2:7] == ["0", "", "", "", ""]

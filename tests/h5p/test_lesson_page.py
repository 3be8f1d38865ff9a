"""A lesson with an H5P block carries a button and a small launcher, not the player; a lesson
without one carries nothing of H5P."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.models import LessonPage
from h5p.models import H5PResult
from tests.helpers import translated


def get(client, page):
    return client.get(page.url).content.decode()


def test_a_lesson_without_h5p_carries_nothing_of_it(client_for, learner, h5p_lesson, enrolled):
    course, _lesson, _block_id = h5p_lesson
    plain = LessonPage.objects.descendant_of(course).order_by("path").last()
    html = get(client_for(learner), plain)
    for trace in ("/static/h5p", "h5p-standalone", "data-h5p", "/h5p/"):
        assert trace not in html


def test_a_lesson_with_h5p_offers_to_start_it_without_loading_the_player(
    client_for, learner, h5p_lesson, enrolled
):
    _course, lesson, block_id = h5p_lesson
    html = get(client_for(learner), lesson)
    assert translated("Start activity") in html
    assert f"/h5p/play/{lesson.pk}/{block_id}/" in html
    assert "h5p/launch.js" in html
    assert "h5p-standalone" not in html and "main.bundle.js" not in html
    assert translated("Learners' results") not in html


def test_the_block_shows_her_best_score(client_for, learner, h5p_lesson, enrolled):
    _course, lesson, block_id = h5p_lesson
    H5PResult.objects.create(
        enrolment=enrolled,
        lesson_key=lesson.translation_key,
        block_id=block_id,
        attempts=2,
        best_raw=1,
        best_max=1,
        best_percent=100,
    )
    text = get(client_for(learner), lesson)
    assert "100%" in text


@pytest.mark.parametrize("who", ["coordinator"])
def test_staff_see_a_link_to_the_results(request, client_for, h5p_lesson, who):
    _course, lesson, _block_id = h5p_lesson
    html = get(client_for(request.getfixturevalue(who)), lesson)
    assert translated("Learners' results") in html


def test_the_block_costs_few_queries(client_for, learner, h5p_lesson, enrolled):
    course, lesson, _block_id = h5p_lesson
    plain = LessonPage.objects.descendant_of(course).order_by("path").last()
    client = client_for(learner)
    get(client, plain), get(client, lesson)  # warm the caches
    counts = []
    for page in (plain, lesson):
        with CaptureQueriesContext(connection) as queries:
            get(client, page)
        counts.append(len(queries))
    # The package, her result, and whether she may see the results.
    assert counts[1] - counts[0] <= 4, counts

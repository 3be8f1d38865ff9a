"""xAPI statements from the player: bound to the signed-in learner, refused to anyone not
enrolled, capped in size; only top-level statements with a result count as attempts."""

import json

import pytest
from django.test import Client
from django.urls import reverse

from courses.models import Enrolment, LessonPage, LessonProgress
from h5p.models import H5PResult, H5PStatement
from tests.h5p.fixtures import launched, statement
from tests.h5p.fixtures import xapi_post as post


@pytest.fixture
def as_learner(client_for, learner, enrolled, h5p_lesson):
    return launched(client_for(learner), h5p_lesson)


def test_a_scored_statement_is_kept_whole_and_counted(as_learner, h5p_lesson, learner):
    sent = statement(raw=1)
    assert post(as_learner, h5p_lesson, sent).status_code == 201
    kept = H5PStatement.objects.get()
    assert kept.statement == sent
    assert kept.enrolment.user == learner
    assert (kept.is_attempt, kept.score_raw, kept.score_max, kept.percent) == (True, 1, 1, 100)
    result = H5PResult.objects.get()
    assert (result.attempts, result.best_percent) == (1, 100)


def test_the_actor_named_in_the_statement_is_ignored(
    as_learner, h5p_lesson, learner, other_learner
):
    someone_else = {"name": other_learner.full_name, "mbox": f"mailto:{other_learner.email}"}
    post(as_learner, h5p_lesson, statement(raw=1, actor=someone_else))
    assert H5PStatement.objects.get().enrolment.user == learner
    assert not Enrolment.objects.filter(user=other_learner).exists()


def test_statements_with_a_parent_or_without_a_result_are_kept_but_not_counted(
    as_learner, h5p_lesson
):
    post(as_learner, h5p_lesson, statement(raw=1, parent=True))
    post(as_learner, h5p_lesson, statement(verb="interacted"))
    assert H5PStatement.objects.count() == 2
    assert not H5PStatement.objects.filter(is_attempt=True).exists()
    assert not H5PResult.objects.filter(attempts__gt=0).exists()


def test_each_attempt_is_kept_and_the_best_score_wins(as_learner, h5p_lesson):
    for raw in (2, 5, 3):
        post(as_learner, h5p_lesson, statement(raw=raw, top=5))
    assert list(
        H5PStatement.objects.filter(is_attempt=True)
        .order_by("pk")
        .values_list("score_raw", flat=True)
    ) == [2, 5, 3]
    result = H5PResult.objects.get()
    assert (result.attempts, result.best_raw, result.best_max, result.best_percent) == (
        3,
        5,
        5,
        100,
    )


def test_the_pass_mark_decides_when_the_activity_is_done(as_learner, h5p_lesson, enrolled):
    post(as_learner, h5p_lesson, statement(raw=0))
    assert H5PResult.objects.get().completed_at is None
    post(as_learner, h5p_lesson, statement(raw=1))
    assert H5PResult.objects.get().completed_at is not None


def test_without_a_pass_mark_completion_is_enough(as_learner, h5p_lesson):
    _course, lesson, block_id = h5p_lesson
    lesson = LessonPage.objects.get(pk=lesson.pk)
    next(block for block in lesson.body if block.id == block_id).value["pass_mark"] = None
    lesson.save_revision().publish()
    post(as_learner, h5p_lesson, statement(raw=0, completion=True))
    assert H5PResult.objects.get().completed_at is not None


def test_the_course_completes_when_its_lessons_and_activity_are_done(
    as_learner, h5p_lesson, enrolled
):
    course, lesson, _block_id = h5p_lesson
    for page in LessonPage.objects.descendant_of(course):
        LessonProgress.objects.create(enrolment=enrolled, lesson_key=page.translation_key)
    as_learner.post(reverse("courses:mark_done", args=[lesson.pk]))
    enrolled.refresh_from_db()
    assert enrolled.completed_at is None  # the activity is still missing
    post(as_learner, h5p_lesson, statement(raw=1))
    enrolled.refresh_from_db()
    assert enrolled.completed_at is not None


def test_mastering_the_activity_does_its_lesson_as_passing_a_quiz_does(
    as_learner, h5p_lesson, enrolled
):
    from tests.helpers import translated

    _course, lesson, _block_id = h5p_lesson
    page = as_learner.get(lesson.url).content.decode()
    assert translated("Mark as done") not in page
    assert (
        translated("Complete the H5P activity in lesson “%(lesson)s”") % {"lesson": lesson.title}
        in page
    )
    post(as_learner, h5p_lesson, statement(raw=0))  # below the pass mark: not yet
    assert not LessonProgress.objects.filter(lesson_key=lesson.translation_key).exists()
    post(as_learner, h5p_lesson, statement(raw=1))
    assert LessonProgress.objects.filter(
        enrolment=enrolled, lesson_key=lesson.translation_key
    ).exists()
    assert translated("You have done this lesson.") in as_learner.get(lesson.url).content.decode()


def test_a_learner_not_enrolled_is_refused(client_for, other_learner, h5p_lesson, enrolled):
    assert post(client_for(other_learner), h5p_lesson, statement(raw=1)).status_code == 403
    assert not H5PStatement.objects.exists()


def test_a_withdrawn_learner_is_refused(as_learner, h5p_lesson, enrolled):
    enrolled.status = Enrolment.Status.WITHDRAWN
    enrolled.save()
    assert post(as_learner, h5p_lesson, statement(raw=1)).status_code == 403


def test_anonymous_is_refused(client_for, h5p_lesson):
    assert post(client_for(), h5p_lesson, statement(raw=1)).status_code == 403


def test_a_trainer_or_coordinator_trying_it_out_is_not_recorded(
    client_for, trainer, coordinator, h5p_lesson
):
    for person in (trainer, coordinator):
        assert post(client_for(person), h5p_lesson, statement(raw=1)).status_code == 403
    assert not H5PStatement.objects.exists()


def test_a_statement_over_the_size_cap_is_refused(as_learner, h5p_lesson, settings):
    settings.H5P_XAPI_MAX_BYTES = 2000
    big = statement(raw=1)
    big["object"]["definition"] = {"description": {"en-US": "x" * 3000}}
    assert post(as_learner, h5p_lesson, big).status_code == 413
    assert not H5PStatement.objects.exists()


def test_what_is_not_json_is_refused(as_learner, h5p_lesson):
    assert post(as_learner, h5p_lesson, b"{not json").status_code == 400
    assert post(as_learner, h5p_lesson, "[1, 2]").status_code == 403


def test_a_post_without_the_csrf_token_is_refused(learner, enrolled, h5p_lesson):
    client = Client(enforce_csrf_checks=True)
    client.force_login(learner)
    assert post(client, h5p_lesson, statement(raw=1)).status_code == 403
    _course, lesson, block_id = h5p_lesson
    player = client.get(reverse("h5p:player", args=[lesson.pk, block_id]))
    config = player.context["config"]
    response = client.post(
        reverse("h5p:xapi", args=[lesson.pk, block_id]),
        json.dumps(statement(raw=1)),
        content_type="application/json",
        headers={"X-CSRFToken": config["csrfToken"], "X-H5P-Launch": config["launch"]},
    )
    assert response.status_code == 201
